package org.odmaturity.plan;

import java.time.Instant;
import java.util.List;

/**
 * The plan of an export coming back ({@link PlanService#checkImport}), as read from its JSON by
 * {@link PlanExportJson}: its actions and targets (a curation; unlike a PUT, the targets are the whole set), the
 * recommendation each suggested action was kept with, and what only a stored plan has. Fields that could not be read
 * are null (the reader reported them).
 *
 * @param sources          the {@code source} of the actions that have one
 * @param version          the plan's version when exported (null: not said)
 * @param nextCustomNumber the number of the next custom action (null: not said)
 */
public record ImportedPlan(PlanEdit edit, List<Source> sources, Long version, String createdBy, Instant createdAt,
        String updatedBy, Instant updatedAt, Long nextCustomNumber) {

    public ImportedPlan {
        sources = List.copyOf(sources);
    }

    /**
     * The recommendation an action of the export says it was kept with.
     *
     * @param index  the action's place in the list
     * @param id     the action's {@code id} as exported (null when it is not a text)
     * @param source {@code question} or {@code option:<id>} (an empty text when it is not a text)
     */
    public record Source(int index, String id, String source) {
    }
}
