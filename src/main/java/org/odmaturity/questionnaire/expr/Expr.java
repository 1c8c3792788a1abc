package org.odmaturity.questionnaire.expr;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A parsed relevance condition, or one of its parts. The language is described on {@link ExprParser}.
 *
 * <p>Every node records {@link #position()}, the 0-based character offset in the source of the token that introduced
 * it: the operator for {@code and}, {@code or}, comparisons and {@code in} ({@code not} for {@code not in}), the
 * {@code not} keyword, the function name of a call, and the first character of an identifier or literal.
 *
 * <p>Record equality includes positions. {@code toString()} prints a canonical form (single-quoted strings, minimal
 * parentheses) that {@link ExprParser#parse(String)} turns back into an equal tree, positions aside.
 */
public sealed interface Expr {

    /** 0-based character offset of this node in its source. */
    int position();

    /** Direct sub-expressions, left to right. */
    List<Expr> children();

    /**
     * The value of this expression: a {@code Boolean} for conditions (never null), the question's value (possibly
     * null) for an identifier, the literal's value for a literal, a {@code BigDecimal} for {@code count()}.
     */
    Object evaluate(AnswerLookup answers);

    /**
     * Evaluates this expression as a condition: true iff its value is {@code Boolean.TRUE}. A question identifier is
     * therefore true iff the question is a yes/no answered "yes"; any non-boolean value counts as false.
     */
    default boolean test(AnswerLookup answers) {
        return Boolean.TRUE.equals(evaluate(answers));
    }

    /** Ids of the questions this expression reads, in source order. */
    default Set<String> references() {
        Set<String> ids = new LinkedHashSet<>();
        Deque<Expr> pending = new ArrayDeque<>();
        pending.push(this);
        while (!pending.isEmpty()) {
            Expr e = pending.pop();
            if (e instanceof QuestionRef ref) {
                ids.add(ref.questionId());
            }
            List<Expr> children = e.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        return Collections.unmodifiableSet(ids);
    }

    // ---------------------------------------------------------------- boolean operators

    /** {@code left or right}. */
    record Or(int position, Expr left, Expr right) implements Expr {
        public Or {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public List<Expr> children() {
            return List.of(left, right);
        }

        @Override
        public Object evaluate(AnswerLookup answers) {
            return left.test(answers) || right.test(answers);
        }

        @Override
        public String toString() {
            return Printer.print(this);
        }
    }

    /** {@code left and right}. */
    record And(int position, Expr left, Expr right) implements Expr {
        public And {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public List<Expr> children() {
            return List.of(left, right);
        }

        @Override
        public Object evaluate(AnswerLookup answers) {
            return left.test(answers) && right.test(answers);
        }

        @Override
        public String toString() {
            return Printer.print(this);
        }
    }

    /** {@code not operand}. */
    record Not(int position, Expr operand) implements Expr {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }

        @Override
        public List<Expr> children() {
            return List.of(operand);
        }

        @Override
        public Object evaluate(AnswerLookup answers) {
            return !operand.test(answers);
        }

        @Override
        public String toString() {
            return Printer.print(this);
        }
    }

    // ---------------------------------------------------------------- comparisons

    /** The comparison operators. */
    enum Op {
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** True for {@code <, <=, >, >=}, which only apply to numbers. */
        public boolean ordering() {
            return this != EQ && this != NE;
        }
    }

    /** {@code left op right}. False when either side is null or the sides are of different kinds. */
    record Compare(int position, Expr left, Op op, Expr right) implements Expr {
        public Compare {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public List<Expr> children() {
            return List.of(left, right);
        }

        @Override
        public Object evaluate(AnswerLookup answers) {
            return Values.compare(op, left.evaluate(answers), right.evaluate(answers));
        }

        @Override
        public String toString() {
            return Printer.print(this);
        }
    }

    /**
     * {@code operand in [values]} or, when {@code negated}, {@code operand not in [values]}. False when the operand is
     * null; for a set (multiple choice), "in" means that at least one selected option is in the list.
     */
    record In(int position, Expr operand, boolean negated, List<Literal> values) implements Expr {
        public In {
            Objects.requireNonNull(operand, "operand");
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("an 'in' list needs at least one value");
            }
        }

        @Override
        public List<Expr> children() {
            List<Expr> children = new java.util.ArrayList<>(values.size() + 1);
            children.add(operand);
            children.addAll(values);
            return Collections.unmodifiableList(children);
        }

        @Override
        public Object evaluate(AnswerLookup answers) {
            Object value = operand.evaluate(answers);
            if (value == null) {
                return false;
            }
            boolean found = Values.in(value, values);
            return negated != found;
        }

        @Override
        public String toString() {
            return Printer.print(this);
        }
    }

    // ---------------------------------------------------------------- functions

    /** {@code answered(q)}: true iff q has a non-null value. */
    record Answered(int position, QuestionRef question) implements Expr {
        public Answered {
            Objects.requireNonNull(question, "question");
        }

        @Override
        public List<Expr> children() {
            return List.of(question);
        }

        @Override
        public Object evaluate(AnswerLookup answers) {
            return question.evaluate(answers) != null;
        }

        @Override
        public String toString() {
            return Printer.print(this);
        }
    }

    /**
     * {@code selected(q, 'opt')}: true iff q is a multiple choice whose selection contains opt, or a single choice whose
     * answer is opt.
     */
    record Selected(int position, QuestionRef question, StringLiteral option) implements Expr {
        public Selected {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(option, "option");
        }

        @Override
        public List<Expr> children() {
            return List.of(question, option);
        }

        @Override
        public Object evaluate(AnswerLookup answers) {
            return Values.selected(question.evaluate(answers), option.value());
        }

        @Override
        public String toString() {
            return Printer.print(this);
        }
    }

    /**
     * {@code count(q)}: the number of selected options (a {@code BigDecimal}): the size of a multiple choice, 1 for an
     * answered single choice, 0 when unanswered (or for any other kind of value).
     */
    record Count(int position, QuestionRef question) implements Expr {
        public Count {
            Objects.requireNonNull(question, "question");
        }

        @Override
        public List<Expr> children() {
            return List.of(question);
        }

        @Override
        public Object evaluate(AnswerLookup answers) {
            return Values.count(question.evaluate(answers));
        }

        @Override
        public String toString() {
            return Printer.print(this);
        }
    }

    // ---------------------------------------------------------------- leaves

    /** A question id; its value is the question's answer value, or null. */
    record QuestionRef(int position, String questionId) implements Expr {
        public QuestionRef {
            Objects.requireNonNull(questionId, "questionId");
            if (!Lexer.isIdentifier(questionId) || Lexer.isKeyword(questionId)) {
                throw new IllegalArgumentException("not a valid question id: '" + questionId + "'");
            }
        }

        @Override
        public List<Expr> children() {
            return List.of();
        }

        @Override
        public Object evaluate(AnswerLookup answers) {
            return Values.normalize(answers.valueOf(questionId));
        }

        @Override
        public String toString() {
            return Printer.print(this);
        }
    }

    /** A literal value: number, string or boolean. */
    sealed interface Literal extends Expr {
        /** The literal's value: {@code BigDecimal}, {@code String} or {@code Boolean}. */
        Object value();

        @Override
        default List<Expr> children() {
            return List.of();
        }

        @Override
        default Object evaluate(AnswerLookup answers) {
            return value();
        }
    }

    /** A number literal such as {@code 3} or {@code -2.5}; its scale is kept as written. */
    record NumberLiteral(int position, BigDecimal value) implements Literal {
        public NumberLiteral {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return Printer.print(this);
        }
    }

    /** A string literal. */
    record StringLiteral(int position, String value) implements Literal {
        public StringLiteral {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return Printer.print(this);
        }
    }

    /** {@code true} or {@code false}. */
    record BooleanLiteral(int position, Boolean value) implements Literal {
        public BooleanLiteral {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return Printer.print(this);
        }
    }
}
