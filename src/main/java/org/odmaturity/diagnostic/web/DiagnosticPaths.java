package org.odmaturity.diagnostic.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * A page of the list of diagnostics, keeping its filters and organisation search (null ones left out). Values are
     * percent-encoded here rather than by {@link UriBuilder}, which would read braces in a search as a template.
     */
    public static String interviews(Long campaign, String status, String org, int page) {
        List<String> query = new ArrayList<>();
        if (campaign != null) {
            query.add("campagne=" + campaign);
        }
        if (status != null) {
            query.add("statut=" + URLEncoder.encode(status, StandardCharsets.UTF_8));
        }
        if (org != null && !org.isBlank()) {
            query.add("org=" + URLEncoder.encode(org, StandardCharsets.UTF_8));
        }
        if (page > 1) {
            query.add("page=" + page);
        }
        return query.isEmpty() ? INTERVIEWS : INTERVIEWS + "?" + String.join("&", query);
    }

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

    /** The facilitator's scoring of the answers scored by the facilitator, at validation (issue 15 §6). */
    public static String assessments(long id) {
        return interview(id) + "/notation";
    }

    public static String assessments(long id, String ok) {
        return UriBuilder.fromPath(assessments(id)).queryParam("ok", ok).build().toString();
    }

    public static String plan(long id) {
        return interview(id) + "/plan";
    }

    /** The follow-up page of a diagnostic's plan (plan.web.FollowUpPages). */
    public static String followUp(long id) {
        return UriBuilder.fromPath("/animation/diagnostics/{id}/plan/suivi").build(id).toString();
    }

    /** The respondent's follow-up page (plan.web.FollowUpPages). */
    public static String respondentFollowUp() {
        return RESPONDENT + "/suivi";
    }

    public static String links(long id) {
        return interview(id) + "/liens";
    }

    public static String interviewPdf(long id, String lang, boolean notes) {
        UriBuilder pdf = UriBuilder.fromPath(interview(id)).path("plan.pdf").queryParam("lang", lang);
        return (notes ? pdf.queryParam("notes", "1") : pdf).build().toString();
    }
}
