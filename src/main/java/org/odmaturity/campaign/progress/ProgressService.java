package org.odmaturity.campaign.progress;

import java.text.Collator;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.odmaturity.campaign.Campaign;
import org.odmaturity.campaign.mail.CampaignMessages;
import org.odmaturity.campaign.mail.MessageStatus;
import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.diagnostic.DiagnosticOverview;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.organization.OrganizationType;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.registry.QuestionnaireRegistry;
import org.odmaturity.security.Actor;
import org.odmaturity.time.Instants;

/**
 * A campaign's progress, organisation by organisation. Who sees what: admins every diagnostic of the campaign,
 * facilitators those assigned to them (as everywhere, {@code DiagnosticAccess}). Six queries whatever the number of
 * organisations: the diagnostics with their organisation and facilitator, their invitation links, their first
 * answers, their campaign emails ({@link CampaignMessages#lastByDiagnostic}), then answered-over-relevant ({@link DiagnosticOverview#answered}: snapshots of the submitted ones, the
 * answers of the drafts). Filters on the organisation in the query, on the stage and the text in memory.
 */
@ApplicationScoped
public class ProgressService {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final EntityManager em;
    private final DiagnosticOverview overview;
    private final QuestionnaireRegistry registry;
    private final CampaignMessages messages;

    public ProgressService(EntityManager em, DiagnosticOverview overview, QuestionnaireRegistry registry,
            CampaignMessages messages) {
        this.em = em;
        this.overview = overview;
        this.registry = registry;
        this.messages = messages;
    }

    @Transactional
    public CampaignProgress progress(long campaignId, ProgressQuery query, Actor actor) {
        Campaign campaign = Campaign.findById(campaignId);
        if (campaign == null) {
            throw new ResourceNotFoundException("No campaign " + campaignId + ".");
        }
        StringBuilder where = new StringBuilder(" where d.campaignId = :campaign");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("campaign", campaignId);
        if (!actor.admin()) {
            where.append(" and d.facilitatorId = :user");
            params.put("user", actor.userId());
        }
        if (query.type() != null) {
            where.append(" and o.type = :type");
            params.put("type", query.type());
        }
        if (query.departement() != null) {
            where.append(" and o.departementCode = :departement");
            params.put("departement", query.departement());
        }
        TypedQuery<Object[]> select = em.createQuery("""
                select d.id, o.id, o.name, o.siren, o.type, o.departementCode, d.mode, d.status, d.deadline,
                       u.displayName, d.submittedAt, d.validatedAt
                from Diagnostic d join Organization o on o.id = d.organizationId
                     left join AppUser u on u.id = d.facilitatorId
                """ + where, Object[].class);
        params.forEach(select::setParameter);
        List<Object[]> diagnostics = select.getResultList();
        String text = query.text() == null ? null : fold(query.text());
        if (text != null) {
            diagnostics = diagnostics.stream().filter(r -> fold((String) r[2]).contains(text)
                    || ((String) r[3]).startsWith(text)).toList();
        }

        Instant now = Instants.now();
        Map<Long, Instant[]> links = new HashMap<>();
        em.createQuery("""
                select i.diagnosticId,
                       min(case when i.revokedAt is null and i.expiresAt > :now then i.createdAt end),
                       max(i.lastUsedAt)
                from Invitation i where i.diagnosticId in (select d.id from Diagnostic d where d.campaignId = :c)
                group by i.diagnosticId
                """, Object[].class).setParameter("now", now).setParameter("c", campaignId).getResultList()
                .forEach(r -> links.put((Long) r[0], new Instant[] { (Instant) r[1], (Instant) r[2] }));
        Map<Long, Instant> started = new HashMap<>();
        em.createQuery("""
                select a.diagnosticId, min(a.changedAt) from AnswerChange a
                where a.diagnosticId in (select d.id from Diagnostic d where d.campaignId = :c)
                group by a.diagnosticId
                """, Object[].class).setParameter("c", campaignId).getResultList()
                .forEach(r -> started.put((Long) r[0], (Instant) r[1]));
        Map<Long, CampaignMessages.MessageSummary> emails = messages.lastByDiagnostic(campaignId);
        Map<Long, DiagnosticStatus> statuses = new LinkedHashMap<>();
        diagnostics.forEach(r -> statuses.put((Long) r[0], (DiagnosticStatus) r[7]));
        Questionnaire q = registry.find(campaign.questionnaireId, campaign.questionnaireVersion)
                .map(QuestionnaireRegistry.Entry::questionnaire).orElse(null);
        Map<Long, DiagnosticOverview.Answered> answered = q == null ? Map.of() : overview.answered(q, statuses);

        LocalDate today = LocalDate.now(PARIS);
        List<CampaignProgress.Row> rows = new ArrayList<>();
        for (Object[] r : diagnostics) {
            long id = (Long) r[0];
            DiagnosticStatus status = (DiagnosticStatus) r[7];
            Instant[] link = links.getOrDefault(id, new Instant[2]);
            Instant firstAnswer = started.get(id);
            Instant submittedAt = (Instant) r[10];
            Instant validatedAt = (Instant) r[11];
            LocalDate deadline = (LocalDate) r[8];
            LocalDate due = deadline != null ? deadline : campaign.closesOn;
            boolean overdue = status == DiagnosticStatus.DRAFT && due != null && due.isBefore(today);
            Stage stage = status == DiagnosticStatus.VALIDATED ? Stage.VALIDATED
                    : status == DiagnosticStatus.SUBMITTED ? Stage.SUBMITTED
                    : firstAnswer != null ? Stage.STARTED
                    : link[1] != null ? Stage.LINK_USED
                    : link[0] != null ? Stage.INVITED : Stage.ENROLLED;
            if (query.stage() != null && stage != query.stage() || query.overdue() && !overdue) {
                continue;
            }
            DiagnosticOverview.Answered a = answered.getOrDefault(id, new DiagnosticOverview.Answered(0, 0));
            rows.add(new CampaignProgress.Row(id, (Long) r[1], (String) r[2], (String) r[3], (OrganizationType) r[4],
                    (String) r[5], (DiagnosticMode) r[6], status, stage, deadline, overdue, (String) r[9], link[0],
                    link[1], firstAnswer, a.answered(), a.relevant(), a.percent(),
                    status == DiagnosticStatus.DRAFT ? null : submittedAt,
                    status == DiagnosticStatus.VALIDATED ? validatedAt : null, email(emails.get(id))));
        }
        Collator collator = Collator.getInstance(Locale.FRENCH);
        rows.sort(Comparator.comparing(CampaignProgress.Row::organization, collator)
                .thenComparing(CampaignProgress.Row::diagnosticId));
        return new CampaignProgress(campaign.id, campaign.name, summary(rows), rows);
    }

    private static CampaignProgress.Email email(CampaignMessages.MessageSummary last) {
        return last == null ? null
                : new CampaignProgress.Email(last.kind(), last.status(), last.queuedAt(), last.sentAt(),
                        last.sentCount());
    }

    private static CampaignProgress.Summary summary(List<CampaignProgress.Row> rows) {
        Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            stages.put(s, 0);
        }
        rows.forEach(r -> stages.merge(r.stage(), 1, Integer::sum));
        return new CampaignProgress.Summary(rows.size(),
                (int) rows.stream().filter(r -> r.invitedAt() != null).count(),
                (int) rows.stream().filter(r -> r.linkUsedAt() != null).count(),
                (int) rows.stream().filter(r -> r.startedAt() != null).count(),
                (int) rows.stream().filter(r -> r.submittedAt() != null).count(),
                (int) rows.stream().filter(r -> r.validatedAt() != null).count(),
                (int) rows.stream().filter(CampaignProgress.Row::overdue).count(),
                (int) rows.stream().filter(r -> r.email() != null && r.email().sentCount() > 0).count(),
                (int) rows.stream().filter(r -> r.email() != null && r.email().status() == MessageStatus.FAILED)
                        .count(), stages);
    }

    /** Lower case without accents: "Sélestat" matches "selestat". */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
