package org.odmaturity.privacy;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The retention of personal data ({@code odm.privacy.*}; docs/operations.md and docs/privacy.md). */
@ConfigMapping(prefix = "odm.privacy")
public interface PrivacyConfig {

    /**
     * How long an organisation's contact (name, email, phone) is kept after the organisation's last activity (its
     * last change, or the last change of one of its diagnostics). Default 1,095 days (three years).
     */
    @WithDefault("P1095D")
    Duration contactRetention();

    /** How long a directory import's preview that was never confirmed is kept (it holds the file's contacts). */
    @WithDefault("P7D")
    Duration previewRetention();

    /** When the purge runs (a Quartz-style cron; default every night at 03:30). "off" disables it. */
    @WithDefault("0 30 3 * * ?")
    String purgeCron();
}
