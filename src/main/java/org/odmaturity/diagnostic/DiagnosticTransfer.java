package org.odmaturity.diagnostic;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.odmaturity.time.Instants;
import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.campaign.Campaign;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.PreconditionFailedException;
import org.odmaturity.http.JsonValues;
import org.odmaturity.organization.Organization;
import org.odmaturity.organization.OrganizationRequest;
import org.odmaturity.organization.OrganizationService;
import org.odmaturity.plan.PlanExportJson;
import org.odmaturity.plan.PlanService;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.registry.QuestionnaireRegistry;
import org.odmaturity.scoring.AnswerInput;
import org.odmaturity.scoring.AnswerValidator;
import org.odmaturity.scoring.Answers;
import org.odmaturity.scoring.ScoreCard;
import org.odmaturity.scoring.ScoringEngine;
import org.odmaturity.security.Actor;
import org.odmaturity.security.AppUser;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Self-contained export of a diagnostic (organisation, questionnaire pin and hash, answers, history, score snapshots,
 * curated improvement plan) and its import: into a new diagnostic (another instance, another campaign on the same
 * questionnaire version) or back into the diagnostic it came from (an interview prepared offline), with no loss either
 * way. An import is all or nothing: any problem (answers, plan…) and nothing is imported.
 */
@ApplicationScoped
public class DiagnosticTransfer {

    public static final String FORMAT = "od-maturity/diagnostic";
    public static final int FORMAT_VERSION = 1;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Export(String format, Integer formatVersion, Instant exportedAt, String exportedBy,
            OrganizationRequest organization, CampaignInfo campaign, QuestionnairePin questionnaire,
            DiagnosticInfo diagnostic, List<ExportedAnswer> answers, List<ExportedChange> history,
            List<ExportedSnapshot> snapshots,
            @JsonInclude(JsonInclude.Include.ALWAYS) JsonNode plan) {
        // plan: the curated plan (PlanService#exportPlan), null when nobody curated it; older exports have none
    }

    public record CampaignInfo(Long id, String name, Integer year) {
    }

    public record QuestionnairePin(String id, Integer version, String contentHash) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DiagnosticInfo(Long id, DiagnosticMode mode, DiagnosticStatus status, Long version,
            String facilitator, Instant createdAt, Instant updatedAt, Instant submittedAt, Instant validatedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExportedAnswer(String question, JsonNode value, boolean notApplicable, boolean unsure, String comment,
            String evidence, String note, String answeredBy, Instant answeredAt, Integer revision,
            ExportedAssessment assessment) {

        public ExportedAnswer(String question, JsonNode value, boolean notApplicable, boolean unsure, String comment,
                String evidence, String note, String answeredBy, Instant answeredAt, Integer revision) {
            this(question, value, notApplicable, unsure, comment, evidence, note, answeredBy, answeredAt, revision,
                    null);
        }
    }

    /**
     * The facilitator's score of an answer scored by the facilitator (docs/scoring.md, "Scored by the facilitator"),
     * with the value it was given for ({@code stale} on import when that is not the answer's value); absent otherwise.
     */
    public record ExportedAssessment(BigDecimal points, String justification, String assessedBy, Instant assessedAt,
            JsonNode assessedValue) {

        static ExportedAssessment of(StoredAnswer a, DiagnosticService diagnostics) {
            return a.assessedPoints == null ? null : new ExportedAssessment(a.assessedPoints,
                    a.assessmentJustification, a.assessedBy, a.assessedAt, diagnostics.readJson(a.assessedValue));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExportedChange(String question, String changedBy, Instant changedAt, AnswerState before,
            AnswerState after) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExportedSnapshot(String kind, QuestionnairePin questionnaire, BigDecimal overallScore,
            String overallLevel, JsonNode scoreCard, String createdBy, Instant createdAt) {
    }

    /** The outcome of an import: the diagnostic, and whether it was created (201) or updated (200). */
    public record Imported(DiagnosticService.State state, boolean created) {
    }

    private final DiagnosticService diagnostics;
    private final DiagnosticAccess access;
    private final QuestionnaireRegistry registry;
    private final OrganizationService organizations;
    private final Validator validator;
    private final PlanService plans;

    public DiagnosticTransfer(DiagnosticService diagnostics, DiagnosticAccess access, QuestionnaireRegistry registry,
            OrganizationService organizations, Validator validator, PlanService plans) {
        this.plans = plans;
        this.diagnostics = diagnostics;
        this.access = access;
        this.registry = registry;
        this.organizations = organizations;
        this.validator = validator;
    }

    @Transactional
    public Export export(long id, Actor actor) {
        Diagnostic found = Diagnostic.findById(id);
        if (found == null) {
            throw DiagnosticAccess.notFound(id);
        }
        access.checkManage(found, actor);
        DiagnosticService.State s = diagnostics.state(found);
        Diagnostic d = s.diagnostic();
        Organization o = s.organization();
        OrganizationRequest organization = new OrganizationRequest(o.name, o.siren, o.type, o.departementCode, o.region,
                o.population, o.contactName, o.contactEmail, o.contactPhone);
        List<ExportedAnswer> answers = s.answers().values().stream().map(a -> new ExportedAnswer(a.questionId,
                diagnostics.readJson(a.valueJson), a.notApplicable, a.unsure, a.comment, a.evidence, a.note,
                a.answeredBy, a.answeredAt, a.revision, ExportedAssessment.of(a, diagnostics))).toList();
        List<ExportedChange> history = AnswerChange.ofDiagnostic(id).stream()
                .map(c -> new ExportedChange(c.questionId, c.changedBy, c.changedAt,
                        c.oldState == null ? null : diagnostics.readState(c.oldState),
                        diagnostics.readState(c.newState)))
                .toList();
        List<ExportedSnapshot> snapshots = ScoreSnapshot.<ScoreSnapshot>list("diagnosticId = ?1 order by id", id)
                .stream().map(sn -> new ExportedSnapshot(sn.kind.name().toLowerCase(),
                        new QuestionnairePin(sn.questionnaireId, sn.questionnaireVersion, sn.contentHash),
                        sn.overallScore, sn.overallLevel, diagnostics.readJson(sn.scoreCard), sn.createdBy,
                        sn.createdAt))
                .toList();
        Questionnaire q = s.questionnaire().questionnaire();
        return new Export(FORMAT, FORMAT_VERSION, Instants.now(), actor.label(), organization,
                new CampaignInfo(s.campaign().id, s.campaign().name, s.campaign().year),
                new QuestionnairePin(q.id(), q.version(), s.questionnaire().contentHash()),
                new DiagnosticInfo(d.id, d.mode, d.status, d.version, s.facilitator() == null ? null
                        : s.facilitator().email, d.createdAt, d.updatedAt, d.submittedAt, d.validatedAt),
                answers, history, snapshots, PlanExportJson.write(plans.exportPlan(id)));
    }

    /**
     * Imports an export. Into the campaign {@code campaignId} if given, else the campaign of the export; the campaign
     * must pin the same questionnaire version with the same content. When the organisation already has a diagnostic
     * there, it must be the exported one, still a draft and unchanged since the export (else 409/412); its answers
     * become the imported ones (each change in the history), and its plan the imported one (its plan must be unchanged
     * since the export too, else 412). Otherwise a new diagnostic is created as exported. The plan is checked as a PUT
     * of the plan checks it, against the suggestion of the imported answers (422 naming {@code plan.…}).
     */
    @Transactional
    public Imported importExport(Export export, Long campaignId, Actor actor) {
        if (!actor.hasAccount()) {
            throw new io.quarkus.security.ForbiddenException("Only admins and facilitators import diagnostics.");
        }
        List<Map<String, Object>> errors = new ArrayList<>();
        checkShape(export, errors);
        fail(errors);

        long targetCampaign = campaignId != null ? campaignId : export.campaign().id();
        Campaign campaign = Campaign.findById(targetCampaign);
        QuestionnairePin pin = export.questionnaire();
        QuestionnaireRegistry.Entry entry = campaign == null ? null : diagnostics.questionnaire(campaign);
        if (campaign == null) {
            errors.add(error("campaign.id", "no campaign " + targetCampaign + " here: name another one with "
                    + "?campaignId= (it must use questionnaire " + pin.id() + " version " + pin.version() + ")"));
        } else if (!entry.questionnaire().id().equals(pin.id()) || entry.questionnaire().version() != pin.version()
                || !entry.contentHash().equals(pin.contentHash())) {
            errors.add(error("questionnaire", "campaign " + targetCampaign + " uses questionnaire "
                    + entry.questionnaire().id() + " version " + entry.questionnaire().version()
                    + " (or another content); the export was made with " + pin.id() + " version " + pin.version()));
        }
        fail(errors);
        Questionnaire q = entry.questionnaire();
        checkScoreCards(export, errors);
        checkAnswers(export, q, errors);
        fail(errors);

        Organization organization = Organization.find("siren", export.organization().siren()).firstResult();
        if (organization == null) {
            if (!actor.admin()) {
                throw new InvalidInputException("invalid-import", "Invalid import", "No organisation has SIREN "
                        + export.organization().siren() + " here; an admin must create it (or import).",
                        List.of(error("organization.siren", "unknown organisation")));
            }
            Set<ConstraintViolation<OrganizationRequest>> violations = validator.validate(export.organization());
            violations.forEach(v -> errors.add(error("organization." + v.getPropertyPath(), v.getMessage())));
            fail(errors);
        }
        Diagnostic existing = organization == null ? null
                : Diagnostic.find("organizationId = ?1 and campaignId = ?2", organization.id, campaign.id)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (existing != null) {
            return new Imported(updateExisting(existing, export, q, actor), false);
        }
        PlanService.PlanImport plan = checkPlan(export, q, null, errors);
        fail(errors);
        if (organization == null) {
            organization = organizations.create(export.organization());
        }
        return new Imported(createNew(organization, campaign, export, plan, actor), true);
    }

    /** The export's plan, checked against the suggestion of the export's answers (valid: see checkAnswers). */
    private PlanService.PlanImport checkPlan(Export export, Questionnaire q, Long into,
            List<Map<String, Object>> errors) {
        List<StoredAnswer> stored = new ArrayList<>();
        for (ExportedAnswer a : export.answers()) {
            StoredAnswer s = new StoredAnswer(); // never persisted: what the answers will be
            s.questionId = a.question();
            s.valueJson = a.value() == null || a.value().isNull() ? null : a.value().toString();
            s.notApplicable = a.notApplicable();
            s.unsure = a.unsure();
            stored.add(s);
        }
        Answers answers = diagnostics.typed(q, stored);
        return PlanExportJson.checkImport(plans, export.plan(), q, ScoringEngine.score(q, answers), answers, into,
                errors);
    }

    private DiagnosticService.State updateExisting(Diagnostic d, Export export, Questionnaire q, Actor actor) {
        access.checkManage(d, actor);
        if (!d.id.equals(export.diagnostic().id())) {
            throw new ConflictException("diagnostic.id", "This organisation already has another diagnostic (" + d.id
                    + ") in this campaign.");
        }
        if (d.version != export.diagnostic().version()) {
            throw new PreconditionFailedException("Diagnostic " + d.id + " changed since this export (version "
                    + export.diagnostic().version() + " exported, now " + d.version + "): export it again, reapply "
                    + "your offline changes, import again.", d.etag());
        }
        if (d.status != DiagnosticStatus.DRAFT) {
            throw new ConflictException("status", "Diagnostic " + d.id + " is " + d.status.key()
                    + ": its answers no longer change.");
        }
        long planNow = plans.version(d.id);
        long planExported = PlanExportJson.version(export.plan());
        if (planNow != planExported) {
            throw new PreconditionFailedException("The improvement plan of diagnostic " + d.id + " changed since this "
                    + "export (" + (planExported == 0 ? "not curated" : "version " + planExported) + " in the export, "
                    + "now version " + planNow + "): export it again, reapply your offline changes, import again.",
                    d.etag());
        }
        List<Map<String, Object>> errors = new ArrayList<>();
        PlanService.PlanImport plan = checkPlan(export, q, d.id, errors);
        fail(errors);
        // every question of the export, and every stored question the export no longer has (cleared)
        Map<String, StoredAnswer> stored = DiagnosticService.answers(d.id);
        List<AnswerPatch> items = new ArrayList<>();
        Set<String> exported = new HashSet<>();
        for (ExportedAnswer a : export.answers()) {
            exported.add(a.question());
            items.add(AnswerPatch.whole(a.question(), a.value(), a.notApplicable(), a.unsure(), a.comment(),
                    a.evidence(), null).withNote(a.note()));
        }
        stored.keySet().stream().filter(question -> !exported.contains(question)).forEach(question -> items.add(
                AnswerPatch.whole(question, null, false, false, null, null, null).withNote(null)));
        DiagnosticService.State state = diagnostics.patchAnswers(d.id, ExpectedVersion.of(d.version), items, actor);
        plans.importPlan(d.id, plan, false, actor);
        return state;
    }

    private DiagnosticService.State createNew(Organization organization, Campaign campaign, Export export,
            PlanService.PlanImport plan, Actor actor) {
        DiagnosticInfo info = export.diagnostic();
        Diagnostic d = new Diagnostic();
        d.organizationId = organization.id;
        d.campaignId = campaign.id;
        d.mode = info.mode();
        d.status = info.status();
        AppUser facilitator = info.facilitator() == null ? null : AppUser.findByEmail(info.facilitator()).orElse(null);
        d.facilitatorId = actor.admin() ? (facilitator == null ? null : facilitator.id) : actor.userId();
        Instant now = Instants.now();
        d.createdAt = info.createdAt() == null ? now : info.createdAt();
        d.updatedAt = info.updatedAt() == null ? now : info.updatedAt();
        d.submittedAt = info.submittedAt();
        d.validatedAt = info.validatedAt();
        d.persistAndFlush();
        for (ExportedAnswer a : export.answers()) {
            StoredAnswer s = new StoredAnswer();
            s.diagnosticId = d.id;
            s.questionId = a.question();
            s.valueJson = a.value() == null || a.value().isNull() ? null : a.value().toString();
            s.notApplicable = a.notApplicable();
            s.unsure = a.unsure();
            s.comment = a.comment();
            s.evidence = a.evidence();
            s.note = a.note();
            s.answeredBy = a.answeredBy() == null ? actor.label() : a.answeredBy();
            s.answeredAt = a.answeredAt() == null ? now : a.answeredAt();
            s.revision = a.revision() == null ? 1 : a.revision();
            ExportedAssessment assessment = a.assessment();
            if (assessment != null) { // checked by checkAnswers: complete, within 0..maxScore
                s.assessedPoints = assessment.points();
                s.assessmentJustification = assessment.justification();
                s.assessedBy = assessment.assessedBy();
                s.assessedAt = assessment.assessedAt();
                s.assessedValue = assessment.assessedValue().toString();
            }
            s.persist();
        }
        long seq = 0;
        for (ExportedChange c : export.history()) { // in the order of the export, which is the order of change
            AnswerChange change = new AnswerChange();
            change.diagnosticId = d.id;
            change.seq = ++seq;
            change.questionId = c.question();
            change.oldState = c.before() == null ? null : diagnostics.writeJson(c.before());
            change.newState = diagnostics.writeJson(c.after());
            change.changedBy = c.changedBy();
            change.changedAt = c.changedAt();
            change.persist();
        }
        for (ExportedSnapshot sn : export.snapshots()) {
            ScoreSnapshot snapshot = new ScoreSnapshot();
            snapshot.diagnosticId = d.id;
            snapshot.kind = ScoreSnapshot.Kind.valueOf(sn.kind().toUpperCase());
            snapshot.questionnaireId = sn.questionnaire().id();
            snapshot.questionnaireVersion = sn.questionnaire().version();
            snapshot.contentHash = sn.questionnaire().contentHash();
            snapshot.overallScore = sn.overallScore();
            snapshot.overallLevel = sn.overallLevel();
            snapshot.scoreCard = sn.scoreCard().toString();
            snapshot.createdBy = sn.createdBy();
            snapshot.createdAt = sn.createdAt();
            snapshot.persistAndFlush();
            diagnostics.snapshotNodes(snapshot, diagnostics.readScoreCard(snapshot.scoreCard));
        }
        plans.importPlan(d.id, plan, true, actor);
        Diagnostic.flush();
        return diagnostics.state(d);
    }

    private static void checkShape(Export export, List<Map<String, Object>> errors) {
        if (export == null) {
            errors.add(error("body", "an export document is required"));
            return;
        }
        if (!FORMAT.equals(export.format()) || export.formatVersion() == null
                || export.formatVersion() != FORMAT_VERSION) {
            errors.add(error("format", "expected format '" + FORMAT + "' version " + FORMAT_VERSION));
        }
        if (export.organization() == null || export.organization().siren() == null) {
            errors.add(error("organization.siren", "required"));
        }
        if (export.campaign() == null) {
            errors.add(error("campaign", "required"));
        }
        QuestionnairePin pin = export.questionnaire();
        if (pin == null || pin.id() == null || pin.version() == null || pin.contentHash() == null) {
            errors.add(error("questionnaire", "id, version and contentHash are required"));
        }
        DiagnosticInfo info = export.diagnostic();
        if (info == null || info.mode() == null || info.status() == null) {
            errors.add(error("diagnostic", "mode and status are required"));
        }
        if (export.answers() == null) {
            errors.add(error("answers", "required (may be empty)"));
        }
        if (export.history() == null) {
            errors.add(error("history", "required (may be empty)"));
        }
        if (export.snapshots() == null) {
            errors.add(error("snapshots", "required (may be empty)"));
        } else {
            for (int i = 0; i < export.snapshots().size(); i++) {
                ExportedSnapshot sn = export.snapshots().get(i);
                if (sn.kind() == null || !Set.of("submitted", "validated").contains(sn.kind()) || sn.scoreCard() == null
                        || sn.questionnaire() == null || sn.createdAt() == null || sn.createdBy() == null) {
                    errors.add(error("snapshots[" + i + "]", "kind (submitted|validated), questionnaire, scoreCard, "
                            + "createdBy and createdAt are required"));
                }
            }
        }
        if (export.history() != null) {
            for (int i = 0; i < export.history().size(); i++) {
                ExportedChange c = export.history().get(i);
                if (c.question() == null || c.after() == null || c.changedBy() == null || c.changedAt() == null) {
                    errors.add(error("history[" + i + "]", "question, after, changedBy and changedAt are required"));
                }
            }
        }
    }

    /** Snapshots carry score cards as computed then: they must at least have the score card's shape. */
    private void checkScoreCards(Export export, List<Map<String, Object>> errors) {
        for (int i = 0; i < export.snapshots().size(); i++) {
            String field = "snapshots[" + i + "].scoreCard";
            try {
                ScoreCard card = diagnostics.readScoreCard(export.snapshots().get(i).scoreCard().toString());
                if (card.overall() == null || card.axes() == null || card.completeness() == null
                        || card.axes().stream().anyMatch(a -> a == null || a.id() == null || a.themes() == null
                                || a.completeness() == null
                                || a.themes().stream().anyMatch(t -> t == null || t.id() == null
                                        || t.completeness() == null))) {
                    errors.add(error(field, "a score card has overall, axes (with ids, themes and completeness) "
                            + "and completeness"));
                }
            } catch (IllegalStateException e) {
                errors.add(error(field, "not a score card"));
            }
        }
    }

    private static void checkAnswers(Export export, Questionnaire q, List<Map<String, Object>> errors) {
        List<AnswerInput> inputs = new ArrayList<>();
        for (ExportedAnswer a : export.answers()) {
            inputs.add(new AnswerInput(a.question(), JsonValues.plain(a.value()), a.notApplicable()));
        }
        AnswerValidator.validate(q, inputs).problems()
                .forEach(p -> errors.add(error("answers[" + p.index() + "]", p.message())));
        for (int i = 0; i < export.answers().size(); i++) {
            ExportedAnswer a = export.answers().get(i);
            if (a.comment() != null && a.comment().length() > DiagnosticService.MAX_TEXT
                    || a.note() != null && a.note().length() > DiagnosticService.MAX_TEXT
                    || a.evidence() != null && a.evidence().length() > DiagnosticService.MAX_EVIDENCE) {
                errors.add(error("answers[" + i + "]", "comment, note or evidence is too long"));
            }
            checkAssessment(a, q, "answers[" + i + "].assessment", errors);
        }
    }

    /** An exported assessment: complete, on a question scored by the facilitator, points within 0..maxScore. */
    private static void checkAssessment(ExportedAnswer a, Questionnaire q, String field,
            List<Map<String, Object>> errors) {
        ExportedAssessment assessment = a.assessment();
        if (assessment == null) {
            return;
        }
        var question = q.question(a.question()).orElse(null);
        if (question == null || !question.facilitatorScored()) {
            errors.add(error(field, "question '" + a.question() + "' is not scored by the facilitator"));
        } else if (assessment.points() == null || assessment.points().signum() < 0
                || assessment.points().compareTo(BigDecimal.valueOf(question.maxScore())) > 0
                || assessment.points().stripTrailingZeros().scale() > 2) {
            errors.add(error(field + ".points", "points from 0 to " + question.maxScore() + ", two decimals at most"));
        } else if (assessment.justification() == null || assessment.justification().isBlank()
                || assessment.justification().length() > DiagnosticService.MAX_TEXT || assessment.assessedBy() == null
                || assessment.assessedBy().isBlank() || assessment.assessedBy().length() > 300
                || assessment.assessedAt() == null || assessment.assessedValue() == null
                || assessment.assessedValue().isNull()) {
            errors.add(error(field, "an assessment has points, a justification, assessedBy, assessedAt and "
                    + "assessedValue"));
        }
    }

    private static void fail(List<Map<String, Object>> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException("invalid-import", "Invalid import", errors.size()
                    + " problem(s) in the export document; nothing was imported.", errors);
        }
    }

    private static Map<String, Object> error(String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }
}
