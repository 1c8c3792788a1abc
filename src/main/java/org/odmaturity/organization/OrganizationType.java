package org.odmaturity.organization;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.odmaturity.i18n.Labels;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of public bodies that take the diagnostic. JSON and query parameters use {@link #apiName()}. */
public enum OrganizationType {

    COMMUNE("commune"),
    EPCI("epci"),
    DEPARTEMENT("departement"),
    REGION("region"),
    SYNDICAT("syndicat"),
    ETABLISSEMENT_PUBLIC("etablissement-public"),
    ASSOCIATION("association"),
    AUTRE("autre");

    private final String apiName;

    OrganizationType(String apiName) {
        this.apiName = apiName;
    }

    /** The name in JSON and URLs: lower case, words joined by '-' ({@code etablissement-public}). */
    @JsonValue
    public String apiName() {
        return apiName;
    }

    /** The label in a language ({@code fr} or {@code en}; French otherwise), from {@link Labels}. */
    public String label(String language) {
        return Labels.of(language).label("organization.type", this);
    }

    public static Optional<OrganizationType> fromApiName(String name) {
        return Arrays.stream(values()).filter(t -> t.apiName.equals(name)).findFirst();
    }

    /** The accepted names, for messages: {@code commune, epci, …}. */
    public static String apiNames() {
        return Arrays.stream(values()).map(OrganizationType::apiName).collect(Collectors.joining(", "));
    }
}
