package org.odmaturity.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Invitation links ({@code odm.invitations.*}). */
@ConfigMapping(prefix = "odm.invitations")
public interface InvitationConfig {

    /** How long a link stays valid when the request does not say. */
    @WithDefault("P30D")
    Duration validity();

    /** The longest validity a request may ask for. */
    @WithDefault("P180D")
    Duration maxValidity();
}
