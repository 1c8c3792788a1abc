package org.odmaturity.organization;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of public bodies that take the diagnostic. JSON and query parameters use {@link #apiName()}. */
public enum OrganizationType {

    COMMUNE("commune", "Commune", "Municipality"),
    EPCI("epci", "Établissement public de coopération intercommunale", "Inter-municipal cooperation body"),
    DEPARTEMENT("departement", "Département", "Département (county council)"),
    REGION("region", "Région", "Region"),
    SYNDICAT("syndicat", "Syndicat mixte ou intercommunal", "Joint authority"),
    ETABLISSEMENT_PUBLIC("etablissement-public", "Établissement public", "Public body"),
    ASSOCIATION("association", "Association", "Non-profit association"),
    AUTRE("autre", "Autre", "Other");

    private final String apiName;
    private final String labelFr;
    private final String labelEn;

    OrganizationType(String apiName, String labelFr, String labelEn) {
        this.apiName = apiName;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    /** The name in JSON and URLs: lower case, words joined by '-' ({@code etablissement-public}). */
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

    /** The label in a language ({@code fr} or {@code en}; French otherwise). */
    public String label(String language) {
        return "en".equals(language) ? labelEn : labelFr;
    }

    public static Optional<OrganizationType> fromApiName(String name) {
        return Arrays.stream(values()).filter(t -> t.apiName.equals(name)).findFirst();
    }

    /** The accepted names, for messages: {@code commune, epci, …}. */
    public static String apiNames() {
        return Arrays.stream(values()).map(OrganizationType::apiName).collect(Collectors.joining(", "));
    }
}
