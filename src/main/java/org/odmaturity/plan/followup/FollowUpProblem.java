package org.odmaturity.plan.followup;

import java.util.Map;

/**
 * Why a follow-up was refused. Typed, so that each reader says it in its own words: the API with {@link #message()}
 * (English, in its problem details), the follow-up pages from their message bundle by {@link #code()}.
 *
 * @param field {@code status}, {@code date} or {@code note}
 */
public record FollowUpProblem(String field, Code code) {

    public enum Code {
        /** no status given. */
        STATUS_REQUIRED,
        /** a status that is none of todo, in_progress, done, abandoned. */
        STATUS_UNKNOWN,
        /** a status date after today. */
        DATE_IN_FUTURE,
        /** a note longer than {@value FollowUpService#NOTE_MAX} characters. */
        NOTE_TOO_LONG,
        /** a note with a character that cannot be stored (NUL, lone surrogate). */
        NOTE_UNSTORABLE
    }

    public String message() {
        return switch (code) {
            case STATUS_REQUIRED -> "A status is required: todo, in_progress, done or abandoned.";
            case STATUS_UNKNOWN -> "Unknown status: use todo, in_progress, done or abandoned.";
            case DATE_IN_FUTURE -> "The status date cannot be after today.";
            case NOTE_TOO_LONG -> "The note has more than " + FollowUpService.NOTE_MAX + " characters.";
            case NOTE_UNSTORABLE -> "The note has a character that cannot be stored (NUL or a lone surrogate).";
        };
    }

    Map<String, Object> toError() {
        return Map.of("field", field, "code", code.name().toLowerCase(java.util.Locale.ROOT), "message", message());
    }
}
