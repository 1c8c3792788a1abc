package org.odmaturity.comparison.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

/**
 * The heatmap's own query, next to the dashboard's filters: the column rows are sorted by ({@code tri}: a node id,
 * absent for the organisation's name), the order ({@code ordre=desc}, absent for ascending), the page (from 1) and the
 * rows per page. The sort, order and rows are checked by Bean Validation in the page resource, so that a bad value is
 * named on its field of the filter form.
 */
public class HeatmapParams {

    /** The rows per page offered; the first value without a parameter. */
    static final int DEFAULT_ROWS = 50;

    @QueryParam("tri")
    @Pattern(regexp = "|[A-Za-z0-9._-]{1,100}", message = "must be a column of the table")
    public String tri;

    @QueryParam("ordre")
    @Pattern(regexp = "|asc|desc", message = "must be asc or desc")
    public String ordre;

    /** Not checked: a page number that is not one shows the first page (as the admin lists do). */
    @QueryParam("page")
    public String page;

    @QueryParam("lignes")
    @Pattern(regexp = "|10|25|50|100", message = "must be 10, 25, 50 or 100")
    public String lignes;

    /** The sort column: a node id, or null for the name. */
    String sort() {
        return blank(tri) || "name".equals(tri) ? null : tri;
    }

    boolean descending() {
        return "desc".equals(ordre);
    }

    /** The page asked for, from 1 (1 when the parameter is not a page number). */
    int page() {
        return page != null && page.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(page) : 1;
    }

    int rows() {
        return blank(lignes) ? DEFAULT_ROWS : Integer.parseInt(lignes);
    }

    /** The sort and the page size as query parameters, defaults left out (the page number never: links add it). */
    static Map<String, String> query(String sort, boolean descending, int rows) {
        Map<String, String> query = new LinkedHashMap<>();
        if (sort != null) {
            query.put("tri", sort);
        }
        if (descending) {
            query.put("ordre", "desc");
        }
        if (rows != DEFAULT_ROWS) {
            query.put("lignes", Integer.toString(rows));
        }
        return query;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
