package org.odmaturity.plan;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.odmaturity.questionnaire.model.ScoringStrategy;

/**
 * The plan report's own words in French (the default) and English: answer placeholders, numbers, the peer group and
 * the scoring method in brief. Labels of efforts, horizons, statuses and modes come from {@link
 * org.odmaturity.i18n.Labels}; the questionnaire's texts from the questionnaire.
 */
public final class PlanTexts {

    public static final String FR = "fr";
    public static final String EN = "en";

    private final boolean en;

    private PlanTexts(boolean en) {
        this.en = en;
    }

    /** "en" gives English; anything else French. */
    public static PlanTexts of(String language) {
        return new PlanTexts(EN.equals(language));
    }

    /** The report language for a requested one: {@code en} or {@code fr} (the default). */
    public static String reportLanguage(String requested) {
        return requested != null && requested.trim().toLowerCase(Locale.ROOT).startsWith(EN) ? EN : FR;
    }

    public String language() {
        return en ? EN : FR;
    }

    public Locale locale() {
        return en ? Locale.UK : Locale.FRANCE;
    }

    private String t(String fr, String english) {
        return en ? english : fr;
    }

    public String yes() {
        return t("Oui", "Yes");
    }

    public String no() {
        return t("Non", "No");
    }

    public String notApplicable() {
        return t("Non applicable", "Not applicable");
    }

    /** The level column of a staircase activity left unscored because a required step has no answer. */
    public String incompleteActivity() {
        return t("Incomplet", "Incomplete");
    }

    /** The label of such an activity in the chart of its axis, which shows no bar for it. */
    public String incompleteActivity(String title) {
        return t(title + " (incomplet)", title + " (incomplete)");
    }

    public String unanswered() {
        return t("Sans réponse", "No answer");
    }

    /** An answer scored by the facilitator whose points are not given yet (issue 15 §6). */
    public String assessmentPending() {
        return t("En attente de la note de l'animateur", "Awaiting the facilitator's score");
    }

    /** The facilitator's points and justification of an answer: "Note de l'animateur : 2,5 sur 4. Justification : …". */
    public String assessed(BigDecimal points, double max, String justification) {
        return t("Note de l'animateur : " + number(points) + " sur " + number(BigDecimal.valueOf(max))
                + ". Justification : " + justification, "Facilitator's score: " + number(points) + " out of "
                        + number(BigDecimal.valueOf(max)) + ". Justification: " + justification);
    }

    public String noOptionSelected() {
        return t("Aucune option cochée", "No option selected");
    }

    public String notStarted() {
        return t("Diagnostic non commencé : aucune question n'a encore de réponse. Le plan propose les premières "
                + "actions de chaque thème.", "Not started: no question has been answered yet. The plan suggests the "
                        + "first actions of every theme.");
    }

    /** "3 / 4", with the point's label when the scale names it: "4 / 4 (Toujours)". */
    public String scale(BigDecimal value, int max, String label) {
        String text = number(value) + " / " + max;
        return label == null ? text : text + " (" + label + ")";
    }

    /** A number in the language's format, with its unit when there is one: "1 200 jeux de données". */
    public String number(BigDecimal value, String unit) {
        return unit == null || unit.isBlank() ? number(value) : number(value) + " " + unit;
    }

    public String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(6);
        // fonts seldom have the narrow no-break space French formatting uses; a no-break space reads the same
        return format.format(value).replace('\u202f', '\u00a0');
    }

    public String peerGroup(String organizationTypeLabel, String campaignName) {
        return en ? "Other organisations of type “" + organizationTypeLabel + "” in the campaign “" + campaignName + "”"
                : "Autres organisations de type « " + organizationTypeLabel + " » de la campagne « " + campaignName
                        + " »";
    }

    /** The scoring method of a strategy in brief (one paragraph). */
    public String scoringMethod(ScoringStrategy strategy) {
        return switch (strategy) {
            case WEIGHTED_POINTS -> t("Méthode des points pondérés. Chaque réponse rapporte des points, ramenés à un "
                    + "score de 0 à 100 pour la question. Le score d'un thème est la moyenne de ses questions pondérée "
                    + "par leur poids, celui d'un axe la moyenne pondérée de ses thèmes, et le score global la moyenne "
                    + "pondérée des axes. Une question sans réponse compte pour 0 ; une question non applicable ou non "
                    + "concernée est retirée du calcul. Le niveau atteint est le plus haut dont le seuil ne dépasse pas "
                    + "le score.",
                    "Weighted points. Each answer earns points, turned into a score from 0 to 100 for the question. A "
                            + "theme's score is the weighted mean of its questions, an axis's the weighted mean of its "
                            + "themes, and the overall score the weighted mean of the axes. An unanswered question "
                            + "counts 0; a question that is not applicable or not relevant leaves the calculation. The "
                            + "level reached is the highest whose threshold does not exceed the score.");
            case STAIRCASE -> t("Méthode de l'escalier (parcours « Open Data Pathway » de l'ODI). Chaque thème est une "
                    + "activité dont les questions sont des marches, chacune rattachée à un niveau. Une marche est "
                    + "franchie quand la réponse atteint son seuil de réussite. Le thème atteint le plus haut niveau "
                    + "dont toutes les marches inférieures sont franchies : une marche manquée arrête la montée. Le "
                    + "score du thème est le seuil de ce niveau ; axes et score global en sont des moyennes pondérées.",
                    "Staircase (ODI Open Data Pathway). Each theme is an activity whose questions are steps, each tied "
                            + "to a level. A step is passed when its answer reaches its pass mark. The theme reaches "
                            + "the highest level with every step below it passed: a missed step stops the climb. The "
                            + "theme's score is that level's threshold; axes and the overall score are weighted means "
                            + "of them.");
            case WEAKEST_LINK -> t("Méthode du maillon faible (modèle de maturité de l'ODI, 2024). Une organisation est "
                    + "aussi mature que son point le plus faible : le score d'un thème est celui de sa question la "
                    + "plus basse, celui d'un axe celui de son thème le plus bas, et le score global celui de l'axe le "
                    + "plus bas. Une question sans réponse compte pour 0 ; les poids ne sont pas utilisés.",
                    "Weakest link (ODI maturity model, 2024). An organisation is as mature as its weakest point: a "
                            + "theme scores as its lowest question, an axis as its lowest theme, and the overall score "
                            + "is that of the lowest axis. An unanswered question counts 0; weights are not used.");
        };
    }
}
