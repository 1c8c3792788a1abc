package org.odmaturity.campaign;

import java.time.Instant;
import java.time.LocalDate;

/** A campaign as the API shows it; {@code version} is also sent as the ETag of the single resource. */
public record CampaignView(long id, String name, int year, CampaignRequest.QuestionnaireRef questionnaire,
        LocalDate opensOn, LocalDate closesOn, CampaignStatus status, Instant createdAt, long version) {

    public static CampaignView of(Campaign c) {
        return new CampaignView(c.id, c.name, c.year,
                new CampaignRequest.QuestionnaireRef(c.questionnaireId, c.questionnaireVersion), c.opensOn,
                c.closesOn, c.status, c.createdAt, c.version);
    }
}
