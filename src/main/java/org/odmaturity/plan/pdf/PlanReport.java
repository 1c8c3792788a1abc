package org.odmaturity.plan.pdf;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the improvement-plan PDF prints, already resolved in one language (texts, labels, formatted choices):
 * the report templates only lay it out. Built by the plan feature from a diagnostic, its plan and its peers.
 *
 * @param language        "fr" or "en": the language of every text here and of the report's own labels
 * @param draft           true while the diagnostic is not validated: every page is marked as a draft
 * @param statusLabel     e.g. "Brouillon", "Soumis", "Validé"
 * @param modeLabel       e.g. "Auto-évaluation", "Entretien"
 * @param generatedOn     the date printed on the cover
 * @param overallScore    0–100 or null when nothing is answered yet ("not started")
 * @param peerCount       number of peer diagnostics behind the averages; peers are shown only when {@code peersShown}
 * @param scoringMethod   the scoring method in brief, for the appendix
 * @param previousYear    the year of the organisation's previous validated plan, null when there is none (then no
 *                        "since the last diagnostic" section)
 * @param followUps       that plan's actions and their follow-up
 * @param overallScoreText the overall as printed big: the score with the questionnaire's decimals, or its points when
 *                        results read in points (docs/scoring.md, section 7); null: the score with one decimal
 * @param overallOutOf    what follows it: null for "/ 100", else "/ 21 points"
 * @param inPoints        whether the questionnaire's results read in points: the reading guide says so
 */
public record PlanReport(
        String language,
        String organizationName,
        String organizationType,
        String departement,
        String campaignName,
        int campaignYear,
        String questionnaireTitle,
        String questionnaireId,
        int questionnaireVersion,
        String contentHash,
        String modeLabel,
        String statusLabel,
        boolean draft,
        String facilitator,
        LocalDate generatedOn,
        Double overallScore,
        String overallLevel,
        String overallLevelDescription,
        double answeredRatio,
        List<LevelInfo> levels,
        List<AxisSection> axes,
        boolean peersShown,
        int peerCount,
        String peerGroupLabel,
        List<ActionRow> actions,
        List<AppendixItem> appendix,
        String scoringMethod,
        Integer previousYear,
        String previousCampaign,
        List<FollowUpRow> followUps,
        String overallScoreText,
        String overallOutOf,
        boolean inPoints) {

    public PlanReport {
        levels = List.copyOf(levels);
        axes = List.copyOf(axes);
        actions = List.copyOf(actions);
        appendix = List.copyOf(appendix);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }

    /** A report whose scores print with one decimal out of 100. */
    public PlanReport(String language, String organizationName, String organizationType, String departement,
            String campaignName, int campaignYear, String questionnaireTitle, String questionnaireId,
            int questionnaireVersion, String contentHash, String modeLabel, String statusLabel, boolean draft,
            String facilitator, LocalDate generatedOn, Double overallScore, String overallLevel,
            String overallLevelDescription, double answeredRatio, List<LevelInfo> levels, List<AxisSection> axes,
            boolean peersShown, int peerCount, String peerGroupLabel, List<ActionRow> actions,
            List<AppendixItem> appendix, String scoringMethod, Integer previousYear, String previousCampaign,
            List<FollowUpRow> followUps) {
        this(language, organizationName, organizationType, departement, campaignName, campaignYear,
                questionnaireTitle, questionnaireId, questionnaireVersion, contentHash, modeLabel, statusLabel, draft,
                facilitator, generatedOn, overallScore, overallLevel, overallLevelDescription, answeredRatio, levels,
                axes, peersShown, peerCount, peerGroupLabel, actions, appendix, scoringMethod, previousYear,
                previousCampaign, followUps, null, null, false);
    }

    /** This report with its overall printed as the questionnaire reads it (docs/scoring.md, section 7). */
    public PlanReport withOverallTexts(String scoreText, String outOf, boolean inPoints) {
        return new PlanReport(language, organizationName, organizationType, departement, campaignName, campaignYear,
                questionnaireTitle, questionnaireId, questionnaireVersion, contentHash, modeLabel, statusLabel, draft,
                facilitator, generatedOn, overallScore, overallLevel, overallLevelDescription, answeredRatio, levels,
                axes, peersShown, peerCount, peerGroupLabel, actions, appendix, scoringMethod, previousYear,
                previousCampaign, followUps, scoreText, outOf, inPoints);
    }

    /** A report without a previous plan (no "since the last diagnostic" section). */
    public PlanReport(String language, String organizationName, String organizationType, String departement,
            String campaignName, int campaignYear, String questionnaireTitle, String questionnaireId,
            int questionnaireVersion, String contentHash, String modeLabel, String statusLabel, boolean draft,
            String facilitator, LocalDate generatedOn, Double overallScore, String overallLevel,
            String overallLevelDescription, double answeredRatio, List<LevelInfo> levels, List<AxisSection> axes,
            boolean peersShown, int peerCount, String peerGroupLabel, List<ActionRow> actions,
            List<AppendixItem> appendix, String scoringMethod) {
        this(language, organizationName, organizationType, departement, campaignName, campaignYear,
                questionnaireTitle, questionnaireId, questionnaireVersion, contentHash, modeLabel, statusLabel, draft,
                facilitator, generatedOn, overallScore, overallLevel, overallLevelDescription, answeredRatio, levels,
                axes, peersShown, peerCount, peerGroupLabel, actions, appendix, scoringMethod, null, null, List.of());
    }

    /** This report with the "since the last diagnostic" section: the previous plan's campaign and its actions. */
    public PlanReport withFollowUps(int year, String campaign, List<FollowUpRow> rows) {
        return new PlanReport(language, organizationName, organizationType, departement, campaignName, campaignYear,
                questionnaireTitle, questionnaireId, questionnaireVersion, contentHash, modeLabel, statusLabel, draft,
                facilitator, generatedOn, overallScore, overallLevel, overallLevelDescription, answeredRatio, levels,
                axes, peersShown, peerCount, peerGroupLabel, actions, appendix, scoringMethod, year, campaign, rows,
                overallScoreText, overallOutOf, inPoints);
    }

    /** One action of the previous plan and where it stands (status label, since when, note). */
    public record FollowUpRow(String action, String status, LocalDate since, String note) {
    }

    /** A maturity level of the questionnaire (for the reading guide). */
    public record LevelInfo(String label, double threshold, String description, String thresholdText) {
        /** A level whose threshold prints as a plain number. */
        public LevelInfo(String label, double threshold, String description) {
            this(label, threshold, description, null);
        }
    }

    /**
     * One axis: its score, level and target, the peers' average and quartiles (null when not shown), its themes and its
     * strongest and weakest questions.
     */
    public record AxisSection(String id, String title, Double score, String level, String targetLevel,
            Double peerAverage, Double peerFirstQuartile, Double peerThirdQuartile, List<ThemeLine> themes,
            List<QuestionLine> strengths, List<QuestionLine> weaknesses, String scoreText, String scoreOutOf) {
        public AxisSection {
            themes = List.copyOf(themes);
            strengths = List.copyOf(strengths);
            weaknesses = List.copyOf(weaknesses);
        }

        /** An axis whose score prints with one decimal ("42,5" in the summary, "42,5 / 100" on its page). */
        public AxisSection(String id, String title, Double score, String level, String targetLevel,
                Double peerAverage, Double peerFirstQuartile, Double peerThirdQuartile, List<ThemeLine> themes,
                List<QuestionLine> strengths, List<QuestionLine> weaknesses) {
            this(id, title, score, level, targetLevel, peerAverage, peerFirstQuartile, peerThirdQuartile, themes,
                    strengths, weaknesses, null, null);
        }
    }

    public record ThemeLine(String title, Double score, String level) {
    }

    public record QuestionLine(String text, Double score, String answer, String scoreOutOf) {
        /** A question whose score prints with one decimal, "/ 100". */
        public QuestionLine(String text, Double score, String answer) {
            this(text, score, answer, null);
        }
    }

    /** One action of the plan, in the order of the plan (quick wins first). */
    public record ActionRow(int rank, String action, String axis, String theme, String effort, String horizon,
            String owner, LocalDate dueDate, boolean quickWin, boolean custom) {
    }

    /** One question of the questionnaire with what was answered. */
    public record AppendixItem(String axis, String theme, String question, String answer, String comment,
            String evidence, String note, boolean unsure) {
    }
}
