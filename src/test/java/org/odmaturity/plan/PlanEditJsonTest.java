package org.odmaturity.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.odmaturity.plan.PlanProblem.Code;
import org.odmaturity.questionnaire.model.Effort;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The PUT body of a plan read into a {@link PlanEdit}: what cannot be read is reported by the reader, what can is
 * typed, and the service's problems take their places among the reader's, in document order, without repeating a
 * complaint about a field that was unreadable.
 */
class PlanEditJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aReadableBodyIsTyped() throws Exception {
        PlanEditJson.Read read = PlanEditJson.read(JSON.readTree("""
                {"actions": [{"id": "q:referent", "text": "  ", "effort": "low", "dueDate": "2026-12-31",
                              "rank": 1, "gain": 3.2},
                             {"text": " Former les agents ", "theme": "usages"}],
                 "targets": {"piloter": "avance", "partager": null, "valoriser": 3}}"""));
        assertTrue(read.readable());
        PlanEdit.Action first = read.edit().actions().get(0);
        assertEquals("q:referent", first.id());
        assertNull(first.text(), "blank is not set");
        assertEquals(Effort.LOW, first.effort());
        assertEquals(LocalDate.of(2026, 12, 31), first.dueDate());
        assertEquals("Former les agents", read.edit().actions().get(1).text());
        assertEquals(List.of(new PlanEdit.Target("piloter", "avance"), new PlanEdit.Target("partager", null),
                new PlanEdit.Target("valoriser", "")), read.edit().targets(), "a value that is not a text is no level");
    }

    @Test
    void readAndServiceProblemsAreMergedInDocumentOrder() throws Exception {
        PlanEditJson.Read read = PlanEditJson.read(JSON.readTree("""
                {"targets": {"piloter": "gold"},
                 "actions": [{"id": "q:referent", "dueDate": "2026-13-01"}, 7, {"text": 12}, {"id": "q:nope"}],
                 "comment": "?"}"""));
        assertFalse(read.readable());
        assertEquals(4, read.edit().actions().size(), "an unreadable action keeps its place");
        List<PlanProblem> checked = List.of(
                PlanProblem.of("targets.piloter", Code.NOT_A_LEVEL, "levels", "initie, avance"),
                PlanProblem.of("actions[1].text", Code.TEXT_REQUIRED), // unreadable action: not repeated
                PlanProblem.of("actions[2].text", Code.TEXT_REQUIRED), // unreadable text: not repeated
                PlanProblem.of("actions[3].id", Code.NO_SUGGESTED_ACTION, "id", "q:nope", "where",
                        PlanProblem.Where.CURRENT_PLAN));
        InvalidPlanException refusal = read.refusal(checked);
        assertEquals(List.of("comment", "targets.piloter", "actions[0].dueDate", "actions[1]", "actions[2].text",
                "actions[3].id"), refusal.errors().stream().map(e -> ((Map<?, ?>) e).get("field")).toList());
        assertEquals("no suggested action 'q:nope' in this plan or in the current suggestion",
                ((Map<?, ?>) refusal.errors().get(5)).get("message"));
        assertEquals(checked, refusal.problems());
    }
}
