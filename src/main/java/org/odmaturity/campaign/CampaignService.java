package org.odmaturity.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.hibernate.StaleStateException;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.PreconditionFailedException;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.questionnaire.registry.QuestionnaireRegistry;

/** Creates, lists and updates campaigns, and pins their questionnaire version; owns the transactions. */
@ApplicationScoped
public class CampaignService {

    private final QuestionnaireRegistry registry;

    public CampaignService(QuestionnaireRegistry registry) {
        this.registry = registry;
    }

    /**
     * Creates a campaign on a served questionnaire version (else 422), and records that version as used: its content
     * can no longer change.
     */
    @Transactional
    public Campaign create(CampaignRequest request) {
        CampaignRequest.QuestionnaireRef ref = request.questionnaire();
        QuestionnaireRegistry.Entry entry = registry.find(ref.id(), ref.version())
                .orElseThrow(() -> invalidQuestionnaire("no questionnaire '" + ref.id() + "' version " + ref.version()
                        + " is served (see GET /api/questionnaires)"));
        if (!registry.recordUse(entry)) {
            throw new ConflictException("questionnaire", "Questionnaire '" + ref.id() + "' version " + ref.version()
                    + " was recorded meanwhile with another content; try again once the questionnaires are reloaded.");
        }
        Campaign campaign = new Campaign();
        campaign.questionnaireId = ref.id();
        campaign.questionnaireVersion = ref.version();
        apply(campaign, request);
        campaign.status = request.status() == null ? CampaignStatus.DRAFT : request.status();
        campaign.persistAndFlush();
        return campaign;
    }

    @Transactional
    public Campaign get(long id) {
        return Campaign.<Campaign>findByIdOptional(id)
                .orElseThrow(() -> new ResourceNotFoundException("No campaign " + id + "."));
    }

    /** Newest year first, then by name; both filters optional. */
    @Transactional
    public List<Campaign> list(Integer year, CampaignStatus status) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (year != null) {
            where.add("year = :year");
            params.put("year", year);
        }
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        String order = "order by year desc, lower(name), id";
        return where.isEmpty() ? Campaign.list(order)
                : Campaign.list(String.join(" and ", where) + " " + order, params);
    }

    /**
     * Replaces the campaign's fields; 412 unless {@code expected} names the current version, 422 if the questionnaire
     * differs from the pinned one. An absent status keeps the current one.
     */
    @Transactional
    public Campaign update(long id, ExpectedVersion expected, CampaignRequest request) {
        Campaign campaign = get(id);
        expected.check(campaign.version, "campaign " + id);
        CampaignRequest.QuestionnaireRef ref = request.questionnaire();
        if (!ref.id().equals(campaign.questionnaireId) || ref.version() != campaign.questionnaireVersion) {
            throw invalidQuestionnaire("the questionnaire of a campaign cannot change: this one is pinned to '"
                    + campaign.questionnaireId + "' version " + campaign.questionnaireVersion
                    + "; create a new campaign for another questionnaire");
        }
        apply(campaign, request);
        if (request.status() != null) {
            campaign.status = request.status();
        }
        try {
            Campaign.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw new PreconditionFailedException("Campaign " + id + " was changed by someone else meanwhile. Read it "
                    + "again and re-apply your change.", null);
        }
        return campaign;
    }

    private static void apply(Campaign campaign, CampaignRequest request) {
        campaign.name = request.name().strip();
        campaign.year = request.year();
        campaign.opensOn = request.opensOn();
        campaign.closesOn = request.closesOn();
    }

    private static InvalidInputException invalidQuestionnaire(String message) {
        return new InvalidInputException("invalid-campaign", "Invalid campaign", "The campaign cannot use this "
                + "questionnaire.", List.of(Map.of("field", "questionnaire", "message", message)));
    }
}
