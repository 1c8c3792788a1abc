package org.odmaturity.questionnaire.expr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.odmaturity.questionnaire.model.QuestionType;

/**
 * Static checks of a parsed condition against the questions it may read. Reports every problem found, sorted by
 * position:
 * <ul>
 * <li>unknown question ids;</li>
 * <li>{@code selected} and {@code count} on a question that is not a single or multiple choice;</li>
 * <li>option ids that the choice question does not have, in {@code selected(q, 'o')}, {@code q == 'o'},
 * {@code q != 'o'} and {@code q in ['o']};</li>
 * <li>comparisons of values of different kinds: single choice and text compare with strings, yes-no with
 * {@code true}/{@code false}, number and scale (and {@code count()}) with numbers; a multiple choice is only tested
 * with {@code selected}, {@code count} or {@code in};</li>
 * <li>ordering comparisons ({@code < <= > >=}) on anything but numbers;</li>
 * <li>non-boolean values used as conditions (a bare question id is a condition only for a yes-no question), including
 * the whole expression.</li>
 * </ul>
 */
public final class ExprChecker {

    /** The static kind of a value. CONDITION is boolean (conditions, yes-no questions, true/false). */
    private enum Kind {
        CONDITION, NUMBER, STRING, SET, UNKNOWN
    }

    private final Map<String, QuestionSignature> questions;
    private final List<ExprProblem> problems = new ArrayList<>();

    private ExprChecker(Map<String, QuestionSignature> questions) {
        this.questions = questions;
    }

    /**
     * Checks {@code expr} against the questions it may refer to (by id).
     *
     * @return the problems found, sorted by position; empty when the condition is sound
     */
    public static List<ExprProblem> check(Expr expr, Map<String, QuestionSignature> questions) {
        Objects.requireNonNull(expr, "expr");
        Objects.requireNonNull(questions, "questions");
        ExprChecker checker = new ExprChecker(questions);
        checker.requireCondition(expr);
        List<ExprProblem> problems = new ArrayList<>(checker.problems);
        problems.sort(Comparator.comparingInt(ExprProblem::position));
        return List.copyOf(problems);
    }

    private void report(int position, String message) {
        problems.add(new ExprProblem(position, message));
    }

    private void requireCondition(Expr expr) {
        Kind kind = kindOf(expr);
        if (kind == Kind.CONDITION || kind == Kind.UNKNOWN) {
            return;
        }
        if (expr instanceof Expr.QuestionRef ref) {
            QuestionSignature signature = questions.get(ref.questionId());
            String id = ref.questionId();
            String hint;
            switch (signature.type()) {
                case SINGLE_CHOICE:
                    hint = "write selected(" + id + ", 'option') or " + id + " == 'option'";
                    break;
                case MULTIPLE_CHOICE:
                    hint = "write selected(" + id + ", 'option') or count(" + id + ") > 0";
                    break;
                case NUMBER:
                case SCALE:
                    hint = "compare it, e.g. " + id + " > 0";
                    break;
                default:
                    hint = "write answered(" + id + ") or compare it with a string";
                    break;
            }
            report(ref.position(), "question '" + id + "' is a " + signature.type().key()
                    + " question and cannot be used as a condition on its own (only yes-no questions can); " + hint);
        } else {
            report(expr.position(), "expected a condition (true or false) but found " + describe(expr, kind));
        }
    }

    private Kind kindOf(Expr expr) {
        if (expr instanceof Expr.Or e) {
            requireCondition(e.left());
            requireCondition(e.right());
            return Kind.CONDITION;
        }
        if (expr instanceof Expr.And e) {
            requireCondition(e.left());
            requireCondition(e.right());
            return Kind.CONDITION;
        }
        if (expr instanceof Expr.Not e) {
            requireCondition(e.operand());
            return Kind.CONDITION;
        }
        if (expr instanceof Expr.Compare e) {
            checkCompare(e);
            return Kind.CONDITION;
        }
        if (expr instanceof Expr.In e) {
            checkIn(e);
            return Kind.CONDITION;
        }
        if (expr instanceof Expr.Answered e) {
            signature(e.question());
            return Kind.CONDITION;
        }
        if (expr instanceof Expr.Selected e) {
            QuestionSignature signature = choiceSignature("selected", e.question());
            if (signature != null) {
                checkOption(e.question(), signature, e.option());
            }
            return Kind.CONDITION;
        }
        if (expr instanceof Expr.Count e) {
            choiceSignature("count", e.question());
            return Kind.NUMBER;
        }
        if (expr instanceof Expr.QuestionRef e) {
            QuestionSignature signature = signature(e);
            if (signature != null && signature.type() == QuestionType.MATRIX) {
                report(e.position(), "question '" + e.questionId() + "' is a matrix question: a condition can only "
                        + "ask whether it is answered, with answered(" + e.questionId() + ")");
                return Kind.UNKNOWN;
            }
            return signature == null ? Kind.UNKNOWN : kindOf(signature.type());
        }
        if (expr instanceof Expr.NumberLiteral) {
            return Kind.NUMBER;
        }
        if (expr instanceof Expr.StringLiteral) {
            return Kind.STRING;
        }
        if (expr instanceof Expr.BooleanLiteral) {
            return Kind.CONDITION;
        }
        throw new AssertionError(expr.getClass());
    }

    private static Kind kindOf(QuestionType type) {
        switch (type) {
            case SINGLE_CHOICE:
            case TEXT:
                return Kind.STRING;
            case MULTIPLE_CHOICE:
                return Kind.SET;
            case YES_NO:
                return Kind.CONDITION;
            case SCALE:
            case NUMBER:
                return Kind.NUMBER;
            default:
                throw new AssertionError(type);
        }
    }

    /** The question's signature, or null after reporting it unknown. */
    private QuestionSignature signature(Expr.QuestionRef ref) {
        QuestionSignature signature = questions.get(ref.questionId());
        if (signature == null) {
            String id = ref.questionId();
            String hint = "";
            String lower = id.toLowerCase(Locale.ROOT);
            if (Lexer.isKeyword(lower)) {
                hint = " (keywords are lowercase: '" + lower + "')";
            } else {
                for (String known : questions.keySet()) {
                    if (known.equalsIgnoreCase(id)) {
                        hint = " (did you mean '" + known + "'?)";
                        break;
                    }
                }
            }
            report(ref.position(), "unknown question '" + id + "'" + hint);
        }
        return signature;
    }

    /** The signature of a question that must be a single or multiple choice, or null after reporting a problem. */
    private QuestionSignature choiceSignature(String function, Expr.QuestionRef ref) {
        QuestionSignature signature = signature(ref);
        if (signature == null) {
            return null;
        }
        if (!isChoice(signature.type())) {
            String hint = signature.type() == QuestionType.YES_NO
                    ? " (test a yes-no question with " + ref.questionId() + " or not " + ref.questionId() + ")"
                    : "";
            report(ref.position(), function + "() needs a single-choice or multiple-choice question, but '"
                    + ref.questionId() + "' is a " + signature.type().key() + " question" + hint);
            return null;
        }
        return signature;
    }

    private static boolean isChoice(QuestionType type) {
        return type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
    }

    private void checkOption(Expr.QuestionRef ref, QuestionSignature signature, Expr.StringLiteral option) {
        if (!signature.optionIds().contains(option.value())) {
            report(option.position(), "question '" + ref.questionId() + "' has no option " + Printer.quote(option.value())
                    + " (options: " + String.join(", ", signature.optionIds()) + ")");
        }
    }

    /** Checks the option id when {@code side} is a choice question and {@code other} a string literal. */
    private void checkOptionIfChoice(Expr side, Expr other) {
        if (side instanceof Expr.QuestionRef ref && other instanceof Expr.StringLiteral option) {
            QuestionSignature signature = questions.get(ref.questionId());
            if (signature != null && isChoice(signature.type())) {
                checkOption(ref, signature, option);
            }
        }
    }

    private void checkCompare(Expr.Compare e) {
        Kind left = kindOf(e.left());
        Kind right = kindOf(e.right());
        if (left == Kind.UNKNOWN || right == Kind.UNKNOWN) {
            return;
        }
        String symbol = "'" + e.op().symbol() + "'";
        if (e.op().ordering()) {
            if (left != Kind.NUMBER) {
                report(e.position(), symbol + " only compares numbers (number or scale questions, count(), numbers),"
                        + " not " + describe(e.left(), left));
            }
            if (right != Kind.NUMBER) {
                report(e.position(), symbol + " only compares numbers (number or scale questions, count(), numbers),"
                        + " not " + describe(e.right(), right));
            }
            return;
        }
        if (left == Kind.SET || right == Kind.SET) {
            Expr set = left == Kind.SET ? e.left() : e.right();
            String id = set instanceof Expr.QuestionRef ref ? ref.questionId() : "q";
            report(e.position(), describe(set, Kind.SET) + " cannot be compared with " + symbol + "; use selected("
                    + id + ", 'option'), count(" + id + ") or " + id + " in ['option', ...]");
            return;
        }
        if (left != right) {
            report(e.position(), mismatch(e.left(), left, e.right(), right));
            return;
        }
        if (left == Kind.STRING) {
            checkOptionIfChoice(e.left(), e.right());
            checkOptionIfChoice(e.right(), e.left());
        }
    }

    private void checkIn(Expr.In e) {
        Kind operand = kindOf(e.operand());
        if (operand == Kind.UNKNOWN) {
            return;
        }
        Kind expected = operand == Kind.SET ? Kind.STRING : operand;
        for (Expr.Literal value : e.values()) {
            Kind kind = kindOf(value);
            if (kind != expected) {
                problems.add(new ExprProblem(value.position(), mismatch(e.operand(), operand, value, kind)));
            } else if (expected == Kind.STRING) {
                checkOptionIfChoice(e.operand(), value);
            }
        }
    }

    private String mismatch(Expr left, Kind leftKind, Expr right, Kind rightKind) {
        String message = "cannot compare " + describe(left, leftKind) + " with " + describe(right, rightKind);
        String yesNo = rightKind == Kind.STRING ? yesNoId(left) : leftKind == Kind.STRING ? yesNoId(right) : null;
        if (yesNo != null) {
            message += " (yes-no answers are true or false: write " + yesNo + " or not " + yesNo + ")";
        }
        return message;
    }

    /** The id of {@code expr} if it is a yes-no question, else null. */
    private String yesNoId(Expr expr) {
        if (expr instanceof Expr.QuestionRef ref) {
            QuestionSignature signature = questions.get(ref.questionId());
            if (signature != null && signature.type() == QuestionType.YES_NO) {
                return ref.questionId();
            }
        }
        return null;
    }

    private String describe(Expr expr, Kind kind) {
        if (expr instanceof Expr.QuestionRef ref) {
            QuestionSignature signature = questions.get(ref.questionId());
            if (signature != null) {
                return signature.type().key() + " question '" + ref.questionId() + "'";
            }
        }
        if (expr instanceof Expr.NumberLiteral n) {
            return "the number " + n.value().toPlainString();
        }
        if (expr instanceof Expr.StringLiteral s) {
            return "the string " + Printer.quote(s.value());
        }
        if (expr instanceof Expr.BooleanLiteral b) {
            return b.value().toString();
        }
        if (expr instanceof Expr.Count c) {
            return "count(" + c.question().questionId() + ")";
        }
        switch (kind) {
            case CONDITION: return "a condition";
            case NUMBER: return "a number";
            case STRING: return "a string";
            case SET: return "a set of options";
            default: return "a value";
        }
    }
}
