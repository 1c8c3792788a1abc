package org.odmaturity.plan;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/** Peer comparison in improvement plans ({@code odm.peers.*}). */
@ConfigMapping(prefix = "odm.peers")
public interface PeersConfig {

    /**
     * The smallest peer group whose averages and quartiles are shown (env ODM_PEERS_MINIMUM_GROUP_SIZE): below it,
     * figures could single out an organisation, so only the count is given. At least 2 ({@link MinimumGroupSize}).
     */
    @WithDefault("5")
    @WithConverter(MinimumGroupSize.class)
    Integer minimumGroupSize();
}
