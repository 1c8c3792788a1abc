package org.odmaturity.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a plan (a curation, an imported plan) was refused, found by checking it against the questionnaire, the
 * suggestion and the stored plan. Typed, so that each reader says it in its own words: the API with {@link #message()}
 * (English, in its problem details), the curation pages from their message bundle by {@link #code()}.
 *
 * @param field where, relative to the plan: {@code actions[2].id}, {@code targets.piloter}, {@code nextCustomNumber}
 * @param args  what the message names (ids, lists of ids), by name
 */
public record PlanProblem(String field, Code code, Map<String, Object> args) {

    /** What is wrong. */
    public enum Code {
        /** {@code source} on an action that is not a suggested one. */
        SOURCE_NOT_SUGGESTED,
        /** a {@code source} that is not a recommendation of the action's question ({@code question}). */
        SOURCE_UNKNOWN,
        /** no axis {@code axis} ({@code axes}: the known ones). */
        NO_AXIS,
        /** a target that is not a level ({@code levels}: the known ones). */
        NOT_A_LEVEL,
        /** the action {@code id} is listed twice. */
        DUPLICATE,
        /** no suggested action {@code id} where it may come from ({@code where}). */
        NO_SUGGESTED_ACTION,
        /** a suggested action moved out of its question's axis ({@code axis}). */
        AXIS_FIXED,
        /** a suggested action moved out of its question's theme ({@code theme}). */
        THEME_FIXED,
        /** no action {@code id} in the plan. */
        NO_ACTION,
        /** a custom action without text. */
        TEXT_REQUIRED,
        /** no theme {@code theme}. */
        NO_THEME,
        /** theme {@code theme} is not in axis {@code axis}. */
        THEME_NOT_IN_AXIS,
        /** the next custom number is not above every custom action's ({@code highest}). */
        CUSTOM_NUMBER_USED
    }

    /** Where a suggested action that is not in the suggestion may come from (for {@link Code#NO_SUGGESTED_ACTION}). */
    enum Where {
        CURRENT_PLAN("in this plan or in the current suggestion"),
        STORED_PLAN("in the diagnostic's stored plan or in the suggestion of the imported answers"),
        EXPORTED_PLAN("in the suggestion of the imported answers, nor kept in the exported plan (a kept action "
                + "carries the \"source\" of its recommendation)");

        private final String text;

        Where(String text) {
            this.text = text;
        }
    }

    public PlanProblem {
        args = Map.copyOf(args);
    }

    static PlanProblem of(String field, Code code, Object... namesAndValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new PlanProblem(field, code, args);
    }

    /** The argument {@code name} as text ("" when absent). */
    public String arg(String name) {
        Object value = args.get(name);
        return value == null ? "" : value.toString();
    }

    /** The problem in English, as the API has always said it. */
    public String message() {
        return switch (code) {
            case SOURCE_NOT_SUGGESTED -> "only a suggested action (\"id\": \"q:…\" of a question) has a source";
            case SOURCE_UNKNOWN -> "source is 'question' or 'option:<id>' of an option of question '"
                    + arg("question") + "'";
            case NO_AXIS -> "no axis '" + arg("axis") + "' (axes: " + arg("axes") + ")";
            case NOT_A_LEVEL -> "the target is a level id (levels: " + arg("levels") + ") or null for the default";
            case DUPLICATE -> "action '" + arg("id") + "' appears twice";
            case NO_SUGGESTED_ACTION -> "no suggested action '" + arg("id") + "' "
                    + ((Where) args.get("where")).text;
            case AXIS_FIXED -> "a suggested action stays in the axis of its question ('" + arg("axis") + "')";
            case THEME_FIXED -> "a suggested action stays in the theme of its question ('" + arg("theme") + "')";
            case NO_ACTION -> "no action '" + arg("id") + "' in this plan (a new custom action has no id)";
            case TEXT_REQUIRED -> "a custom action needs its text";
            case NO_THEME -> "no theme '" + arg("theme") + "'";
            case THEME_NOT_IN_AXIS -> "theme '" + arg("theme") + "' is not in axis '" + arg("axis") + "'";
            case CUSTOM_NUMBER_USED -> "nextCustomNumber is greater than the number of every custom action (custom-"
                    + arg("highest") + ")";
        };
    }

    /** As the API's problem details list it: {@code {"field": …, "message": …}}. */
    public Map<String, Object> toError() {
        return error(field, message());
    }

    static Map<String, Object> error(String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }
}
