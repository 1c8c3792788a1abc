package org.odmaturity.campaign.enrolment;

import java.time.LocalDate;
import java.util.List;

import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.organization.OrganizationType;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What an enrolment did, or would do ({@code dryRun}): one line per selected organisation, in name order, and the
 * counts. On a dry run {@code created} counts the diagnostics that would be created.
 */
public record EnrolmentReport(long campaignId, boolean dryRun, DiagnosticMode mode, Long facilitatorId,
        LocalDate deadline, int selected, int created, int alreadyEnrolled, int refused, List<Line> organizations) {

    public enum Outcome {
        CREATED("created"), WOULD_CREATE("would-create"), ALREADY_ENROLLED("already-enrolled"), REFUSED("refused");

        private final String key;

        Outcome(String key) {
            this.key = key;
        }

        @JsonValue
        public String key() {
            return key;
        }
    }

    /**
     * One organisation: its diagnostic in the campaign (null when none was or would be created) and, when refused,
     * why.
     */
    public record Line(long organizationId, String name, String siren, OrganizationType type, String departement,
            Integer population, Outcome outcome, Long diagnosticId, String reason) {
    }
}
