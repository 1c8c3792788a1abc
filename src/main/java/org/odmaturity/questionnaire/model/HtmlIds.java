package org.odmaturity.questionnaire.model;

/**
 * How a question id is written inside an HTML id (fieldsets of the answer pages, rows of the plan page), one to one.
 *
 * <p>Before question ids could hold a '-', a '.' was written as '-' ({@code a.b} → {@code a-b}); that output is kept,
 * so existing links and bookmarks still land. A '-' of the id is written {@code -D-} ({@code a-b} → {@code a-D-b}):
 * ids are lowercase, so the capital D tells it apart from a '.', and since a '-' of an id always stands between two
 * letters, digits or '_' the result never holds two dashes in a row (the plan page uses {@code --} as a separator).
 */
public final class HtmlIds {

    private HtmlIds() {
    }

    /** {@code id} as part of an HTML id: '.' as '-', '-' as {@code -D-}, anything else outside [A-Za-z0-9_] as '-'. */
    public static String of(String id) {
        StringBuilder out = new StringBuilder(id.length() + 8);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-') {
                out.append("-D-");
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
                out.append(c);
            } else {
                out.append('-');
            }
        }
        return out.toString();
    }
}
