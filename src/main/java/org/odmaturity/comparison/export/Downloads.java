package org.odmaturity.comparison.export;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * The HTTP answer of an export, for the API and the dashboard pages alike: the body streamed as it is written, an
 * attachment with the export's file name, the language of its texts, never cached (the data are personal and
 * change).
 */
public final class Downloads {

    /** The media type of XLSX workbooks. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    /**
     * A download.
     *
     * @param fileName ASCII letters, digits, dashes and dots only (as {@link ExportSelection#fileName} makes them)
     */
    public static Response of(StreamingOutput body, String mediaType, String fileName, String language) {
        if (!fileName.matches("[A-Za-z0-9.-]+")) {
            throw new IllegalArgumentException("not a plain file name: " + fileName);
        }
        CacheControl noStore = new CacheControl();
        noStore.setPrivate(true);
        noStore.setNoStore(true);
        return Response.ok(body, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(noStore)
                .build();
    }
}
