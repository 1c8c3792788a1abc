package org.odmaturity.comparison.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.odmaturity.campaign.CampaignStatus;
import org.odmaturity.comparison.CampaignResults;
import org.odmaturity.comparison.ResultsFilter;
import org.odmaturity.comparison.Viewer;

/** Download file names: plain ASCII words of the campaign's name, the language's prefix, the Paris date. */
class ExportSelectionTest {

    private static ExportSelection selection(String campaignName, String language) {
        CampaignResults data = CampaignResults.of(new CampaignResults.CampaignInfo(42, campaignName, 2026,
                CampaignStatus.OPEN, "od-maturity", 1), null, List.of(), List.of(), "fingerprint");
        return ExportSelection.of(data, ResultsFilter.defaults(), new Viewer(true, null, 5, language),
                Instant.parse("2026-05-04T22:30:00Z"));
    }

    @Test
    void aFileIsNamedAfterTheCampaignInPlainAsciiAndTheDateInParis() {
        assertEquals("resultats-campagne-2026-evaluation-grand-est-2026-05-05.csv",
                selection("Campagne 2026 — Évaluation « Grand Est »", "fr").fileName("results", "csv"));
        assertEquals("answers-l-oeuvre-des-communes-2026-05-05.csv",
                selection("L'Œuvre des communes", "en").fileName("answers", "csv"));
    }

    @Test
    void aNameWithoutLettersGivesTheCampaignIdAndALongOneIsCut() {
        assertEquals("reponses-42-2026-05-05.csv", selection("« — »", "fr").fileName("answers", "csv"));
        String name = selection("Une campagne au nom vraiment très long pour un fichier ".repeat(3), "fr")
                .fileName("results", "xlsx");
        assertEquals("resultats-une-campagne-au-nom-vraiment-tres-long-pour-un-fichier-une-2026-05-05.xlsx", name);
    }
}
