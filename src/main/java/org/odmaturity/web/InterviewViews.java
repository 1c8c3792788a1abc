package org.odmaturity.web;

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

    /** One diagnostic in the list. */
    public record Row(long id, String href, String organization, String campaign, String mode, String statusKey,
            String status, int answered, int relevant, String lastChange, String facilitator) {
    }

    /** The list page: filters, the "start an interview" form and the diagnostics. */
    public record ListPage(List<Row> rows, boolean admin, List<Option> campaigns, List<Option> statuses,
            String orgQuery, boolean orgSearched, List<Option> orgMatches, int orgTotal, List<Option> openCampaigns,
            String csrf, String flash, List<Link> errors, String existingHref, String existingText) {

        public boolean moreMatches() {
            return orgTotal > orgMatches.size();
        }
    }

    /** A choice of a question, with its keyboard key ("1"…"9"; null from the tenth on). */
    public record Choice(String id, String value, String label, boolean checked, String key) {
    }

    public record Question(String id, String htmlId, String type, String text, String help, boolean required,
            boolean relevant, boolean answered, boolean naAllowed, boolean commentInvited, boolean evidenceInvited,
            List<Choice> choices, String textValue, String unit, boolean na, boolean unsure, String note,
            String comment, String evidence, int revision, String error, String conflict) {

        public String name() {
            return "q." + id;
        }

        /** The ids the fieldset's aria-describedby lists (help, error, conflict), or null. */
        public String describedBy() {
            StringBuilder ids = new StringBuilder();
            if (help != null) {
                ids.append(htmlId).append("-help ");
            }
            if (error != null) {
                ids.append(htmlId).append("-error ");
            }
            if (conflict != null) {
                ids.append(htmlId).append("-conflict ");
            }
            return ids.isEmpty() ? null : ids.toString().trim();
        }

        /** The id of the first control (where links to the question lead). */
        public String firstControl() {
            return choices.isEmpty() ? htmlId + "-value" : choices.get(0).id();
        }

        public boolean choiceType() {
            return !choices.isEmpty();
        }

        public boolean multiple() {
            return "multiple-choice".equals(type);
        }
    }

    public record Theme(String title, List<Question> questions) {
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
            String nextUnanswered, String flash, List<Link> errors, boolean conflicts, boolean missing) {

        public boolean draft() {
            return "draft".equals(statusKey);
        }
    }
}
