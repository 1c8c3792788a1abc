package org.odmaturity.diagnostic.web;

import java.util.List;

import org.odmaturity.plan.pdf.PlanReport;
import org.odmaturity.web.Views;

/** What the respondent pages show: plain records, every text already in the page's language (escaped by Qute). */
public final class RespondentViews {

    private RespondentViews() {
    }

    /** An axis in the progress navigation. */
    public record AxisLink(String id, String title, String href, int answered, int relevant, boolean current) {
        public boolean done() {
            return answered >= relevant;
        }
    }

    public record Landing(String org, String campaign, int year, String facilitator, int minutes,
            String questionnaireTitle, String questionnaireDescription, List<AxisLink> axes, String startHref,
            boolean started, PreviousPlanView previous, String followUpHref) {
    }

    public record Theme(String title, String description, List<AnswerViews.QuestionView> questions) {
    }

    public record AxisPage(String id, String title, String description, int n, int total, List<AxisLink> axes,
            List<Theme> themes, String csrf, String action, String prevHref, String nextHref, boolean saved,
            boolean frozen, List<Views.ErrorLink> errors, boolean conflicts) {
    }

    public record Missing(String href, String axis, String question) {
    }

    public record Review(List<AxisLink> axes, List<Missing> missing, String csrf, boolean submitted,
            boolean refused) {
    }

    public record AxisRow(String id, String title, String score, String chartScore, String level,
            List<String> strengths, List<String> weaknesses) {
    }

    /**
     * @param overallScore the overall as printed big: its score with the questionnaire's decimals, or its points
     * @param inPoints     whether the questionnaire's results read in points (docs/scoring.md, section 7)
     * @param overallOutOf what follows the overall in points ("/ 21 points"); null: "/ 100"
     * @param pending      answers awaiting the facilitator's score, left out of these scores (issue 15 §6)
     */
    public record Results(PlanReport report, String overallScore, boolean provisional, List<AxisRow> axes,
            List<PlanReport.ActionRow> actions, String pdfHref, boolean inPoints, String overallOutOf, int pending) {
    }
}
