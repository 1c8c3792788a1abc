package org.odmaturity.plan.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The follow-up of one diagnostic's plan: its actions in plan order (rank 1 first), each with where it stands.
 *
 * @param validated   whether the diagnostic is validated (only then may its follow-up change)
 * @param validatedOn the day it was validated (Paris time), null if it is not
 * @param language    the language of the actions' texts
 */
public record FollowUps(long diagnosticId, long organizationId, String organization, long campaignId,
        String campaign, int year, boolean validated, LocalDate validatedOn, String language,
        List<Action> actions) {

    /**
     * One action and its follow-up.
     *
     * @param status     {@link FollowUpStatus#TODO} while nobody followed it up ({@code version} 0)
     * @param statusDate the day the status applies from (null while nobody followed it up)
     * @param version    the follow-up's ETag: 0 while nobody followed it up
     * @param history    every change, oldest first
     */
    public record Action(String key, int rank, String questionId, String axisId, String themeId, String text,
            boolean custom, FollowUpStatus status, LocalDate statusDate, String note, String updatedBy,
            Instant updatedAt, long version, List<Change> history) {

        public boolean followedUp() {
            return version > 0;
        }
    }

    /** One change of an action's follow-up. */
    public record Change(FollowUpStatus status, LocalDate statusDate, String note, String changedBy,
            Instant changedAt) {
    }

    public Optional<Action> action(String key) {
        return actions.stream().filter(a -> a.key().equals(key)).findFirst();
    }

    /** The suggested actions by their question (a question has at most one action in a plan). */
    public Map<String, Action> byQuestion() {
        Map<String, Action> map = new LinkedHashMap<>();
        actions.stream().filter(a -> a.questionId() != null).forEach(a -> map.putIfAbsent(a.questionId(), a));
        return map;
    }

    /** How many actions stand at each status, every status present. */
    public Map<FollowUpStatus, Integer> counts() {
        Map<FollowUpStatus, Integer> counts = new EnumMap<>(FollowUpStatus.class);
        for (FollowUpStatus s : FollowUpStatus.values()) {
            counts.put(s, 0);
        }
        actions.forEach(a -> counts.merge(a.status(), 1, Integer::sum));
        return counts;
    }
}
