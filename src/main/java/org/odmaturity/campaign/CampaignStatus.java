package org.odmaturity.campaign;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a campaign stands. JSON and query parameters use {@link #apiName()}. */
public enum CampaignStatus {

    /** Being prepared: not yet open to diagnostics. */
    DRAFT("draft", "Brouillon", "Draft"),
    /** Diagnostics are under way. */
    OPEN("open", "Ouverte", "Open"),
    /** Finished: results are final. */
    CLOSED("closed", "Clôturée", "Closed");

    private final String apiName;
    private final String labelFr;
    private final String labelEn;

    CampaignStatus(String apiName, String labelFr, String labelEn) {
        this.apiName = apiName;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    @JsonValue
    public String apiName() {
        return apiName;
    }

    public String labelFr() {
        return labelFr;
    }

    public String labelEn() {
        return labelEn;
    }

    public static Optional<CampaignStatus> fromApiName(String name) {
        return Arrays.stream(values()).filter(s -> s.apiName.equals(name)).findFirst();
    }
}
