package org.odmaturity.comparison.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Addresses of the dashboard pages and their downloads. */
public final class ResultsPaths {

    private ResultsPaths() {
    }

    /** A path with query parameters, encoded, in the given order. */
    public static String withQuery(String path, Map<String, String> query) {
        StringBuilder href = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> e : query.entrySet()) {
            href.append(separator).append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return href.toString();
    }

    /** The CSV download of one table of a tab: {@code <tab path>/<table>.csv}. */
    public static String csv(DashboardTab tab, String table) {
        return tab.path() + "/" + table + ".csv";
    }
}
