package org.odmaturity.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a plan's JSON reader found wrong, by place, merged with the service's {@link PlanProblem}s into the one list
 * of errors the API answers with, in document order: the plan itself, its {@code source}s, its targets, then each
 * action (what was unreadable first, then what the service found, except on a field that was unreadable), then the
 * rest. A field the reader could not read reaches the service as absent; the service's complaint that it is missing
 * is not repeated.
 */
final class PlanJsonProblems {

    private static final Pattern ACTION = Pattern.compile("actions\\[(\\d+)\\].*");

    private final List<Map<String, Object>> top = new ArrayList<>();
    private final List<Map<String, Object>> targets = new ArrayList<>();
    private final List<Map<String, Object>> actions = new ArrayList<>();
    private final Map<Integer, List<Map<String, Object>>> byAction = new TreeMap<>();

    /** About the plan itself or one of its own fields. */
    void top(String field, String message) {
        top.add(PlanProblem.error(field, message));
    }

    /** About {@code targets} as a whole. */
    void targets(String field, String message) {
        targets.add(PlanProblem.error(field, message));
    }

    /** About {@code actions} as a whole. */
    void actions(String field, String message) {
        actions.add(PlanProblem.error(field, message));
    }

    /** About action {@code index} (or one of its fields). */
    void action(int index, String field, String message) {
        byAction.computeIfAbsent(index, i -> new ArrayList<>()).add(PlanProblem.error(field, message));
    }

    boolean isEmpty() {
        return top.isEmpty() && targets.isEmpty() && actions.isEmpty() && byAction.isEmpty();
    }

    /** The errors, with the service's problems in their places (see the class comment). */
    List<Map<String, Object>> merge(List<PlanProblem> problems) {
        List<Map<String, Object>> sources = new ArrayList<>();
        List<Map<String, Object>> targetProblems = new ArrayList<>();
        Map<Integer, List<PlanProblem>> actionProblems = new TreeMap<>();
        List<Map<String, Object>> rest = new ArrayList<>();
        for (PlanProblem p : problems) {
            Matcher action = ACTION.matcher(p.field());
            if (p.code() == PlanProblem.Code.SOURCE_NOT_SUGGESTED || p.code() == PlanProblem.Code.SOURCE_UNKNOWN) {
                sources.add(p.toError());
            } else if (p.field().startsWith("targets.")) {
                targetProblems.add(p.toError());
            } else if (action.matches()) {
                actionProblems.computeIfAbsent(Integer.parseInt(action.group(1)), i -> new ArrayList<>()).add(p);
            } else {
                rest.add(p.toError());
            }
        }
        List<Map<String, Object>> errors = new ArrayList<>(top);
        errors.addAll(sources);
        errors.addAll(targets);
        errors.addAll(targetProblems);
        errors.addAll(actions);
        Map<Integer, Boolean> indexes = new TreeMap<>();
        byAction.keySet().forEach(i -> indexes.put(i, true));
        actionProblems.keySet().forEach(i -> indexes.put(i, true));
        for (Integer i : indexes.keySet()) {
            List<Map<String, Object>> unreadable = byAction.getOrDefault(i, List.of());
            errors.addAll(unreadable);
            for (PlanProblem p : actionProblems.getOrDefault(i, List.of())) {
                if (unreadable.stream().map(e -> (String) e.get("field"))
                        .noneMatch(f -> p.field().equals(f) || p.field().startsWith(f + "."))) {
                    errors.add(p.toError());
                }
            }
        }
        errors.addAll(rest);
        return errors;
    }

    /** The errors with their fields prefixed: {@code plan.actions[2].dueDate}; the plan itself is {@code plan}. */
    static List<Map<String, Object>> prefixed(String prefix, List<Map<String, Object>> errors) {
        List<Map<String, Object>> relative = new ArrayList<>();
        for (Map<String, Object> error : errors) {
            Map<String, Object> copy = new LinkedHashMap<>(error);
            String field = String.valueOf(error.get("field"));
            copy.put("field", field.isEmpty() ? prefix : prefix + "." + field);
            relative.add(copy);
        }
        return relative;
    }
}
