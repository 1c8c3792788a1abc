package org.odmaturity.comparison.web;

/** The views of the regional dashboard, each a page with the same filters: their paths and message keys. */
public enum DashboardTab {
    OVERVIEW("/resultats"),
    ORGANIZATIONS("/resultats/organisations"),
    NEEDS("/resultats/besoins"),
    EVOLUTION("/resultats/evolution");

    private final String path;

    DashboardTab(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
