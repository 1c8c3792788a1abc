package org.odmaturity.diagnostic.web;

import java.util.List;

/** What the facilitator's interview pages show (templates/interview/*.html): plain records, texts already localised. */
public final class InterviewViews {

    private InterviewViews() {
    }

    /** An entry of a select list. */
    public record Option(String value, String label, boolean selected) {
    }

    /** A link with its text (error summary, "to review" list). */
    public record Link(String href, String text) {
    }

    /**
     * One diagnostic in the list; {@code score} and {@code level} are those of its latest snapshot (null for a draft).
     */
    public record Row(long id, String href, String organization, String campaign, String mode, String statusKey,
            String status, int answered, int relevant, String score, String level, String lastChange,
            String facilitator) {
    }

    /** A numbered link of the pagination, or a gap between numbers ({@code gap}, no link). */
    public record PageLink(int number, String href, boolean current, boolean gap) {
    }

    /**
     * The list's pagination: the page shown of {@code pages}, the rows shown ({@code from}–{@code to} of
     * {@code total}, formatted), previous and next links (null at the ends) and the numbered links.
     */
    public record Pager(int page, int pages, String total, String from, String to, String prevHref, String nextHref,
            List<PageLink> links) {

        public boolean several() {
            return pages > 1;
        }
    }

    /** The list page: filters, the "start an interview" form and one page of the diagnostics. */
    public record ListPage(List<Row> rows, Pager pager, boolean admin, List<Option> campaigns, List<Option> statuses,
            String orgQuery, boolean orgSearched, List<Option> orgMatches, int orgTotal, List<Option> openCampaigns,
            String csrf, String flash, List<Link> errors, String existingHref, String existingText) {

        public boolean moreMatches() {
            return orgTotal > orgMatches.size();
        }
    }

    public record Theme(String title, List<AnswerViews.QuestionView> questions) {
    }

    public record Axis(String id, String title, List<Theme> themes) {
    }

    /** One line of the live score panel. */
    public record AxisScore(String id, String title, String score, String level, int answered, int relevant) {
    }

    /** The interview page. */
    public record Interview(long id, String organization, String siren, String campaign, String statusKey,
            String status, String mode, String facilitator, String planHref, String linksHref, String pdfHref,
            String pdfNotesHref, String action, String validateAction, String csrf, boolean frozen,
            boolean validated, List<Axis> axes, List<AxisScore> scores, AxisScore overall, List<Link> unsure,
            String nextUnanswered, String flash, List<Link> errors, boolean conflicts, boolean missing,
            PreviousPlanView previous, String assessmentsHref, String assessmentsLink) {

        public Interview(long id, String organization, String siren, String campaign, String statusKey,
                String status, String mode, String facilitator, String planHref, String linksHref, String pdfHref,
                String pdfNotesHref, String action, String validateAction, String csrf, boolean frozen,
                boolean validated, List<Axis> axes, List<AxisScore> scores, AxisScore overall, List<Link> unsure,
                String nextUnanswered, String flash, List<Link> errors, boolean conflicts, boolean missing,
                PreviousPlanView previous) {
            this(id, organization, siren, campaign, statusKey, status, mode, facilitator, planHref, linksHref, pdfHref,
                    pdfNotesHref, action, validateAction, csrf, frozen, validated, axes, scores, overall, unsure,
                    nextUnanswered, flash, errors, conflicts, missing, previous, null, null);
        }

        public boolean draft() {
            return "draft".equals(statusKey);
        }
    }
}
