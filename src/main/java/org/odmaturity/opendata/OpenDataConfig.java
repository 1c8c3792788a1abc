package org.odmaturity.opendata;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the open data packages ({@code odm.open-data.*}): who publishes them. Read when a package is published:
 * a package already published keeps the producer it was published with until it is republished.
 */
@ConfigMapping(prefix = "odm.open-data")
public interface OpenDataConfig {

    /** The producer named in every package's {@code contributors} (env ODM_OPEN_DATA_PRODUCER_NAME). */
    @WithDefault("DataGrandEst")
    String producerName();

    /** The producer's web address (env ODM_OPEN_DATA_PRODUCER_URL). */
    @WithDefault("https://www.datagrandest.fr")
    String producerUrl();

    /** A contact address for questions about the data (env ODM_OPEN_DATA_PRODUCER_EMAIL); none by default. */
    Optional<String> producerEmail();
}
