package org.odmaturity.plan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.odmaturity.plan.SuggestedAction;

/** The plan page's row anchors: today's output kept for ids valid before, one to one once ids may hold a '-'. */
class PlanLinksTest {

    @Test
    void idsValidBeforeKeepTheirAnchors() {
        assertEquals("action-q-referent", PlanLinks.htmlId(SuggestedAction.keyOf("referent")));
        assertEquals("action-q-referent--2", PlanLinks.htmlId(SuggestedAction.keyOf("referent", 1)));
        assertEquals("action-q-gouv-referent_1", PlanLinks.htmlId(SuggestedAction.keyOf("gouv.referent_1")));
        assertEquals("action-q-a-b-c--3", PlanLinks.htmlId(SuggestedAction.keyOf("a.b.c", 2)));
        assertEquals("action-custom-x", PlanLinks.htmlId("custom:x"));
    }

    @Test
    void aDashInAQuestionIdIsWrittenApartFromADot() {
        assertEquals("action-q-non-D-publie", PlanLinks.htmlId(SuggestedAction.keyOf("non-publie")));
        assertEquals("action-q-a-D-2--2", PlanLinks.htmlId(SuggestedAction.keyOf("a-2", 1)));
    }

    @Test
    void trickyPairsGetDistinctAnchors() {
        List<String> questionIds = List.of("a", "a.b", "a-b", "a_b", "a.2", "a-2", "a2", "a.b-c", "a-b.c", "a-b-c",
                "a.b.c", "a_.b", "a_-b", "a._b", "a-_b", "a-d-b", "a.d.b", "a-d.b", "a.d-b", "q", "q.a", "q-a");
        Map<String, String> seen = new HashMap<>();
        for (String id : questionIds) {
            for (int n = 0; n < 3; n++) {
                String key = SuggestedAction.keyOf(id, n);
                String anchor = PlanLinks.htmlId(key);
                assertTrue(anchor.matches("[A-Za-z0-9_-]+"), anchor);
                String other = seen.put(anchor, key);
                assertEquals(null, other, "'" + key + "' and '" + other + "' share the anchor " + anchor);
                assertFalse(anchor.substring(0, anchor.length() - (n == 0 ? 0 : 3)).contains("--"), anchor);
            }
        }
    }
}
