package org.odmaturity.comparison.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.odmaturity.questionnaire.model.Effort;
import org.odmaturity.questionnaire.model.Horizon;

/**
 * The support-needs view's own choices, next to the dashboard's filters in its URL: the actions of one axis
 * ({@code axe}, also narrowing the themes), of one effort and of one horizon, and whether all actions are listed
 * ({@code actions=toutes}) or only the most frequent ones. Blank means "all", as a form's empty choice sends it.
 */
public class NeedsParams {

    /** How many actions are listed unless all are asked for. */
    public static final int TOP = 10;
    static final String ALL = "toutes";

    @QueryParam("axe")
    @Pattern(regexp = "|[A-Za-z0-9_-]{1,100}", message = "must be an axis id")
    public String axe;

    @QueryParam("effort")
    @Pattern(regexp = "|low|medium|high", message = "must be low, medium or high")
    public String effort;

    @QueryParam("horizon")
    @Pattern(regexp = "|short|medium|long", message = "must be short, medium or long")
    public String horizon;

    @QueryParam("actions")
    @Pattern(regexp = "|" + ALL, message = "must be " + ALL)
    public String actions;

    /** The axis asked for, if any (whether the campaign has it is checked against its questionnaire). */
    Optional<String> axis() {
        return blank(axe) ? Optional.empty() : Optional.of(axe);
    }

    /** The effort asked for, once validated. */
    Optional<Effort> effortChoice() {
        return blank(effort) ? Optional.empty() : Effort.fromKey(effort);
    }

    /** The horizon asked for, once validated. */
    Optional<Horizon> horizonChoice() {
        return blank(horizon) ? Optional.empty() : Horizon.fromKey(horizon);
    }

    boolean all() {
        return ALL.equals(actions);
    }

    /** The choices as query parameters, defaults left out, in the form's order (links and downloads). */
    Map<String, String> query(boolean all) {
        Map<String, String> query = new LinkedHashMap<>();
        axis().ifPresent(a -> query.put("axe", a));
        effortChoice().ifPresent(e -> query.put("effort", e.key()));
        horizonChoice().ifPresent(h -> query.put("horizon", h.key()));
        if (all) {
            query.put("actions", ALL);
        }
        return query;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
