package org.odmaturity.questionnaire.model;

/**
 * The opt-in rules of the staircase strategy ({@code scoring.staircase} in a file; docs/scoring.md 5.2.1). All off
 * by default, which is how every file written before them keeps its meaning.
 *
 * @param stopAtFirstNo     a step answered and not passed hides the later steps of its activity (document order), as
 *                          a false relevance condition would
 * @param incomplete        an activity with a required relevant step unanswered is "incomplete": no score, left out
 *                          of its axis (default: the unanswered step counts as not done)
 * @param partialCredit     the activity's score moves from the threshold of the level reached towards the next
 *                          level's, by the share of that level's steps done (a step below its pass mark counts for
 *                          points / passScore)
 */
public record StaircaseRules(boolean stopAtFirstNo, boolean incomplete, boolean partialCredit) {

    /** No rule: the staircase as it was before these rules existed. */
    public static final StaircaseRules NONE = new StaircaseRules(false, false, false);

    public boolean any() {
        return stopAtFirstNo || incomplete || partialCredit;
    }
}
