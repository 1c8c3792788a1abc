package org.odmaturity.campaign.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.organization.OrganizationType;

/**
 * A campaign's progress: one row per enrolled organisation in the filters (by organisation name) and their summary.
 */
public record CampaignProgress(long campaignId, String campaignName, Summary summary, List<Row> rows) {

    /**
     * How many of the rows reached each step (each counted on its own: an interview may be started without a link),
     * how many are past their deadline without being submitted, and how many have each furthest stage.
     */
    public record Summary(int organizations, int invited, int linkUsed, int started, int submitted, int validated,
            int overdue, Map<Stage, Integer> stages) {
    }

    /**
     * One enrolled organisation's diagnostic. {@code invitedAt}: when its oldest live invitation link was created (null
     * without one); {@code linkUsedAt}: the last use of any of its links; {@code startedAt}: its first answer;
     * {@code percent}: answered over relevant questions, rounded down (null when none is relevant); {@code overdue}:
     * its deadline (or else the campaign's closing day) is past and it is not submitted. (The outreach e-mail's state
     * is to join as another component when the campaign e-mails exist.)
     */
    public record Row(long diagnosticId, long organizationId, String organization, String siren,
            OrganizationType type, String departement, DiagnosticMode mode, DiagnosticStatus status, Stage stage,
            LocalDate deadline, boolean overdue, String facilitator, Instant invitedAt, Instant linkUsedAt,
            Instant startedAt, int answered, int relevant, Integer percent, Instant submittedAt, Instant validatedAt) {
    }
}
