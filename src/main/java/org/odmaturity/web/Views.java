package org.odmaturity.web;

/** What every page template gets from the frame: plain records, texts already in the page's language (escaped by Qute). */
public final class Views {

    private Views() {
    }

    /** Common to every page: its language, its path (for the language switch) and its title. */
    public record Page(String lang, String path, String title, Staff staff, String query) {

        /** A page without a signed-in account (respondent pages, sign-in). */
        public Page(String lang, String path, String title) {
            this(lang, path, title, null, null);
        }

        /** A signed-in page whose language switch needs no query parameters. */
        public Page(String lang, String path, String title, Staff staff) {
            this(lang, path, title, staff, null);
        }

        /** The link of the language switch: the same page (with its filters), in the other language. */
        public String langHref(String code) {
            return path + "?" + (query == null || query.isEmpty() ? "" : query + "&") + "lang=" + code;
        }
    }

    /**
     * The signed-in account of a staff page, for the header: its name, whether it is an admin (more menu entries),
     * the CSRF token of the sign-out form, and which menu entry is the current section (diagnostics, organizations,
     * campaigns, accounts).
     */
    public record Staff(String name, boolean admin, String csrf, PageContext.Section section) {

        /** Whether {@code candidate} (diagnostics, organizations, campaigns, accounts) is the current menu entry. */
        public boolean current(String candidate) {
            return section != null && section.name().equalsIgnoreCase(candidate);
        }
    }

    /** A link of an error summary to the field in error ({@code #id}), with the error's text. */
    public record ErrorLink(String href, String text) {
    }
}
