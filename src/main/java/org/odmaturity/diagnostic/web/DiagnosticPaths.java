package org.odmaturity.diagnostic.web;

import jakarta.ws.rs.core.UriBuilder;

/**
 * The links of the respondent pages ({@code /repondre…}) and of the facilitator's interview pages
 * ({@code /animation…}): one method per page, built with {@link UriBuilder} (segments and parameters encoded).
 */
public final class DiagnosticPaths {

    /** The respondent's landing page: where an invitation link leads. */
    public static final String RESPONDENT = "/repondre";
    /** The facilitator's list of diagnostics. */
    public static final String INTERVIEWS = "/animation";

    private DiagnosticPaths() {
    }

    // ------------------------------------------------------------------------------------------------- respondent

    public static String axis(String axisId) {
        return UriBuilder.fromPath(RESPONDENT).path("axes/{axis}").build(axisId).toString();
    }

    /** The axis page after a save ("saved" notice). */
    public static String axisSaved(String axisId) {
        return UriBuilder.fromPath(axis(axisId)).queryParam("enregistre", "1").build().toString();
    }

    /** A question of an axis page. */
    public static String question(String axisId, String htmlId) {
        return UriBuilder.fromPath(axis(axisId)).fragment(htmlId).build().toString();
    }

    public static String review() {
        return RESPONDENT + "/relecture";
    }

    public static String results() {
        return RESPONDENT + "/resultats";
    }

    public static String respondentPdf(String lang) {
        return UriBuilder.fromPath(RESPONDENT).path("plan.pdf").queryParam("lang", lang).build().toString();
    }

    // ------------------------------------------------------------------------------------------------- interviews

    public static String interview(long id) {
        return UriBuilder.fromPath(INTERVIEWS).path("diagnostics/{id}").build(id).toString();
    }

    /** The interview page with a one-time notice ({@code ok}: cree, enregistre, valide) and an optional anchor. */
    public static String interview(long id, String ok, String fragment) {
        return UriBuilder.fromPath(interview(id)).queryParam("ok", ok).fragment(fragment).build().toString();
    }

    public static String validate(long id) {
        return interview(id) + "/valider";
    }

    public static String plan(long id) {
        return interview(id) + "/plan";
    }

    public static String links(long id) {
        return interview(id) + "/liens";
    }

    public static String interviewPdf(long id, String lang, boolean notes) {
        UriBuilder pdf = UriBuilder.fromPath(interview(id)).path("plan.pdf").queryParam("lang", lang);
        return (notes ? pdf.queryParam("notes", "1") : pdf).build().toString();
    }
}
