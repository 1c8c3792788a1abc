package org.odmaturity.comparison;

import org.odmaturity.security.Actor;

/**
 * Who reads the results, which decides what they see: admins see every figure; facilitators and the public see only
 * figures over organisations whose profile at least {@code minimumGroupSize} organisations share (docs/comparison.md),
 * and facilitators see individual results only for the diagnostics assigned to them.
 *
 * @param admin         the regional team
 * @param facilitatorId the facilitator's account, null for admins and the public
 * @param language      the language of titles and labels ({@code fr} or {@code en})
 */
public record Viewer(boolean admin, Long facilitatorId, int minimumGroupSize, String language) {

    public Viewer {
        language = "en".equals(language) ? "en" : "fr";
    }

    public static Viewer of(Actor actor, int minimumGroupSize, String language) {
        return new Viewer(actor.admin(), actor.admin() ? null : actor.userId(), minimumGroupSize, language);
    }

    /** Public outputs (open data, the regional synthesis): the anonymity rule, no individual result. */
    public static Viewer publicAudience(int minimumGroupSize, String language) {
        return new Viewer(false, null, minimumGroupSize, language);
    }

    /** Whether the anonymity rule applies to this viewer's aggregates. */
    public boolean anonymised() {
        return !admin;
    }

    /** Whether this viewer may see a diagnostic's individual results. */
    public boolean mayReadIndividually(CampaignResults.Row row) {
        return admin || facilitatorId != null && facilitatorId.equals(row.facilitatorId());
    }
}
