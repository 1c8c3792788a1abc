package org.odmaturity.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The curated plan of a diagnostic as its export carries it ({@link PlanService#exportPlan}; written as JSON by
 * {@link PlanExportJson}): what the curator set, nothing resolved.
 *
 * @param nextCustomNumber the number the next custom action will get
 * @param targets          every target set: axis id → level id
 * @param actions          the actions in order, as stored
 */
public record ExportedPlan(long version, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
        int nextCustomNumber, Map<String, String> targets, List<Plan.Item> actions) {
}
