package org.odmaturity.security;

/** The roles of the service. Admins and facilitators have accounts; respondents arrive by invitation link. */
public final class Roles {

    /** The regional team: everything. */
    public static final String ADMIN = "admin";
    /** Runs interviews; reads and writes the diagnostics assigned to them. */
    public static final String FACILITATOR = "facilitator";
    /** Holds an invitation link: reads and answers exactly one diagnostic. */
    public static final String RESPONDENT = "respondent";

    private Roles() {
    }
}
