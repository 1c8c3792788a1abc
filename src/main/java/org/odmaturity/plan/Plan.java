package org.odmaturity.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.odmaturity.questionnaire.model.Effort;
import org.odmaturity.questionnaire.model.Horizon;

/**
 * An improvement plan as the service works with it, stored or not: the actions in order and the explicit targets.
 *
 * @param curated   whether it is stored (a facilitator or an admin curated or regenerated it)
 * @param version   its ETag: 0 for a plan never stored
 * @param targets   axis id → level id, for the axes whose target was set explicitly (the others: the default)
 */
public record Plan(boolean curated, long version, Instant updatedAt, String updatedBy, Map<String, String> targets,
        List<Item> items) {

    public Plan {
        targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
        items = List.copyOf(items);
    }

    /**
     * One action.
     *
     * @param key        {@code q:<questionId>} or {@code q:<questionId>:<n>} (suggested) or {@code custom-<n>}
     * @param questionId null for a custom action
     * @param source     a suggested action's recommendation when it was kept ({@code option:<id>}, {@code question},
     *                   with {@code :<n>} for the n-th of a list)
     * @param text       a custom action's text, or the curator's wording of a suggested one (null: the questionnaire's)
     * @param effort     null: the recommendation's
     * @param horizon    null: the recommendation's
     */
    public record Item(String key, String questionId, String source, String axisId, String themeId, String text,
            Effort effort, Horizon horizon, String owner, LocalDate dueDate) {

        public boolean custom() {
            return questionId == null;
        }
    }

    /** The suggestion as a plan (not stored). */
    public static Plan of(PlanGenerator.Suggestion suggestion, long version) {
        return new Plan(false, version, null, null, Map.of(), suggestion.actions().stream().map(Plan::item).toList());
    }

    static Item item(SuggestedAction a) {
        return new Item(a.key(), a.questionId(), a.source(), a.axisId(), a.themeId(), null, null, null, null, null);
    }
}
