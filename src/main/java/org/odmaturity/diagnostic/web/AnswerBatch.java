package org.odmaturity.diagnostic.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.odmaturity.diagnostic.AnswerPatch;
import org.odmaturity.diagnostic.AnswerProblem;
import org.odmaturity.diagnostic.AnswersChangedException;
import org.odmaturity.diagnostic.DiagnosticService;
import org.odmaturity.diagnostic.InvalidAnswersException;
import org.odmaturity.diagnostic.StoredAnswer;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.security.Actor;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one save flow of the answer forms (respondent axis page, interview page): read the form into inputs and
 * {@link AnswerPatch}es, save them in one all-or-nothing batch, and turn the service's refusals into what the page
 * shows: an error per question (from its code, {@link AnswerErrors}), a conflict per question a colleague changed
 * meanwhile (their answer in words; the page's input is kept and now carries the current revision, so saving again
 * keeps it knowingly).
 */
final class AnswerBatch {

    /**
     * How the page words things: the answer texts, its own sentences for a number or a web address it refuses before
     * saving, the words of answers, and "changed meanwhile by {who}: {their answer}".
     */
    record Texts(Msg answers, String notANumber, String notAWebAddress, AnswerForm.Words words,
            BiFunction<String, String, String> conflict, String lang, Locale locale) {
    }

    /**
     * One form post: what each question's fields held (and its note, on the interview page), the errors and conflicts
     * found (question id → text), the changes to save.
     */
    record Submission(Map<String, AnswerForm> inputs, Map<String, String> notes, Map<String, String> errors,
            Map<String, String> conflicts, List<AnswerPatch> patches) {

        /** Whether the page must be shown again (422 with errors, 409 with conflicts). */
        boolean refused() {
            return !errors.isEmpty() || !conflicts.isEmpty();
        }

        int status() {
            return conflicts.isEmpty() ? 422 : 409;
        }

        /** What the form shows of a question: what was posted, else what is stored (the note only if asked for). */
        AnswerViews.Shown shown(Question q, DiagnosticService.State state, boolean relevant, boolean withNote,
                ObjectMapper json) {
            StoredAnswer stored = state.answers().get(q.id());
            AnswerForm input = inputs.containsKey(q.id()) ? inputs.get(q.id()) : AnswerForm.fromStored(stored, json);
            String note = !withNote ? null : notes.containsKey(q.id()) ? notes.get(q.id())
                    : stored == null ? null : stored.note;
            return new AnswerViews.Shown(input, note, relevant, errors.get(q.id()), conflicts.get(q.id()));
        }
    }

    /** Nothing posted: the forms show what is stored. */
    static Submission empty() {
        return new Submission(Map.of(), Map.of(), Map.of(), Map.of(), List.of());
    }

    /**
     * The state after the save (re-read after a conflict), or {@code frozen}: the diagnostic is no longer a draft,
     * nothing was saved.
     */
    record Outcome(DiagnosticService.State state, boolean frozen) {
    }

    /** A message of the autosave's answer, about one question. */
    record Message(String question, String message) {
    }

    /** A conflict of the autosave's answer: the question, the text, the answer's current revision. */
    record Conflict(String question, String message, int revision) {
    }

    /** The autosave's answer when the diagnostic is no longer a draft. */
    record Frozen(boolean saved, List<Message> errors, List<Conflict> conflicts) {
    }

    private AnswerBatch() {
    }

    /**
     * Reads the form's answers to {@code questions}: fields the page did not show (a comment, a link, the note) keep
     * what is stored; only answers that differ from the stored ones are to be saved. {@code notes}: the page edits
     * the facilitator's notes.
     */
    static Submission read(MultivaluedMap<String, String> form, List<Question> questions,
            DiagnosticService.State state, boolean notes, Texts texts, ObjectMapper json) {
        Submission s = new Submission(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
                new LinkedHashMap<>(), new ArrayList<>());
        for (Question q : questions) {
            AnswerForm raw = AnswerForm.fromForm(form, q);
            if (raw == null) {
                continue;
            }
            String prefix = "q." + q.id() + ".";
            StoredAnswer storedAnswer = state.answers().get(q.id());
            AnswerForm stored = AnswerForm.fromStored(storedAnswer, json);
            AnswerForm input = raw.keeping(stored, form.containsKey(prefix + "comment"),
                    form.containsKey(prefix + "evidence"));
            String storedNote = storedAnswer == null ? null : storedAnswer.note;
            String note = notes && form.containsKey(prefix + "note") ? blankToNull(form.getFirst(prefix + "note"))
                    : storedNote;
            s.inputs().put(q.id(), input);
            s.notes().put(q.id(), note);
            List<AnswerProblem.Code> problems = input.problems(q);
            if (!problems.isEmpty()) {
                s.errors().put(q.id(), String.join(" ", problems.stream().map(p -> p == AnswerProblem.Code.NOT_A_NUMBER
                        ? texts.notANumber() : texts.notAWebAddress()).toList()));
            } else if (input.differsFrom(q, stored) || !Objects.equals(note, storedNote)) {
                AnswerPatch patch = input.patch(q);
                s.patches().add(notes ? patch.withNote(note) : patch);
            }
        }
        return s;
    }

    /**
     * Saves the submission's changes when it has no error; fills its errors and conflicts with the service's refusals
     * and updates the revisions of its inputs for the conflicting questions.
     */
    static Outcome save(DiagnosticService diagnostics, long diagnosticId, Actor actor, DiagnosticService.State state,
            Submission s, Texts texts, ObjectMapper json) {
        if (!s.errors().isEmpty() || s.patches().isEmpty()) {
            return new Outcome(state, false);
        }
        try {
            return new Outcome(diagnostics.patchAnswers(diagnosticId, ExpectedVersion.none(), s.patches(), actor),
                    false);
        } catch (InvalidAnswersException e) {
            for (AnswerProblem problem : e.problems()) {
                if (problem.question() != null) {
                    s.errors().merge(problem.question(), AnswerErrors.text(problem, texts.answers(), texts.locale()),
                            (a, b) -> a.equals(b) ? a : a + " " + b);
                }
            }
            return new Outcome(state, false);
        } catch (AnswersChangedException e) {
            DiagnosticService.State current = diagnostics.get(diagnosticId, actor);
            Questionnaire q = current.questionnaire().questionnaire();
            for (String id : e.questions()) {
                StoredAnswer theirs = current.answers().get(id);
                s.conflicts().put(id, texts.conflict().apply(theirs == null ? "?" : theirs.answeredBy,
                        AnswerForm.describe(q.question(id).orElseThrow(), theirs, texts.lang(), texts.words(), json)));
                AnswerForm mine = s.inputs().get(id);
                if (mine != null) {
                    s.inputs().put(id, mine.withRevision(theirs == null ? 0 : theirs.revision));
                }
            }
            return new Outcome(current, false);
        } catch (ConflictException frozen) {
            return new Outcome(state, true);
        }
    }

    /** The errors of a submission, for the autosave's answer. */
    static List<Message> errors(Submission s) {
        return s.errors().entrySet().stream().map(e -> new Message(e.getKey(), e.getValue())).toList();
    }

    /** The conflicts of a submission with the answers' current revisions, for the autosave's answer. */
    static List<Conflict> conflicts(Submission s, DiagnosticService.State state) {
        return s.conflicts().entrySet().stream().map(e -> {
            StoredAnswer current = state.answers().get(e.getKey());
            return new Conflict(e.getKey(), e.getValue(), current == null ? 0 : current.revision);
        }).toList();
    }

    /** The answers' current revisions, by question. */
    static Map<String, Integer> revisions(DiagnosticService.State state) {
        Map<String, Integer> revisions = new LinkedHashMap<>();
        state.answers().forEach((id, a) -> revisions.put(id, a.revision));
        return revisions;
    }

    /** The autosave's answer: 409 with conflicts, 422 with errors, else 200. */
    static Response autosave(Submission s, Object answer) {
        return json(s.refused() ? s.status() : 200, answer);
    }

    /** The autosave's answer when the diagnostic is no longer a draft: 409, nothing saved. */
    static Response frozen(String message) {
        return json(409, new Frozen(false, List.of(new Message("status", message)), List.of()));
    }

    private static Response json(int status, Object body) {
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
