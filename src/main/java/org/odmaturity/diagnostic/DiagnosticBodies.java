package org.odmaturity.diagnostic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.odmaturity.scoring.ScoreCard;
import org.odmaturity.security.Actor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON of a diagnostic's answers and live score — the part of {@code GET /api/diagnostics/{id}} that costs (50
 * answers parsed and validated, the score computed, ≈15 kB written) and that changes only with the diagnostic's
 * version: every change of an answer moves the version, under the diagnostic's row lock.
 *
 * <p>A body is kept per diagnostic for the version (and questionnaire content) it was made from, and only when that is
 * certain: made by a write that held the row lock and committed, or by a read that saw the same version before and
 * after reading the answers. A read of another version makes a new body. Bounded (least recently used dropped), so
 * memory stays small whatever the number of diagnostics.
 */
@ApplicationScoped
public class DiagnosticBodies {

    static final int CAPACITY = 1_000;

    /**
     * The answers as staff see them, as respondents see them (without facilitators' notes), and the score card.
     */
    public record Body(long version, String contentHash, String staffAnswers, String respondentAnswers, String score) {

        /** The answers as {@code actor} may see them. */
        String answers(Actor actor) {
            return actor.hasAccount() ? staffAnswers : respondentAnswers;
        }
    }

    private final ObjectMapper json;
    private final Map<Long, Body> bodies = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Body> eldest) {
            return size() > CAPACITY;
        }
    };

    public DiagnosticBodies(ObjectMapper json) {
        this.json = json;
    }

    /** The body kept for this version of the diagnostic, or null. */
    Body find(long diagnosticId, long version, String contentHash) {
        Body body;
        synchronized (bodies) {
            body = bodies.get(diagnosticId);
        }
        return body != null && body.version() == version && body.contentHash().equals(contentHash) ? body : null;
    }

    /** Keeps a body that is certain to be the one of its version (see the class comment). */
    void keep(long diagnosticId, Body body) {
        synchronized (bodies) {
            Body current = bodies.get(diagnosticId);
            if (current == null || current.version() <= body.version()) {
                bodies.put(diagnosticId, body);
            }
        }
    }

    /** Makes the body of a diagnostic's state (answers as loaded, score computed). */
    Body of(DiagnosticService.State state, DiagnosticService service) {
        return make(state.diagnostic().version, state.questionnaire().contentHash(), state.answers(), state.score(),
                service);
    }

    Body make(long version, String contentHash, Map<String, StoredAnswer> answers, ScoreCard score,
            DiagnosticService service) {
        List<DiagnosticViews.AnswerView> staff = DiagnosticViews.answers(answers, true, service);
        List<DiagnosticViews.AnswerView> respondents = DiagnosticViews.answers(answers, false, service);
        String staffJson = write(staff);
        return new Body(version, contentHash, staffJson, staff.equals(respondents) ? staffJson : write(respondents),
                write(score));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forgets every body (tests). */
    void clear() {
        synchronized (bodies) {
            bodies.clear();
        }
    }
}
