package org.odmaturity.comparison;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the regional comparisons ({@code odm.comparison.*}). */
@ConfigMapping(prefix = "odm.comparison")
public interface ComparisonConfig {

    /**
     * The départements the map always draws (env ODM_COMPARISON_MAP_DEPARTEMENTS, comma-separated COG codes): the
     * partnership's region, the Grand Est by default. Départements of participating organisations outside it are
     * drawn as well; overseas ones have no outline and are listed under the map.
     */
    @WithDefault("08,10,51,52,54,55,57,67,68,88")
    List<String> mapDepartements();
}
