package org.odmaturity.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Demo data ({@code odm.demo-data.*}): a realistic data set of the Grand Est region seeded at start, so that a first
 * {@code ./mvnw quarkus:dev} shows something real. Enabled in dev mode only ({@code %dev.odm.demo-data.enabled=true});
 * {@link DemoDataSeeder} refuses it in a packaged (production) run whatever this says.
 */
@ConfigMapping(prefix = "odm.demo-data")
public interface DemoDataConfig {

    /** Seed the demo data at start (env ODM_DEMO_DATA_ENABLED). */
    @WithDefault("false")
    boolean enabled();

    /** The questionnaire the demo campaigns are pinned to (answers are generated from its definition). */
    @WithDefault("od-maturity")
    String questionnaireId();

    @WithDefault("1")
    int questionnaireVersion();

    /**
     * The version of the same questionnaire that the open pilot campaign uses (issue 16: od-maturity v2, while the
     * 2025 and 2026 campaigns stay pinned to {@link #questionnaireVersion()}); 0 for no pilot campaign. Skipped, with
     * a log line, when that version is not served.
     */
    @WithDefault("2")
    int pilotQuestionnaireVersion();
}
