package org.odmaturity.questionnaire.expr;

import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the expression tests. */
final class ExprTestSupport {

    private ExprTestSupport() {
    }

    /** The same tree with every position set to 0, so that trees can be compared by structure. */
    static Expr withoutPositions(Expr expr) {
        if (expr instanceof Expr.Or e) {
            return new Expr.Or(0, withoutPositions(e.left()), withoutPositions(e.right()));
        }
        if (expr instanceof Expr.And e) {
            return new Expr.And(0, withoutPositions(e.left()), withoutPositions(e.right()));
        }
        if (expr instanceof Expr.Not e) {
            return new Expr.Not(0, withoutPositions(e.operand()));
        }
        if (expr instanceof Expr.Compare e) {
            return new Expr.Compare(0, withoutPositions(e.left()), e.op(), withoutPositions(e.right()));
        }
        if (expr instanceof Expr.In e) {
            List<Expr.Literal> values = new ArrayList<>();
            e.values().forEach(v -> values.add((Expr.Literal) withoutPositions(v)));
            return new Expr.In(0, withoutPositions(e.operand()), e.negated(), values);
        }
        if (expr instanceof Expr.Answered e) {
            return new Expr.Answered(0, ref(e.question()));
        }
        if (expr instanceof Expr.Selected e) {
            return new Expr.Selected(0, ref(e.question()), new Expr.StringLiteral(0, e.option().value()));
        }
        if (expr instanceof Expr.Count e) {
            return new Expr.Count(0, ref(e.question()));
        }
        if (expr instanceof Expr.QuestionRef e) {
            return ref(e);
        }
        if (expr instanceof Expr.NumberLiteral e) {
            return new Expr.NumberLiteral(0, e.value());
        }
        if (expr instanceof Expr.StringLiteral e) {
            return new Expr.StringLiteral(0, e.value());
        }
        if (expr instanceof Expr.BooleanLiteral e) {
            return new Expr.BooleanLiteral(0, e.value());
        }
        throw new AssertionError(expr.getClass());
    }

    private static Expr.QuestionRef ref(Expr.QuestionRef ref) {
        return new Expr.QuestionRef(0, ref.questionId());
    }
}
