package org.odmaturity.questionnaire.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

/** Run-time semantics of values: kinds, equality, ordering. Type errors evaluate to false, never throw. */
final class Values {

    private Values() {
    }

    /** Brings a looked-up value to one of the expected shapes (other numbers become {@code BigDecimal}). */
    static Object normalize(Object value) {
        if (value == null || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        return value;
    }

    static boolean compare(Expr.Op op, Object left, Object right) {
        if (left == null || right == null) {
            return false;
        }
        if (left instanceof BigDecimal l && right instanceof BigDecimal r) {
            int c = l.compareTo(r);
            switch (op) {
                case EQ: return c == 0;
                case NE: return c != 0;
                case LT: return c < 0;
                case LE: return c <= 0;
                case GT: return c > 0;
                case GE: return c >= 0;
                default: throw new AssertionError(op);
            }
        }
        if (op.ordering() || !sameKind(left, right)) {
            return false;
        }
        boolean equal = equal(left, right);
        return op == Expr.Op.EQ ? equal : !equal;
    }

    /** True iff both values are of the same kind and equal (numbers by {@code compareTo}). */
    static boolean equal(Object a, Object b) {
        if (a == null || b == null || !sameKind(a, b)) {
            return false;
        }
        if (a instanceof BigDecimal x) {
            return x.compareTo((BigDecimal) b) == 0;
        }
        if (a instanceof Collection<?> x) {
            return new HashSet<>(x).equals(new HashSet<>((Collection<?>) b));
        }
        return a.equals(b);
    }

    private static boolean sameKind(Object a, Object b) {
        return a instanceof String && b instanceof String
                || a instanceof Boolean && b instanceof Boolean
                || a instanceof BigDecimal && b instanceof BigDecimal
                || a instanceof Collection && b instanceof Collection;
    }

    /** Whether a non-null value (or, for a collection, any of its elements) equals one of the literals. */
    static boolean in(Object value, List<Expr.Literal> literals) {
        if (value instanceof Collection<?> elements) {
            for (Object element : elements) {
                if (inList(normalize(element), literals)) {
                    return true;
                }
            }
            return false;
        }
        return inList(value, literals);
    }

    private static boolean inList(Object value, List<Expr.Literal> literals) {
        for (Expr.Literal literal : literals) {
            if (equal(value, literal.value())) {
                return true;
            }
        }
        return false;
    }

    static boolean selected(Object value, String option) {
        if (value instanceof Collection<?> elements) {
            return elements.contains(option);
        }
        return option.equals(value);
    }

    static BigDecimal count(Object value) {
        if (value instanceof Collection<?> elements) {
            return BigDecimal.valueOf(elements.size());
        }
        return value instanceof String ? BigDecimal.ONE : BigDecimal.ZERO;
    }
}
