package org.odmaturity.questionnaire.registry;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when at least one questionnaire is served; lists refused files and their first errors so that operators see
 * a broken file without reading the logs.
 */
@Readiness
@ApplicationScoped
public class QuestionnairesHealthCheck implements HealthCheck {

    private final QuestionnaireRegistry registry;

    public QuestionnairesHealthCheck(QuestionnaireRegistry registry) {
        this.registry = registry;
    }

    @Override
    public HealthCheckResponse call() {
        QuestionnaireRegistry.Snapshot snapshot = registry.snapshot();
        long listed = snapshot.entries().values().stream().filter(QuestionnaireRegistry.Entry::listed).count();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("questionnaires")
                .status(listed > 0)
                .withData("loaded", listed)
                .withData("recordedOnly", snapshot.entries().size() - listed)
                .withData("refused", snapshot.refused().size());
        snapshot.refused().forEach(file -> response.withData("refused: " + file.file(),
                file.errors().size() + " error(s), first: " + file.errors().get(0)));
        return response.build();
    }
}
