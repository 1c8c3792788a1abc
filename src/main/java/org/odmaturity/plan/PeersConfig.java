package org.odmaturity.plan;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Peer comparison in improvement plans ({@code odm.peers.*}). */
@ConfigMapping(prefix = "odm.peers")
public interface PeersConfig {

    /**
     * The smallest peer group whose averages and quartiles are shown (env ODM_PEERS_MINIMUM_GROUP_SIZE): below it,
     * figures could single out an organisation, so only the count is given.
     */
    @WithDefault("5")
    @Min(2)
    int minimumGroupSize();
}
