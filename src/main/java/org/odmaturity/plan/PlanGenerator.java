package org.odmaturity.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.Effort;
import org.odmaturity.questionnaire.model.Level;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.Recommendation;
import org.odmaturity.questionnaire.model.Theme;
import org.odmaturity.scoring.Answer;
import org.odmaturity.scoring.AnswerValue;
import org.odmaturity.scoring.Answers;
import org.odmaturity.scoring.AxisScore;
import org.odmaturity.scoring.QuestionScore;
import org.odmaturity.scoring.ScoreCard;
import org.odmaturity.scoring.ThemeScore;

/**
 * The suggested improvement plan of a diagnostic: from its score card and the questionnaire's recommendations, one
 * action per scored, relevant question below the top step, ranked quick wins first; and a target level per axis.
 * Plain Java (no framework), like the scoring engine; the rules and a worked example are in docs/improvement-plan.md.
 */
public final class PlanGenerator {

    /** Effort factors: each step of effort halves the priority. */
    static final double LOW_FACTOR = 1;
    static final double MEDIUM_FACTOR = 2;
    static final double HIGH_FACTOR = 4;
    private static final double EPSILON = 1e-9;

    private PlanGenerator() {
    }

    /**
     * The suggestion.
     *
     * @param actions    in plan order: quick wins first, then by priority
     * @param targets    axis id → target level id (null for an axis with nothing to score), in document order
     * @param medianGain the median gain of the actions (0 when there is none): the quick-win bar
     * @param started    whether anything is answered yet
     */
    public record Suggestion(List<SuggestedAction> actions, Map<String, String> targets, double medianGain,
            boolean started) {

        public Suggestion {
            actions = List.copyOf(actions);
            targets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targets));
        }

        public Optional<SuggestedAction> action(String key) {
            return actions.stream().filter(a -> a.key().equals(key)).findFirst();
        }
    }

    public static Suggestion suggest(Questionnaire q, ScoreCard card, Answers answers) {
        Map<String, QuestionScore> questionScores = new HashMap<>();
        Map<String, ThemeScore> themeScores = new HashMap<>();
        Map<String, AxisScore> axisScores = new HashMap<>();
        for (AxisScore axis : card.axes()) {
            axisScores.put(axis.id(), axis);
            for (ThemeScore theme : axis.themes()) {
                themeScores.put(theme.id(), theme);
                theme.questions().forEach(s -> questionScores.put(s.id(), s));
            }
        }
        double axesWeight = q.axes().stream().filter(a -> scored(axisScores.get(a.id()))).mapToDouble(Axis::weight)
                .sum();

        List<SuggestedAction> draft = new ArrayList<>();
        List<Integer> documentOrder = new ArrayList<>();
        int position = 0;
        for (Axis axis : q.axes()) {
            double themesWeight = axis.themes().stream().filter(t -> scored(themeScores.get(t.id())))
                    .mapToDouble(Theme::weight).sum();
            for (Theme theme : axis.themes()) {
                double questionsWeight = theme.questions().stream().filter(x -> inTheTotal(questionScores.get(x.id())))
                        .mapToDouble(Question::weight).sum();
                for (Question question : theme.questions()) {
                    position++;
                    QuestionScore score = questionScores.get(question.id());
                    if (!counted(score) || score.score() == null || score.score() >= 100 - EPSILON) {
                        continue;
                    }
                    Answer answer = answers.get(question.id()).filter(a -> a.value() != null).orElse(null);
                    Optional<Pick> pick = pick(question, answer);
                    if (pick.isEmpty()) {
                        continue;
                    }
                    double gap = 1 - score.score() / 100;
                    double share = ratio(question.weight(), questionsWeight) * ratio(theme.weight(), themesWeight)
                            * ratio(axis.weight(), axesWeight);
                    double gain = 100 * gap * share;
                    List<Recommendation> recommendations = pick.get().recommendations();
                    for (int n = 0; n < recommendations.size(); n++) { // several per answer: one action each
                        Recommendation recommendation = recommendations.get(n);
                        Effort effort = recommendation.effort() == null ? Effort.MEDIUM : recommendation.effort();
                        draft.add(new SuggestedAction(SuggestedAction.keyOf(question.id(), n), question.id(),
                                axis.id(), theme.id(), SuggestedAction.nth(pick.get().source(), n), recommendation,
                                QuestionScore.ANSWERED.equals(score.status()), score.score(), gap, share, gain,
                                priority(gain, effort), false));
                        documentOrder.add(position);
                    }
                }
            }
        }
        double median = median(draft.stream().mapToDouble(SuggestedAction::gain).sorted().toArray());
        List<SuggestedAction> ranked = new ArrayList<>();
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < draft.size(); i++) {
            SuggestedAction a = draft.get(i);
            order.put(a.key(), i); // draft order: document order, then a question's recommendations in file order
            ranked.add(new SuggestedAction(a.key(), a.questionId(), a.axisId(), a.themeId(), a.source(),
                    a.recommendation(), a.answered(), a.questionScore(), a.gap(), a.share(), a.gain(), a.priority(),
                    quickWin(a.gain(), a.effort(), median)));
        }
        ranked.sort(ORDER.thenComparing(a -> order.get(a.key())));

        Map<String, String> targets = new LinkedHashMap<>();
        for (Axis axis : q.axes()) {
            AxisScore score = axisScores.get(axis.id());
            targets.put(axis.id(), score == null ? null : defaultTarget(q, score.level()));
        }
        boolean started = card.completeness().answered() > 0;
        return new Suggestion(ranked, targets, median, started);
    }

    /** Plan order: quick wins first, then higher priority, higher gain, lower effort, shorter horizon. */
    static final Comparator<SuggestedAction> ORDER = Comparator
            .comparing((SuggestedAction a) -> !a.quickWin())
            .thenComparing(SuggestedAction::priority, (x, y) -> Math.abs(x - y) < EPSILON ? 0 : Double.compare(y, x))
            .thenComparing(SuggestedAction::gain, (x, y) -> Math.abs(x - y) < EPSILON ? 0 : Double.compare(y, x))
            .thenComparing(SuggestedAction::effort)
            .thenComparing(SuggestedAction::horizon);

    /** The level one above {@code levelId} (the top level stays the top); null when {@code levelId} is null. */
    public static String defaultTarget(Questionnaire q, String levelId) {
        if (levelId == null) {
            return null;
        }
        List<Level> levels = q.levels();
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).id().equals(levelId)) {
                return levels.get(Math.min(i + 1, levels.size() - 1)).id();
            }
        }
        return null;
    }

    public static double effortFactor(Effort effort) {
        if (effort == null) {
            return MEDIUM_FACTOR;
        }
        return switch (effort) {
            case LOW -> LOW_FACTOR;
            case MEDIUM -> MEDIUM_FACTOR;
            case HIGH -> HIGH_FACTOR;
        };
    }

    public static double priority(double gain, Effort effort) {
        return gain / effortFactor(effort);
    }

    public static boolean quickWin(double gain, Effort effort, double medianGain) {
        return effort == Effort.LOW && gain > 0 && gain >= medianGain - EPSILON;
    }

    /** Rounded half-up for display (gains, priorities: two decimals). */
    public static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** Where a question's actions come from: a non-empty list of recommendations, and their source. */
    record Pick(List<Recommendation> recommendations, String source) {

        Recommendation recommendation() {
            return recommendations.get(0);
        }
    }

    /**
     * The recommendation a suggested action's source names: {@code question} or {@code option:<id>} for the first of
     * that list, with {@code :<n>} for the n-th; empty when there is none (a questionnaire changed since).
     */
    public static Optional<Recommendation> recommendationOf(Question question, String source) {
        if (source == null) {
            return Optional.empty();
        }
        int hash = nthAt(source);
        String base = hash < 0 ? source : source.substring(0, hash);
        int index = hash < 0 ? 0 : nthIndex(source.substring(hash + 1));
        List<Recommendation> list = "question".equals(base) ? question.recommendations()
                : base.startsWith("option:") ? question.option(base.substring("option:".length()))
                        .map(Option::recommendations).orElse(List.of())
                : List.of();
        return index >= 0 && index < list.size() ? Optional.of(list.get(index)) : Optional.empty();
    }

    /** Whether a source names a list a question has ({@code question}, an option of it), with a well-formed suffix. */
    public static boolean validSource(Question question, String source) {
        int hash = nthAt(source);
        String base = hash < 0 ? source : source.substring(0, hash);
        if (hash >= 0 && nthIndex(source.substring(hash + 1)) < 1) {
            return false;
        }
        return "question".equals(base)
                || base.startsWith("option:") && question.option(base.substring("option:".length())).isPresent();
    }

    /** Where the {@code :<n>} suffix of a source starts ({@code question:<n>}, {@code option:<id>:<n>}), or −1. */
    private static int nthAt(String source) {
        int from = source.startsWith("option:") ? "option:".length() : 0;
        return source.indexOf(SuggestedAction.NTH, from);
    }

    /** n − 1 for the digits of n ≥ 2 (no leading zero), else −1. */
    private static int nthIndex(String digits) {
        if (digits.isEmpty() || digits.length() > 4 || digits.startsWith("0")
                || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        int n = Integer.parseInt(digits);
        return n >= 2 ? n - 1 : -1;
    }

    /**
     * The recommendation for a question: answered, the chosen option's (for a multiple choice, the first selected
     * option, in the question's order, that has one), else the question's; unanswered, the lowest-scoring option's
     * (the first of equals), else the question's.
     */
    static Optional<Pick> pick(Question question, Answer answer) {
        if (answer != null) {
            AnswerValue value = answer.value();
            Optional<Option> chosen = Optional.empty();
            if (value instanceof AnswerValue.Choice c) {
                chosen = question.option(c.optionId());
            } else if (value instanceof AnswerValue.YesNo y) {
                chosen = question.option(y.optionId());
            } else if (value instanceof AnswerValue.Choices cs) {
                chosen = question.options().stream()
                        .filter(o -> cs.optionIds().contains(o.id()) && o.recommendation() != null).findFirst();
            } else if (value instanceof AnswerValue.Rows rows) {
                chosen = weakestRow(question, rows);
            }
            if (chosen.isPresent() && chosen.get().recommendation() != null) {
                return Optional.of(new Pick(chosen.get().recommendations(), "option:" + chosen.get().id()));
            }
        } else {
            Option lowest = null;
            for (Option option : question.options()) {
                if (lowest == null || option.score() < lowest.score()) {
                    lowest = option;
                }
            }
            if (lowest != null && lowest.recommendation() != null) {
                return Optional.of(new Pick(lowest.recommendations(), "option:" + lowest.id()));
            }
        }
        return question.recommendations().isEmpty() ? Optional.empty()
                : Optional.of(new Pick(question.recommendations(), "question"));
    }

    /**
     * A matrix's option for the plan: the option of the answered row with the lowest option score (the first in file
     * order among equals).
     */
    private static Optional<Option> weakestRow(Question question, AnswerValue.Rows rows) {
        Option weakest = null;
        for (var row : question.rows()) {
            String id = rows.option(row.id());
            Option option = id == null ? null : question.option(id).orElse(null);
            if (option != null && (weakest == null || option.score() < weakest.score())) {
                weakest = option;
            }
        }
        return Optional.ofNullable(weakest);
    }

    private static boolean counted(QuestionScore score) {
        return score != null && (QuestionScore.ANSWERED.equals(score.status())
                || QuestionScore.UNANSWERED.equals(score.status()));
    }

    /**
     * Whether a question is in its theme's total: counted, or — format v2 — a "not applicable" answer counted full or
     * zero, or a hidden question counted zero (they carry points, and no action is ever suggested for them).
     */
    private static boolean inTheTotal(QuestionScore score) {
        return counted(score) || (score != null && score.maxPoints() != null);
    }

    private static boolean scored(AxisScore score) {
        return score != null && score.score() != null;
    }

    private static boolean scored(ThemeScore score) {
        return score != null && score.score() != null;
    }

    private static double ratio(double part, double whole) {
        return whole <= 0 ? 0 : part / whole;
    }

    static double median(double[] sorted) {
        if (sorted.length == 0) {
            return 0;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
