package org.odmaturity.questionnaire.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    RelevanceCheck(Nodes nodes, Map<String, QuestionnaireParser.QuestionSource> sources) {
        this.nodes = nodes;
        this.sources = sources;
    }

    /** The parsed conditions of the questions that have a valid one, by question id. */
    Map<String, Expr> run() {
        Map<String, QuestionSignature> signatures = new HashMap<>();
        sources.forEach((id, source) -> signatures.put(id, new QuestionSignature(source.question().type(),
                source.question().options().stream().map(Option::id).collect(Collectors.toCollection(
                        java.util.LinkedHashSet::new)))));
        Map<String, Expr> parsed = new LinkedHashMap<>();
        sources.forEach((id, source) -> {
            Question question = source.question();
            if (question.relevantWhen() == null) {
                return;
            }
            Node node = source.relevanceNode();
            try {
                Expr expr = ExprParser.parse(question.relevantWhen());
                List<ExprProblem> problems = ExprChecker.check(expr, signatures);
                for (ExprProblem problem : problems) {
                    nodes.error(node, source.relevancePath(), problem.message() + " (column " + (problem.position() + 1)
                            + " of the condition)");
                }
                if (problems.isEmpty()) {
                    parsed.put(id, expr);
                }
            } catch (ExprSyntaxException e) {
                nodes.error(node, source.relevancePath(), "syntax error: " + e.getMessage() + " (column "
                        + (e.position() + 1) + " of the condition)");
            }
        });
        reportCycles(parsed);
        return parsed;
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
