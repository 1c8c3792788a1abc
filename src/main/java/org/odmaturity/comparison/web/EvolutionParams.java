package org.odmaturity.comparison.web;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

/**
 * The evolution view's own choice, next to the dashboard's filters in its URL: the earlier campaign to compare with
 * ({@code depuis}); blank means the latest campaign before the one shown.
 */
public class EvolutionParams {

    @QueryParam("depuis")
    @Pattern(regexp = "|[0-9]{1,18}", message = "must be a campaign id")
    public String depuis;

    /** The campaign asked for, once validated; null for the default. */
    Long campaignId() {
        return depuis == null || depuis.isBlank() ? null : Long.parseLong(depuis);
    }

    /** Whether the value is not a campaign id at all (Bean Validation says the same for the pages that check it). */
    boolean invalid() {
        return depuis != null && !depuis.matches("|[0-9]{1,18}");
    }
}
