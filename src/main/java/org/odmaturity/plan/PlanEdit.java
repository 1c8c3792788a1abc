package org.odmaturity.plan;

import java.time.LocalDate;
import java.util.List;

import org.odmaturity.questionnaire.model.Effort;
import org.odmaturity.questionnaire.model.Horizon;

/**
 * A curation of an improvement plan, as {@link PlanService#curate} takes it: the plan's actions in their new order
 * with their fields, and the targets to set or clear. The API reads it from JSON ({@link PlanEditJson}), the curation
 * pages build it from the stored plan and the form; neither checks it against the questionnaire: the service does,
 * and answers with {@link PlanProblem}s.
 *
 * @param actions the actions in order; an action left out is dropped
 * @param targets the targets to change, in the order they were given; the other axes keep theirs
 */
public record PlanEdit(List<Action> actions, List<Target> targets) {

    /** The longest wording of an action, in characters (code points). */
    public static final int MAX_TEXT = 2000;
    /** The longest owner of an action, in characters (code points). */
    public static final int MAX_OWNER = 200;

    public PlanEdit {
        actions = List.copyOf(actions);
        targets = List.copyOf(targets);
    }

    /**
     * One action of the curated plan; every field null means "not set".
     *
     * @param id     a suggested action's {@code q:<question>}, a custom action's {@code custom-<n>}, or null for a new
     *               custom action
     * @param text   the wording (a suggested action: a rewording; null keeps the questionnaire's)
     * @param axis   a custom action's axis (a suggested action stays in its question's)
     * @param theme  a custom action's theme
     * @param effort the effort (a suggested action: when it differs from the recommendation's)
     */
    public record Action(String id, String text, String axis, String theme, Effort effort, Horizon horizon,
            String owner, LocalDate dueDate) {
    }

    /** The target level of an axis: {@code level} null returns the axis to its default target. */
    public record Target(String axis, String level) {
    }
}
