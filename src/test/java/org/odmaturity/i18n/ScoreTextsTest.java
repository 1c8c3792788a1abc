package org.odmaturity.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.model.CountAs;
import org.odmaturity.questionnaire.model.Level;
import org.odmaturity.questionnaire.model.LocalizedText;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.ResultsIn;
import org.odmaturity.questionnaire.model.ScoringStrategy;

/** How one diagnostic's scores read in French and English, in percent or in points, with one or two decimals. */
class ScoreTextsTest {

    private static Questionnaire questionnaire(ResultsIn resultsIn, int decimals) {
        LocalizedText t = new LocalizedText(java.util.Map.of("fr", "T"));
        return new Questionnaire("q", 1, List.of("fr"), "fr", t, LocalizedText.EMPTY, ScoringStrategy.WEIGHTED_POINTS,
                List.of(new Level("a", 0, t, LocalizedText.EMPTY), new Level("b", 7.35, t, LocalizedText.EMPTY)),
                List.of(), CountAs.LEFT_OUT, 0, null, resultsIn, decimals);
    }

    @Test
    void percentWithTheQuestionnairesDecimals() {
        ScoreTexts one = ScoreTexts.of(questionnaire(ResultsIn.PERCENT, 1), "fr");
        assertEquals("42,5", one.total(42.5, 3.0, 7.0));
        assertEquals("42,5 / 100", one.totalOutOf(42.5, 3.0, 7.0));
        assertEquals("35", one.threshold(35));
        assertNull(one.total(null, null, null));
        ScoreTexts two = ScoreTexts.of(questionnaire(ResultsIn.PERCENT, 2), "en");
        assertEquals("66.67", two.score(66.67));
        assertEquals("50.00 / 100", two.totalOutOf(50.0, 3.0, 6.0));
    }

    @Test
    void pointsInFrenchAndEnglish() {
        ScoreTexts fr = ScoreTexts.of(questionnaire(ResultsIn.POINTS, 2), "fr");
        assertEquals("7,5 / 14 points", fr.total(22.7, 7.5, 14.0));
        assertEquals("7,5 / 14 points", fr.totalOutOf(22.7, 7.5, 14.0));
        assertEquals("/ 21 points", fr.outOfPoints(21));
        assertEquals("7,35 points", fr.threshold(7.35));
        ScoreTexts en = ScoreTexts.of(questionnaire(ResultsIn.POINTS, 2), "en");
        assertEquals("7.5 / 14 points", en.total(22.7, 7.5, 14.0));
        assertEquals("13.65 points", en.threshold(13.65));
        // a card stored before points existed has none: the percentage is shown
        assertEquals("22.70", en.total(22.7, null, null));
    }
}
