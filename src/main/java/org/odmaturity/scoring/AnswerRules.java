package org.odmaturity.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.odmaturity.questionnaire.model.NumberSpec;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.QuestionType;
import org.odmaturity.questionnaire.model.ScaleSpec;
import org.odmaturity.scoring.AnswerProblem.Kind;

/** The rules an answer must follow, shared by {@link AnswerValidator} and {@link ScoringEngine}. */
final class AnswerRules {

    /** One reason an answer breaks a rule: its kind and figures (for pages), its English text (for the API). */
    record Reason(Kind kind, String text, Map<String, Object> args) {

        Reason(Kind kind, String text) {
            this(kind, text, Map.of());
        }
    }

    /** Longest accepted text answer, in characters (Unicode code points). */
    static final int MAX_TEXT_LENGTH = 10_000;

    private AnswerRules() {
    }

    /**
     * Converts a raw JSON value to the typed value of {@code question}, adding a reason to {@code reasons} for each
     * problem found (shape, then content). Returns null when the value cannot be converted.
     */
    static AnswerValue convert(Question question, Object raw, List<Reason> reasons) {
        int before = reasons.size();
        AnswerValue value = switch (question.type()) {
            case SINGLE_CHOICE -> raw instanceof String s ? new AnswerValue.Choice(s)
                    : wrongType(reasons, Kind.WRONG_TYPE, "a single-choice answer must be an option id (a string)",
                            raw);
            case MULTIPLE_CHOICE -> convertList(raw, reasons);
            case YES_NO -> raw instanceof Boolean b ? new AnswerValue.YesNo(b)
                    : wrongType(reasons, Kind.WRONG_TYPE, "a yes-no answer must be true or false", raw);
            case SCALE -> {
                BigDecimal n = toBigDecimal(raw);
                yield n != null ? new AnswerValue.Num(n)
                        : wrongType(reasons, Kind.NOT_A_NUMBER,
                                "a scale answer must be " + scaleRange(question.scale()), raw);
            }
            case NUMBER -> {
                BigDecimal n = toBigDecimal(raw);
                yield n != null ? new AnswerValue.Num(n)
                        : wrongType(reasons, Kind.NOT_A_NUMBER, "a number answer must be a number", raw);
            }
            case TEXT -> raw instanceof String s ? new AnswerValue.Text(s)
                    : wrongType(reasons, Kind.WRONG_TYPE, "a text answer must be a string", raw);
            case MATRIX -> MatrixRules.convert(raw, reasons);
        };
        if (value == null) {
            return null;
        }
        check(question, value, reasons);
        if (reasons.size() > before) {
            return null;
        }
        if (question.type() == QuestionType.SCALE) {
            // integral, checked above: drop any fractional zeros (3.0 -> 3)
            value = new AnswerValue.Num(((AnswerValue.Num) value).value().setScale(0));
        }
        return value;
    }

    /** Checks a typed value against {@code question}, adding a reason to {@code reasons} for each problem. */
    static void check(Question question, AnswerValue value, List<Reason> reasons) {
        switch (question.type()) {
            case SINGLE_CHOICE -> {
                if (value instanceof AnswerValue.Choice c) {
                    checkOption(question, c.optionId(), reasons);
                } else {
                    reasons.add(new Reason(Kind.WRONG_TYPE, "a single-choice answer must be one option id, got "
                            + describe(value)));
                }
            }
            case MULTIPLE_CHOICE -> {
                if (value instanceof AnswerValue.Choices c) {
                    for (String id : c.optionIds()) {
                        checkOption(question, id, reasons);
                    }
                    checkExclusive(question, c.optionIds(), reasons);
                } else {
                    reasons.add(new Reason(Kind.WRONG_TYPE, "a multiple-choice answer must be a list of option ids, "
                            + "got " + describe(value)));
                }
            }
            case YES_NO -> {
                if (!(value instanceof AnswerValue.YesNo)) {
                    reasons.add(new Reason(Kind.WRONG_TYPE, "a yes-no answer must be true or false, got "
                            + describe(value)));
                }
            }
            case SCALE -> {
                ScaleSpec scale = question.scale();
                if (value instanceof AnswerValue.Num n) {
                    BigDecimal v = n.value();
                    boolean integral = v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
                    if (!integral || v.compareTo(BigDecimal.valueOf(scale.min())) < 0
                            || v.compareTo(BigDecimal.valueOf(scale.max())) > 0) {
                        reasons.add(new Reason(Kind.OUT_OF_SCALE, "a scale answer must be " + scaleRange(scale)
                                + ", got " + v.toPlainString(), Map.of("min", scale.min(), "max", scale.max())));
                    }
                } else {
                    reasons.add(new Reason(Kind.NOT_A_NUMBER, "a scale answer must be " + scaleRange(scale) + ", got "
                            + describe(value)));
                }
            }
            case NUMBER -> {
                if (value instanceof AnswerValue.Num n) {
                    NumberSpec spec = question.number();
                    BigDecimal v = n.value();
                    if (spec != null && spec.min() != null && v.compareTo(BigDecimal.valueOf(spec.min())) < 0) {
                        reasons.add(new Reason(Kind.BELOW_MINIMUM, "number " + v.toPlainString()
                                + " is below the minimum " + format(spec.min()), Map.of("min", bound(spec.min()))));
                    }
                    if (spec != null && spec.max() != null && v.compareTo(BigDecimal.valueOf(spec.max())) > 0) {
                        reasons.add(new Reason(Kind.ABOVE_MAXIMUM, "number " + v.toPlainString()
                                + " is above the maximum " + format(spec.max()), Map.of("max", bound(spec.max()))));
                    }
                } else {
                    reasons.add(new Reason(Kind.NOT_A_NUMBER, "a number answer must be a number, got "
                            + describe(value)));
                }
            }
            case MATRIX -> MatrixRules.check(question, value, reasons);
            case TEXT -> {
                if (value instanceof AnswerValue.Text t) {
                    int length = t.value().codePointCount(0, t.value().length());
                    if (length > MAX_TEXT_LENGTH) {
                        reasons.add(new Reason(Kind.TOO_LONG, "text is " + length + " characters long, the maximum is "
                                + MAX_TEXT_LENGTH, Map.of("max", MAX_TEXT_LENGTH)));
                    }
                } else {
                    reasons.add(new Reason(Kind.WRONG_TYPE, "a text answer must be a string, got " + describe(value)));
                }
            }
        }
    }

    /**
     * The string items of a list, as a selection (even when some items are not strings or repeat themselves, so that
     * the options can still be checked); a problem for each bad or repeated item.
     */
    private static AnswerValue convertList(Object raw, List<Reason> reasons) {
        if (!(raw instanceof List<?> list)) {
            return wrongType(reasons, Kind.WRONG_TYPE,
                    "a multiple-choice answer must be a list of option ids (strings)", raw);
        }
        Set<String> ids = new LinkedHashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (item instanceof String s) {
                if (!ids.add(s)) {
                    repeated.add(s);
                }
            } else {
                reasons.add(new Reason(Kind.WRONG_TYPE, "a multiple-choice answer must be a list of option ids "
                        + "(strings), but item " + i + " is " + typeName(item)));
            }
        }
        for (String id : repeated) {
            reasons.add(new Reason(Kind.REPEATED_OPTION, "option '" + id + "' is selected more than once"));
        }
        return new AnswerValue.Choices(ids);
    }

    private static void checkOption(Question question, String optionId, List<Reason> reasons) {
        if (question.option(optionId).isEmpty()) {
            reasons.add(new Reason(Kind.UNKNOWN_OPTION, "option '" + optionId + "' does not exist (options: "
                    + question.options().stream().map(Option::id).collect(Collectors.joining(", ")) + ")"));
        }
    }

    private static void checkExclusive(Question question, Set<String> selected, List<Reason> reasons) {
        if (selected.size() < 2) {
            return;
        }
        for (String id : selected) {
            boolean exclusive = question.option(id).map(Option::exclusive).orElse(false);
            if (exclusive) {
                String others = selected.stream().filter(o -> !o.equals(id)).collect(Collectors.joining(", "));
                reasons.add(new Reason(Kind.EXCLUSIVE_OPTION, "option '" + id + "' cannot be combined with other "
                        + "options (also selected: " + others + ")"));
            }
        }
    }

    static AnswerValue wrongType(List<Reason> reasons, Kind kind, String expectation,
            Object raw) {
        reasons.add(new Reason(kind, expectation + ", got " + typeName(raw)));
        return null;
    }

    /** A JSON number as a BigDecimal, or null if {@code raw} is not a finite number. */
    private static BigDecimal toBigDecimal(Object raw) {
        if (raw instanceof BigDecimal d) {
            return d;
        }
        if (raw instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            return BigDecimal.valueOf(((Number) raw).longValue());
        }
        if (raw instanceof Double || raw instanceof Float) {
            double d = ((Number) raw).doubleValue();
            return Double.isFinite(d) ? new BigDecimal(raw.toString()) : null;
        }
        return null;
    }

    private static String scaleRange(ScaleSpec scale) {
        return "an integer from " + scale.min() + " to " + scale.max();
    }

    static String typeName(Object raw) {
        if (raw == null) {
            return "null";
        }
        if (raw instanceof String) {
            return "a string";
        }
        if (raw instanceof Boolean) {
            return "a boolean";
        }
        if (raw instanceof Number) {
            return "a number";
        }
        if (raw instanceof List<?>) {
            return "a list";
        }
        if (raw instanceof Map<?, ?>) {
            return "an object";
        }
        return "a value of type " + raw.getClass().getSimpleName();
    }

    static String describe(AnswerValue value) {
        if (value instanceof AnswerValue.Choice c) {
            return "option id '" + c.optionId() + "'";
        }
        if (value instanceof AnswerValue.Choices) {
            return "a list of option ids";
        }
        if (value instanceof AnswerValue.YesNo) {
            return "a yes-no value";
        }
        if (value instanceof AnswerValue.Num) {
            return "a number";
        }
        if (value instanceof AnswerValue.Rows) {
            return "a matrix answer";
        }
        return "a text";
    }

    /** A bound as a number: 100 rather than 100.0. */
    private static BigDecimal bound(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros();
    }

    /** A bound as written in a file: 100 rather than 100.0. */
    static String format(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
