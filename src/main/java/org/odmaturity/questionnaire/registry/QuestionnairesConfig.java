package org.odmaturity.questionnaire.registry;

import java.nio.file.Path;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where questionnaire files live and how they are loaded ({@code odm.questionnaires.*}). */
@ConfigMapping(prefix = "odm.questionnaires")
public interface QuestionnairesConfig {

    /** Folder of questionnaire files, relative to the working directory or absolute (env ODM_QUESTIONNAIRES_DIR). */
    @WithDefault("questionnaires")
    Path dir();

    /** Re-read the folder when its files change (dev mode). */
    @WithDefault("false")
    boolean watch();

    /** Record a version's content hash as soon as it is loaded, making it immutable from then on. */
    @WithDefault("true")
    boolean pinOnLoad();
}
