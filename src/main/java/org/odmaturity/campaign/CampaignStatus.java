package org.odmaturity.campaign;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a campaign stands. JSON and query parameters use {@link #apiName()}; labels: {@code campaign.status.*}. */
public enum CampaignStatus {

    /** Being prepared: not yet open to diagnostics. */
    DRAFT("draft"),
    /** Diagnostics are under way. */
    OPEN("open"),
    /** Finished: results are final. */
    CLOSED("closed");

    private final String apiName;

    CampaignStatus(String apiName) {
        this.apiName = apiName;
    }

    @JsonValue
    public String apiName() {
        return apiName;
    }

    public static Optional<CampaignStatus> fromApiName(String name) {
        return Arrays.stream(values()).filter(s -> s.apiName.equals(name)).findFirst();
    }
}
