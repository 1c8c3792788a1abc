package org.odmaturity.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Signed-in web sessions ({@code odm.sessions.*}). */
@ConfigMapping(prefix = "odm.sessions")
public interface StaffSessionConfig {

    /** A session unused this long ends (a facilitator's one-hour interview never hits it). */
    @WithDefault("PT4H")
    Duration idle();

    /** A session ends this long after sign-in, used or not. */
    @WithDefault("PT12H")
    Duration max();
}
