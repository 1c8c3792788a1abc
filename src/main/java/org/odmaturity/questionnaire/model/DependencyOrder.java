package org.odmaturity.questionnaire.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Questions in an order where each comes after the questions it reads: the references of its relevance condition and
 * any extra edges (a staircase's earlier steps, with stopAtFirstNo). When several are ready at once, the first in
 * document order goes first. The one topological sort of the project: the engine evaluates in this order, the loader
 * reports the cycles it leaves.
 *
 * @param order the questions that could be ordered
 * @param cycle the questions left over (on or after a cycle), in document order; empty when there is no cycle
 */
public record DependencyOrder(List<Question> order, List<Question> cycle) {

    /** {@code documentOrder} sorted; {@code extraReads}: for a question id, more ids it comes after. */
    public static DependencyOrder of(List<Question> documentOrder, Map<String, List<String>> extraReads) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < documentOrder.size(); i++) {
            index.put(documentOrder.get(i).id(), i);
        }
        int[] pending = new int[documentOrder.size()];
        List<List<Integer>> dependents = new ArrayList<>();
        for (int i = 0; i < documentOrder.size(); i++) {
            dependents.add(new ArrayList<>());
        }
        for (int i = 0; i < documentOrder.size(); i++) {
            Question question = documentOrder.get(i);
            List<String> reads = new ArrayList<>(extraReads.getOrDefault(question.id(), List.of()));
            if (question.relevance() != null) {
                reads.addAll(question.relevance().references());
            }
            for (String reference : reads) {
                Integer source = index.get(reference);
                if (source != null) {
                    dependents.get(source).add(i);
                    pending[i]++;
                }
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < pending.length; i++) {
            if (pending[i] == 0) {
                ready.add(i);
            }
        }
        List<Question> order = new ArrayList<>(documentOrder.size());
        boolean[] done = new boolean[documentOrder.size()];
        while (!ready.isEmpty()) {
            int next = ready.poll();
            order.add(documentOrder.get(next));
            done[next] = true;
            for (int dependent : dependents.get(next)) {
                if (--pending[dependent] == 0) {
                    ready.add(dependent);
                }
            }
        }
        List<Question> cycle = new ArrayList<>();
        for (int i = 0; i < documentOrder.size(); i++) {
            if (!done[i]) {
                cycle.add(documentOrder.get(i));
            }
        }
        return new DependencyOrder(List.copyOf(order), List.copyOf(cycle));
    }
}
