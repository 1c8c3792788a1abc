package org.odmaturity.plan.web;

import java.util.Locale;
import java.util.Optional;

/**
 * What a post of the plan page asks for: the {@code op} field of its forms (the row buttons, the add, targets and
 * regeneration forms). One enum instead of strings compared here and there; the form values stay the lower-case names.
 */
enum PlanOp {
    /** Moves the action {@code key} one row up. */
    UP,
    /** Moves the action {@code key} one row down. */
    DOWN,
    /** Drops a suggested action (it can be restored) or deletes an added one (after a confirmation). */
    DROP,
    /** Puts a dropped suggested action back, at the end. */
    RESTORE,
    /** Adds a custom action (the add form). */
    ADD,
    /** Sets the target level of each axis ({@code target.<axis>}). */
    TARGETS,
    /** Replaces the plan by the suggestion (after a confirmation). */
    REGENERATE;

    /** The op a form value names, if any. */
    static Optional<PlanOp> of(String value) {
        for (PlanOp op : values()) {
            if (op.value().equals(value)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    /** As the forms write it: {@code up}, {@code regenerate}… */
    String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
