package org.odmaturity.questionnaire.load;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * The errors of one file as they are found: the first {@code max} are kept, the others only counted, so that a
 * hostile file with tens of thousands of mistakes costs neither memory nor a huge answer.
 */
final class ErrorList extends AbstractList<LoadError> {

    private final int max;
    private final List<LoadError> kept = new ArrayList<>();
    private int total;

    ErrorList(int max) {
        this.max = max;
    }

    @Override
    public boolean add(LoadError error) {
        total++;
        if (kept.size() < max) {
            kept.add(error);
        }
        return true;
    }

    @Override
    public LoadError get(int index) {
        return kept.get(index);
    }

    /** How many are kept (at most {@code max}). */
    @Override
    public int size() {
        return kept.size();
    }

    /** How many were found, kept or not. */
    int total() {
        return total;
    }
}
