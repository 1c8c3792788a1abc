package org.odmaturity.web;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.diagnostic.DiagnosticService;
import org.odmaturity.diagnostic.StoredAnswer;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.security.Actor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Saving the changed answers of a page (respondent axis page, interview page) in one all-or-nothing batch, and turning
 * the services' refusals into what the page shows: an error per question (in the page's words, {@link AnswerErrors}),
 * a conflict per question a colleague changed meanwhile (their answer in words; the page's input is kept and now
 * carries the current revision, so saving again keeps it knowingly).
 */
final class AnswerBatch {

    /** How the page words things: the answer texts, and "changed meanwhile by {who}: {their answer}". */
    record Texts(Msg answers, AnswerForm.Words words, BiFunction<String, String, String> conflict, String lang) {
    }

    /**
     * The state after the save (re-read after a conflict), or {@code frozen}: the diagnostic is no longer a draft,
     * nothing was saved.
     */
    record Outcome(DiagnosticService.State state, boolean frozen) {
    }

    private AnswerBatch() {
    }

    /**
     * Saves {@code batch} (answer patches); fills {@code errors} and {@code conflicts} (question id → text) and updates
     * the revisions of {@code submitted} for the conflicting questions.
     */
    static Outcome save(DiagnosticService diagnostics, long diagnosticId, Actor actor, ArrayNode batch,
            DiagnosticService.State state, Map<String, AnswerForm> submitted, Map<String, String> errors,
            Map<String, String> conflicts, Texts texts, ObjectMapper json) {
        ObjectNode body = json.createObjectNode();
        body.set("answers", batch);
        try {
            return new Outcome(diagnostics.patchAnswers(diagnosticId, ExpectedVersion.none(), body, actor), false);
        } catch (InvalidInputException e) {
            for (Object error : e.errors()) {
                if (error instanceof Map<?, ?> map && map.get("question") != null) {
                    errors.merge(String.valueOf(map.get("question")), AnswerErrors.text(
                            String.valueOf(map.get("field")), String.valueOf(map.get("message")), texts.answers()),
                            (a, b) -> a.equals(b) ? a : a + " " + b);
                }
            }
            return new Outcome(state, false);
        } catch (ConflictException e) {
            if (!"answers".equals(e.field())) {
                return new Outcome(state, true);
            }
            DiagnosticService.State current = diagnostics.get(diagnosticId, actor);
            Questionnaire q = current.questionnaire().questionnaire();
            for (Object c : (List<?>) e.current()) {
                if (c instanceof Map<?, ?> map && map.get("question") != null) {
                    String id = String.valueOf(map.get("question"));
                    StoredAnswer theirs = current.answers().get(id);
                    conflicts.put(id, texts.conflict().apply(theirs == null ? "?" : theirs.answeredBy,
                            AnswerForm.describe(q.question(id).orElseThrow(), theirs, texts.lang(), texts.words(),
                                    json)));
                    AnswerForm mine = submitted.get(id);
                    if (mine != null) {
                        submitted.put(id, mine.withRevision(theirs == null ? 0 : theirs.revision));
                    }
                }
            }
            return new Outcome(current, false);
        }
    }

    /** Whether the request is a page script's autosave (it asks for JSON explicitly). */
    static boolean wantsJson(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream().anyMatch(t -> t.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                && !t.isWildcardType());
    }

    /**
     * The autosave's answer: what the page put in {@code answer} (revisions, relevance, progress…) plus the errors and
     * conflicts of the save; 409 with conflicts, 422 with errors, else 200.
     */
    static Response autosave(ObjectNode answer, DiagnosticService.State state, Map<String, String> errors,
            Map<String, String> conflicts, ObjectMapper json) {
        ArrayNode errorList = answer.putArray("errors");
        errors.forEach((q, message) -> errorList.addObject().put("question", q).put("message", message));
        ArrayNode conflictList = answer.putArray("conflicts");
        conflicts.forEach((q, message) -> {
            StoredAnswer current = state.answers().get(q);
            conflictList.addObject().put("question", q).put("message", message)
                    .put("revision", current == null ? 0 : current.revision);
        });
        return json(!conflicts.isEmpty() ? 409 : !errors.isEmpty() ? 422 : 200, answer, json);
    }

    /** The autosave's answer when the diagnostic is no longer a draft: 409, nothing saved. */
    static Response frozen(String message, ObjectMapper json) {
        ObjectNode body = json.createObjectNode();
        body.put("saved", false);
        body.putArray("errors").addObject().put("question", "status").put("message", message);
        body.putArray("conflicts");
        return json(409, body, json);
    }

    private static Response json(int status, ObjectNode body, ObjectMapper json) {
        try {
            return Response.status(status).entity(json.writeValueAsString(body)).type(MediaType.APPLICATION_JSON_TYPE)
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
