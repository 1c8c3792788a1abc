package org.odmaturity.campaign.enrolment;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.organization.DepartementCode;
import org.odmaturity.organization.OrganizationType;

/**
 * The body of {@code POST /api/campaigns/{id}/enrolments}: the selection's criteria (see {@link Selection}), how the
 * diagnostics are filled, their facilitator (optional) and deadline (optional), and {@code dryRun} to preview.
 */
public record EnrolmentRequest(
        @Size(max = 20) List<@NotNull OrganizationType> types,
        @Size(max = 120) List<@NotNull @DepartementCode String> departements,
        @PositiveOrZero Integer populationMin,
        @PositiveOrZero Integer populationMax,
        @Positive Long importId,
        @Size(max = EnrolmentService.MAX_ORGANIZATIONS) List<@NotNull @Positive Long> organizationIds,
        @NotNull DiagnosticMode mode,
        @Positive Long facilitatorId,
        LocalDate deadline,
        Boolean dryRun) {

    public Selection selection() {
        return new Selection(types, departements, populationMin, populationMax, importId, organizationIds);
    }

    public Enrolment enrolment() {
        return new Enrolment(mode, facilitatorId, deadline);
    }

    public boolean preview() {
        return Boolean.TRUE.equals(dryRun);
    }
}
