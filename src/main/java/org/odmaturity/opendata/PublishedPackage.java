package org.odmaturity.opendata;

import java.time.Instant;
import java.util.List;

/**
 * A published open data package, as the public list shows it: what it covers, when it was published and its files
 * (paths from the service's root).
 *
 * @param url the address of its datapackage.json
 */
public record PublishedPackage(String slug, String title, String campaignName, int year, String version,
        Instant publishedAt, String questionnaireId, int questionnaireVersion, String url, List<File> files) {

    /**
     * One file of a package.
     *
     * @param resource the resource's name in datapackage.json, null for datapackage.json itself
     * @param rows     data rows of a CSV file, null for datapackage.json
     */
    public record File(String resource, String name, String url, String mediaType, long bytes, Integer rows) {
    }
}
