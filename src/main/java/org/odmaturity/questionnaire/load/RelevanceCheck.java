package org.odmaturity.questionnaire.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.odmaturity.questionnaire.expr.Expr;
import org.odmaturity.questionnaire.expr.ExprChecker;
import org.odmaturity.questionnaire.expr.ExprParser;
import org.odmaturity.questionnaire.expr.ExprProblem;
import org.odmaturity.questionnaire.expr.ExprSyntaxException;
import org.odmaturity.questionnaire.expr.QuestionSignature;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.Question;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Parses and checks every relevance condition once all questions are known: syntax, unknown questions and options,
 * incompatible comparisons, and cycles between conditions.
 */
final class RelevanceCheck {

    private final Nodes nodes;
    private final Map<String, QuestionnaireParser.QuestionSource> sources;
    private final List<QuestionnaireParser.QuestionSource> invalid;
    private final Set<String> unusable;

    /**
     * @param sources  the questions with a valid id and type, by id: they can be read by conditions
     * @param invalid  the questions whose own id or type is wrong (already reported): their conditions are checked too,
     *                 so that one pass reports every error, but nothing can read them
     * @param unusable valid ids of questions in {@code invalid}: a condition that reads one is not checked until that
     *                 question is fixed (its "unknown question" would only repeat the question's own error)
     */
    RelevanceCheck(Nodes nodes, Map<String, QuestionnaireParser.QuestionSource> sources,
            List<QuestionnaireParser.QuestionSource> invalid, Set<String> unusable) {
        this.nodes = nodes;
        this.sources = sources;
        this.invalid = invalid;
        this.unusable = unusable;
    }

    /** The parsed conditions of the questions that have a valid one, by question id. */
    Map<String, Expr> run() {
        Map<String, QuestionSignature> signatures = new HashMap<>();
        sources.forEach((id, source) -> signatures.put(id, new QuestionSignature(source.question().type(),
                source.question().options().stream().map(Option::id).collect(Collectors.toCollection(
                        java.util.LinkedHashSet::new)))));
        Map<String, Expr> parsed = new LinkedHashMap<>();
        sources.forEach((id, source) -> check(source, signatures).ifPresent(expr -> parsed.put(id, expr)));
        invalid.forEach(source -> check(source, signatures));
        reportCycles(parsed);
        return parsed;
    }

    /** The question's condition when it has a valid one; its errors reported otherwise. */
    private Optional<Expr> check(QuestionnaireParser.QuestionSource source, Map<String, QuestionSignature> signatures) {
        Question question = source.question();
        if (question.relevantWhen() == null) {
            return Optional.empty();
        }
        Node node = source.relevanceNode();
        try {
            Expr expr = ExprParser.parse(question.relevantWhen());
            if (expr.references().stream().anyMatch(unusable::contains)) {
                return Optional.empty();
            }
            List<ExprProblem> problems = ExprChecker.check(expr, signatures);
            for (ExprProblem problem : problems) {
                nodes.error(node, source.relevancePath(), problem.message() + " (column " + (problem.position() + 1)
                        + " of the condition)");
            }
            return problems.isEmpty() ? Optional.of(expr) : Optional.empty();
        } catch (ExprSyntaxException e) {
            nodes.error(node, source.relevancePath(), "syntax error: " + e.getMessage() + " (column "
                    + (e.position() + 1) + " of the condition)");
            return Optional.empty();
        }
    }

    /** Depth-first search over "condition of A reads B" edges; each cycle is reported once, at its first question. */
    private void reportCycles(Map<String, Expr> parsed) {
        Map<String, Integer> state = new HashMap<>(); // absent: new, 1: on the current path, 2: done
        for (String start : parsed.keySet()) {
            if (!state.containsKey(start)) {
                visit(start, parsed, state, new ArrayList<>());
            }
        }
    }

    private void visit(String id, Map<String, Expr> parsed, Map<String, Integer> state, List<String> path) {
        state.put(id, 1);
        path.add(id);
        Expr expr = parsed.get(id);
        if (expr != null) {
            for (String next : expr.references()) {
                Integer nextState = state.get(next);
                if (nextState == null) {
                    visit(next, parsed, state, path);
                } else if (nextState == 1) {
                    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
                    cycle.add(next);
                    QuestionnaireParser.QuestionSource source = sources.get(next);
                    nodes.error(source.relevanceNode(), source.relevancePath(), "relevance conditions form a cycle: "
                            + String.join(" → ", cycle));
                }
            }
        }
        path.remove(path.size() - 1);
        state.put(id, 2);
    }
}
