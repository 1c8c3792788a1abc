package org.odmaturity.i18n;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.odmaturity.questionnaire.model.Questionnaire;

/**
 * How one diagnostic's scores read, in French (the default) or English, for pages, the PDF plan and their tests
 * (docs/scoring.md, section 7): a score with the questionnaire's decimals ("42,5", "42,50"), and a total as
 * "x / y points" when the questionnaire's results read in points. The words come from
 * {@code i18n/labels_fr.properties} and {@code i18n/labels_en.properties} ({@code score.points}, {@code
 * score.outOf100}, {@code score.outOfPoints}, {@code score.thresholdPoints}). Plain Java, so the PDF and its unit tests need no container.
 */
public final class ScoreTexts {

    private static final ResourceBundle FR = load(Locale.FRENCH);
    private static final ResourceBundle EN = load(Locale.ENGLISH);

    private final boolean inPoints;
    private final int decimals;
    private final Locale locale;
    private final ResourceBundle bundle;

    private ScoreTexts(boolean inPoints, int decimals, boolean english) {
        this.inPoints = inPoints;
        this.decimals = decimals;
        this.locale = english ? Locale.UK : Locale.FRANCE;
        this.bundle = english ? EN : FR;
    }

    /** The texts of {@code questionnaire}'s scores in {@code language} ("en" gives English; anything else French). */
    public static ScoreTexts of(Questionnaire questionnaire, String language) {
        return new ScoreTexts(questionnaire.inPoints(), questionnaire.decimals(), "en".equals(language));
    }

    /** Whether totals read in points. */
    public boolean inPoints() {
        return inPoints;
    }

    /** The decimals of a score. */
    public int decimals() {
        return decimals;
    }

    /** A score with the questionnaire's decimals: "42,5" (fr) / "42.5" (en); null for null. */
    public String score(Double score) {
        if (score == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(score);
    }

    /** Points as written: at most two decimals, none when whole ("7,5", "14", "7,35"). */
    public String points(double points) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(points));
    }

    /**
     * A node's total, short (for a table cell): "7,5 / 14 points" when results read in points, else the score alone
     * ("42,5"); null when there is no score.
     */
    public String total(Double score, Double points, Double maxPoints) {
        if (score == null) {
            return null;
        }
        return inPoints && points != null && maxPoints != null ? pointsOf(points, maxPoints) : score(score);
    }

    /**
     * A node's total with its scale: "7,5 / 14 points" when results read in points, else "42,5 / 100"; null when
     * there is no score.
     */
    public String totalOutOf(Double score, Double points, Double maxPoints) {
        if (score == null) {
            return null;
        }
        return inPoints && points != null && maxPoints != null ? pointsOf(points, maxPoints)
                : MessageFormat.format(bundle.getString("score.outOf100"), score(score));
    }

    /** "7,5 / 14 points". */
    public String pointsOf(double points, double maxPoints) {
        return MessageFormat.format(bundle.getString("score.points"), points(points), points(maxPoints));
    }

    /** What follows the overall's points printed big: "/ 21 points". */
    public String outOfPoints(double maxPoints) {
        return MessageFormat.format(bundle.getString("score.outOfPoints"), points(maxPoints));
    }

    /** A level's threshold as written: "7,35 points" when results read in points, else "35" (one or two decimals). */
    public String threshold(double threshold) {
        return inPoints ? MessageFormat.format(bundle.getString("score.thresholdPoints"), points(threshold))
                : points(threshold);
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle("i18n.labels", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
