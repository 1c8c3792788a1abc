package org.odmaturity.diagnostic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.JsonNode;

import org.odmaturity.scoring.Completeness;
import org.odmaturity.scoring.NodeScore;
import org.odmaturity.scoring.ScoreCard;
import org.odmaturity.organization.Organization;
import org.odmaturity.security.Actor;
import org.odmaturity.security.AppUser;

/** The JSON shapes of diagnostics. */
public final class DiagnosticViews {

    private DiagnosticViews() {
    }

    public record OrganizationRef(long id, String name, String siren, Object type, String departementCode) {
    }

    public record CampaignRef(long id, String name, int year) {
    }

    public record QuestionnaireRef(String id, int version) {
    }

    public record FacilitatorRef(long id, String displayName, String email) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnswerView(String question, JsonNode value, boolean notApplicable, boolean unsure, String comment,
            String evidence, String note, String answeredBy, Instant answeredAt, int revision,
            AssessmentView assessment) {

        public AnswerView(String question, JsonNode value, boolean notApplicable, boolean unsure, String comment,
                String evidence, String note, String answeredBy, Instant answeredAt, int revision) {
            this(question, value, notApplicable, unsure, comment, evidence, note, answeredBy, answeredAt, revision,
                    null);
        }
    }

    /**
     * The facilitator's score of an answer to a question scored by the facilitator (absent while never scored).
     * {@code stale}: given for a value the answer no longer has, so it does not count (the question is pending again).
     */
    public record AssessmentView(java.math.BigDecimal points, String justification, String assessedBy,
            Instant assessedAt, boolean stale) {

        static AssessmentView of(StoredAnswer a) {
            return a.assessedPoints == null ? null : new AssessmentView(a.assessedPoints, a.assessmentJustification,
                    a.assessedBy, a.assessedAt, a.assessmentStale());
        }
    }

    /**
     * A diagnostic with its answers and live score; {@code deadline}: the day the organisation is asked to submit by
     * (null: the campaign's closing day, if any). {@code answers} (a list of {@link AnswerView}) and {@code score}
     * (a {@link ScoreCard}) are JSON already written ({@link DiagnosticBodies}): they change only with the version.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Full(long id, OrganizationRef organization, CampaignRef campaign, QuestionnaireRef questionnaire,
            DiagnosticMode mode, DiagnosticStatus status, FacilitatorRef facilitator, long version, Instant createdAt,
            Instant updatedAt, Instant submittedAt, Instant validatedAt, LocalDate deadline,
            @JsonRawValue String answers, @JsonRawValue String score) {
    }

    public record Summary(long id, OrganizationRef organization, CampaignRef campaign, QuestionnaireRef questionnaire,
            DiagnosticMode mode, DiagnosticStatus status, FacilitatorRef facilitator, long version, Instant updatedAt,
            LocalDate deadline, NodeScore overall, Completeness completeness) {
    }

    static Full full(DiagnosticService.Read r, Actor actor) {
        Diagnostic d = r.diagnostic();
        return new Full(d.id, organization(r.organization()), new CampaignRef(r.campaign().id, r.campaign().name,
                r.campaign().year), new QuestionnaireRef(r.questionnaire().questionnaire().id(),
                        r.questionnaire().questionnaire().version()), d.mode, d.status, facilitator(r.facilitator()),
                d.version, d.createdAt, d.updatedAt, d.submittedAt, d.validatedAt, d.deadline, r.body().answers(actor),
                r.body().score());
    }

    /** The answers, in their order, with or without the facilitators' notes. */
    static List<AnswerView> answers(Map<String, StoredAnswer> answers, boolean withNotes, DiagnosticService service) {
        return answers.values().stream().map(a -> {
            AnswerState state = service.stateOf(a);
            if (!withNotes) {
                state = state.withoutNote();
            }
            return new AnswerView(a.questionId, state.value(), state.notApplicable(), state.unsure(), state.comment(),
                    state.evidence(), state.note(), a.answeredBy, a.answeredAt, a.revision, AssessmentView.of(a));
        }).toList();
    }

    static Summary summary(DiagnosticService.State s) {
        Diagnostic d = s.diagnostic();
        return new Summary(d.id, organization(s), campaign(s), questionnaire(s), d.mode, d.status, facilitator(s),
                d.version, d.updatedAt, d.deadline, s.score().overall(), s.score().completeness());
    }

    private static OrganizationRef organization(DiagnosticService.State s) {
        return organization(s.organization());
    }

    private static OrganizationRef organization(Organization o) {
        return new OrganizationRef(o.id, o.name, o.siren, o.type, o.departementCode);
    }

    private static CampaignRef campaign(DiagnosticService.State s) {
        return new CampaignRef(s.campaign().id, s.campaign().name, s.campaign().year);
    }

    private static QuestionnaireRef questionnaire(DiagnosticService.State s) {
        return new QuestionnaireRef(s.questionnaire().questionnaire().id(), s.questionnaire().questionnaire().version());
    }

    private static FacilitatorRef facilitator(DiagnosticService.State s) {
        return facilitator(s.facilitator());
    }

    private static FacilitatorRef facilitator(AppUser f) {
        return f == null ? null : new FacilitatorRef(f.id, f.displayName, f.email);
    }
}
