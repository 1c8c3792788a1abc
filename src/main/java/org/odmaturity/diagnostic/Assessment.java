package org.odmaturity.diagnostic;

import java.math.BigDecimal;

/**
 * The facilitator's score of one answer to a question scored by the facilitator (docs/scoring.md, "Scored by the
 * facilitator"): the points, from 0 to the question's maxScore (a level of its rubric when it has one), and why.
 *
 * @param question      the question id
 * @param points        the points given; null is refused (the field is named in the problem)
 * @param justification why these points; required, shown to the organisation with the points
 */
public record Assessment(String question, BigDecimal points, String justification) {
}
