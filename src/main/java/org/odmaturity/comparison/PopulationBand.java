package org.odmaturity.comparison;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.odmaturity.i18n.Labels;
import org.odmaturity.organization.OrganizationType;

/**
 * The population bands of the regional comparisons. Communes fall in a band by their population (lower bound
 * included, upper bound excluded, except the last); a commune whose population is not known is {@link #UNKNOWN};
 * every other kind of body is {@link #OTHER_BODIES} ("other bodies apart"), whatever its population.
 */
public enum PopulationBand {
    UNDER_3500("moins-de-3500"),
    FROM_3500_TO_20000("3500-20000"),
    FROM_20000_TO_100000("20000-100000"),
    OVER_100000("plus-de-100000"),
    UNKNOWN("inconnue"),
    OTHER_BODIES("autres");

    private final String key;

    PopulationBand(String key) {
        this.key = key;
    }

    /** The name in URLs and exports. */
    public String key() {
        return key;
    }

    /** The band of an organisation: communes by population, other bodies apart. */
    public static PopulationBand of(OrganizationType type, Integer population) {
        if (type != OrganizationType.COMMUNE) {
            return OTHER_BODIES;
        }
        if (population == null) {
            return UNKNOWN;
        }
        if (population < 3_500) {
            return UNDER_3500;
        }
        if (population < 20_000) {
            return FROM_3500_TO_20000;
        }
        if (population <= 100_000) {
            return FROM_20000_TO_100000;
        }
        return OVER_100000;
    }

    public static Optional<PopulationBand> fromKey(String key) {
        return Arrays.stream(values()).filter(b -> b.key.equals(key)).findFirst();
    }

    public static String keys() {
        return Arrays.stream(values()).map(PopulationBand::key).collect(Collectors.joining(", "));
    }

    /** The label in a language ({@code fr} or {@code en}), from {@link Labels}. */
    public String label(String language) {
        return Labels.of(language).label("population.band", this);
    }
}
