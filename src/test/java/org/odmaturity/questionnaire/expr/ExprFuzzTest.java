package org.odmaturity.questionnaire.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.model.QuestionType;

/**
 * Random inputs. The seed is fixed so that runs are reproducible; set {@code -Dexpr.fuzz.seed=N} to explore others.
 * Failures name the seed and the input.
 */
class ExprFuzzTest {

    private static final long SEED = Long.getLong("expr.fuzz.seed", 0x0D_3A7E_2024L);

    private static final String[] TOKENS = {
        "a", "b.c", "q_1", "_x", "m", "n", "yn", "count", "answered", "selected", "foo", "AND", "Not", "True",
        "and", "or", "not", "in", "true", "false", "null",
        "==", "!=", "<", "<=", ">", ">=", "=", "!", "&&", "||", "&", "|", "-", "<>",
        "(", ")", "(", ")", "[", "]", ",",
        "'x'", "\"y\"", "'it\\'s'", "\"a\\\\b\"", "'", "\"", "\\", "'a\\", "'\\n'", "''",
        "3", "-2.5", "0", "-0.0", "1.", ".5", "12ab", "007", "1e5", "99999999999999999999.5",
        "answered(a)", "selected(m, 'x')", "count(m)", "a == 'x'", "n > 2", "m in ['x', 'y']", "not (", "in [",
        "count(m) >= 2", "yn and", "or not", "non-publie", "q-1", "a-", "a--b", "x-.y", "a - b",
    };

    private static final String ODD_CHARS = " \t\n\r\0\u0007#$%^*{}~`?;:@.\u00e9\u00a0\u2028\uffff\ud800\udfff\ud83d\ude00";

    private static final String[] IDS = {
        "a", "b", "m", "n", "yn", "t", "q.1", "_x", "count", "answered", "selected", "Q_2.b", "not_", "andy", "in1",
        "True", "x.", "non-publie", "q-1.b-2", "a_-_b",
    };

    private static final Map<String, QuestionSignature> SIGNATURES = new LinkedHashMap<>();

    static {
        SIGNATURES.put("a", QuestionSignature.of(QuestionType.SINGLE_CHOICE, "x", "y"));
        SIGNATURES.put("m", QuestionSignature.of(QuestionType.MULTIPLE_CHOICE, "x", "y", "z"));
        SIGNATURES.put("n", QuestionSignature.of(QuestionType.NUMBER));
        SIGNATURES.put("yn", QuestionSignature.of(QuestionType.YES_NO, "yes", "no"));
        SIGNATURES.put("t", QuestionSignature.of(QuestionType.TEXT));
        SIGNATURES.put("count", QuestionSignature.of(QuestionType.SCALE));
    }

    // ------------------------------------------------------------------ random text

    @Test
    void parserOnlyEverThrowsSyntaxExceptions() {
        Random random = new Random(SEED);
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < 12_000; i++) {
            String source = randomText(random);
            Map<String, Object> answers = randomAnswers(random);
            try {
                Expr expr;
                try {
                    expr = ExprParser.parse(source);
                } catch (ExprSyntaxException e) {
                    invalid++;
                    assertTrue(e.position() >= 0 && e.position() <= source.length(), "position " + e.position());
                    assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "message");
                    continue;
                }
                valid++;
                expr.test(answers::get);
                expr.references();
                ExprChecker.check(expr, SIGNATURES);
                String printed = expr.toString();
                if (printed.length() <= ExprParser.MAX_LENGTH) {
                    Expr again = ExprParser.parse(printed);
                    assertEquals(ExprTestSupport.withoutPositions(expr), ExprTestSupport.withoutPositions(again));
                    assertEquals(printed, again.toString());
                    assertEquals(expr.test(answers::get), again.test(answers::get));
                }
            } catch (Throwable t) {
                fail("seed " + SEED + ", case " + i + ", input " + visible(source) + ": " + t, t);
            }
        }
        // the generator must exercise both outcomes
        assertTrue(valid > 1_500, "seed " + SEED + ": only " + valid + " valid inputs");
        assertTrue(invalid > 3_000, "seed " + SEED + ": only " + invalid + " invalid inputs");
    }

    private static String randomText(Random random) {
        int shape = random.nextInt(100);
        if (shape == 0) {
            String open = random.nextBoolean() ? "(" : "not ";
            int n = 20 + random.nextInt(60);
            return open.repeat(n) + "a" + (open.equals("(") ? ")".repeat(random.nextInt(n + 1)) : "");
        }
        if (shape == 1) {
            String piece = TOKENS[random.nextInt(TOKENS.length)] + " ";
            return piece.repeat(1 + ExprParser.MAX_LENGTH / piece.length() * random.nextInt(3) / 2);
        }
        if (shape < 40) {
            return mutate(random, randomTree(random, random.nextInt(6)).toString());
        }
        StringBuilder text = new StringBuilder();
        int count = random.nextInt(25);
        for (int k = 0; k < count; k++) {
            int kind = random.nextInt(10);
            if (kind < 7) {
                text.append(TOKENS[random.nextInt(TOKENS.length)]);
            } else if (kind < 9) {
                text.append(ODD_CHARS.charAt(random.nextInt(ODD_CHARS.length())));
            } else {
                text.append((char) (32 + random.nextInt(95)));
            }
            if (random.nextInt(10) < 7) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    /** A valid condition with up to three random edits: deletions, insertions, replacements, squeezed spaces. */
    private static String mutate(Random random, String valid) {
        StringBuilder text = new StringBuilder(valid);
        for (int edits = random.nextInt(4); edits > 0 && text.length() > 0; edits--) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(4)) {
                case 0:
                    text.deleteCharAt(at);
                    break;
                case 1:
                    text.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                    break;
                case 2:
                    text.setCharAt(at, ODD_CHARS.charAt(random.nextInt(ODD_CHARS.length())));
                    break;
                default:
                    String squeezed = text.toString().replace(" == ", "==").replace(", ", ",").replace(" > ", ">");
                    text.setLength(0);
                    text.append(squeezed);
                    break;
            }
        }
        return text.toString();
    }

    private static Map<String, Object> randomAnswers(Random random) {
        Map<String, Object> answers = new HashMap<>();
        for (String id : IDS) {
            Object value;
            switch (random.nextInt(11)) {
                case 0: value = null; break;
                case 1: value = "x"; break;
                case 2: value = randomString(random); break;
                case 3: value = new HashSet<>(Arrays.asList("x", "z")); break;
                case 4: value = new HashSet<>(); break;
                case 5: value = random.nextBoolean(); break;
                case 6: value = BigDecimal.valueOf(random.nextInt(2001) - 1000, random.nextInt(3)); break;
                case 7: value = random.nextInt(5); break;
                case 8: value = random.nextBoolean() ? Double.NaN : 2.5; break;
                case 9: value = Arrays.asList("x", null); break;
                default: value = new Object(); break;
            }
            answers.put(id, value);
        }
        return answers;
    }

    // ------------------------------------------------------------------ random trees

    @Test
    void generatedTreesRoundTripThroughTheirCanonicalForm() {
        Random random = new Random(SEED);
        for (int i = 0; i < 5_000; i++) {
            Expr tree = randomTree(random, random.nextInt(7));
            String printed = tree.toString();
            if (printed.length() > ExprParser.MAX_LENGTH) {
                continue;
            }
            try {
                Expr parsed = ExprParser.parse(printed);
                assertEquals(tree, ExprTestSupport.withoutPositions(parsed));
                assertEquals(printed, parsed.toString());
                assertEquals(tree.references(), parsed.references());
            } catch (Throwable t) {
                fail("seed " + SEED + ", case " + i + ", tree " + visible(printed) + ": " + t, t);
            }
        }
    }

    private static Expr randomTree(Random random, int depth) {
        if (depth == 0 || random.nextInt(5) == 0) {
            return random.nextInt(3) == 0 ? randomLiteral(random) : randomRef(random);
        }
        switch (random.nextInt(8)) {
            case 0:
                return new Expr.Or(0, randomTree(random, depth - 1), randomTree(random, depth - 1));
            case 1:
                return new Expr.And(0, randomTree(random, depth - 1), randomTree(random, depth - 1));
            case 2:
                return new Expr.Not(0, randomTree(random, depth - 1));
            case 3:
                Expr.Op op = Expr.Op.values()[random.nextInt(Expr.Op.values().length)];
                return new Expr.Compare(0, randomTree(random, depth - 1), op, randomTree(random, depth - 1));
            case 4:
                List<Expr.Literal> values = new ArrayList<>();
                for (int k = random.nextInt(4); k >= 0; k--) {
                    values.add(randomLiteral(random));
                }
                return new Expr.In(0, randomTree(random, depth - 1), random.nextBoolean(), values);
            case 5:
                return new Expr.Answered(0, randomRef(random));
            case 6:
                return new Expr.Selected(0, randomRef(random), new Expr.StringLiteral(0, randomString(random)));
            default:
                return new Expr.Count(0, randomRef(random));
        }
    }

    private static Expr.QuestionRef randomRef(Random random) {
        return new Expr.QuestionRef(0, IDS[random.nextInt(IDS.length)]);
    }

    private static Expr.Literal randomLiteral(Random random) {
        switch (random.nextInt(3)) {
            case 0:
                long unscaled = random.nextInt(4) == 0 ? random.nextLong() : random.nextInt(200) - 100;
                return new Expr.NumberLiteral(0, BigDecimal.valueOf(unscaled, random.nextInt(5)));
            case 1:
                return new Expr.StringLiteral(0, randomString(random));
            default:
                return new Expr.BooleanLiteral(0, random.nextBoolean());
        }
    }

    private static String randomString(Random random) {
        String alphabet = "ab xy'\"\\\n\t()[],=<>&|!\u00e9\ud83d\ude00";
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(8); k > 0; k--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    // ------------------------------------------------------------------ literals, with QuickTheories

    @Test
    void anyStringLiteralRoundTrips() {
        qt().withFixedSeed(SEED).withExamples(500)
                .forAll(strings().allPossible().ofLengthBetween(0, 100))
                .checkAssert(text -> {
                    Expr literal = new Expr.StringLiteral(0, text);
                    Expr parsed = ExprParser.parse(literal.toString());
                    assertEquals(literal, parsed);
                    Expr doubleQuoted = ExprParser.parse(
                            '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
                    assertEquals(literal, doubleQuoted);
                });
    }

    @Test
    void anyNumberLiteralRoundTrips() {
        qt().withFixedSeed(SEED).withExamples(2_000)
                .forAll(longs().all(), integers().between(0, 12))
                .checkAssert((unscaled, scale) -> {
                    Expr literal = new Expr.NumberLiteral(0, BigDecimal.valueOf(unscaled, scale));
                    assertEquals(literal, ExprParser.parse(literal.toString()));
                });
    }

    private static String visible(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().limit(300).forEach(cp -> {
            if (cp >= 32 && cp < 127 && cp != '"' && cp != '\\') {
                out.append((char) cp);
            } else {
                out.append(String.format("\\u{%X}", cp));
            }
        });
        return out.append(text.length() > 300 ? "...\"" : "\"").toString();
    }
}
