package org.odmaturity.diagnostic;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import org.odmaturity.scoring.Completeness;
import org.odmaturity.scoring.NodeScore;
import org.odmaturity.scoring.ScoreCard;
import org.odmaturity.security.Actor;

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
            String evidence, String note, String answeredBy, Instant answeredAt, int revision) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Full(long id, OrganizationRef organization, CampaignRef campaign, QuestionnaireRef questionnaire,
            DiagnosticMode mode, DiagnosticStatus status, FacilitatorRef facilitator, long version, Instant createdAt,
            Instant updatedAt, Instant submittedAt, Instant validatedAt, List<AnswerView> answers, ScoreCard score) {
    }

    public record Summary(long id, OrganizationRef organization, CampaignRef campaign, QuestionnaireRef questionnaire,
            DiagnosticMode mode, DiagnosticStatus status, FacilitatorRef facilitator, long version, Instant updatedAt,
            NodeScore overall, Completeness completeness) {
    }

    static Full full(DiagnosticService.State s, Actor actor, DiagnosticService service) {
        Diagnostic d = s.diagnostic();
        List<AnswerView> answers = s.answers().values().stream().map(a -> {
            AnswerState state = DiagnosticService.visible(service.stateOf(a), actor);
            return new AnswerView(a.questionId, state.value(), state.notApplicable(), state.unsure(), state.comment(),
                    state.evidence(), state.note(), a.answeredBy, a.answeredAt, a.revision);
        }).toList();
        return new Full(d.id, organization(s), campaign(s), questionnaire(s), d.mode, d.status, facilitator(s), d.version,
                d.createdAt, d.updatedAt, d.submittedAt, d.validatedAt, answers, s.score());
    }

    static Summary summary(DiagnosticService.State s) {
        Diagnostic d = s.diagnostic();
        return new Summary(d.id, organization(s), campaign(s), questionnaire(s), d.mode, d.status, facilitator(s),
                d.version, d.updatedAt, s.score().overall(), s.score().completeness());
    }

    private static OrganizationRef organization(DiagnosticService.State s) {
        return new OrganizationRef(s.organization().id, s.organization().name, s.organization().siren,
                s.organization().type, s.organization().departementCode);
    }

    private static CampaignRef campaign(DiagnosticService.State s) {
        return new CampaignRef(s.campaign().id, s.campaign().name, s.campaign().year);
    }

    private static QuestionnaireRef questionnaire(DiagnosticService.State s) {
        return new QuestionnaireRef(s.questionnaire().questionnaire().id(), s.questionnaire().questionnaire().version());
    }

    private static FacilitatorRef facilitator(DiagnosticService.State s) {
        return s.facilitator() == null ? null
                : new FacilitatorRef(s.facilitator().id, s.facilitator().displayName, s.facilitator().email);
    }
}
