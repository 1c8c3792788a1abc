package org.odmaturity.campaign.enrolment;

import java.util.List;

import org.odmaturity.organization.OrganizationType;

/**
 * Which organisations to enrol: every criterion given must hold (types and départements: any of the listed; population
 * within the bounds, inclusive; among the organisations of a directory import; among the ids). At least one criterion
 * ({@link EnrolmentService} refuses none: enrolling the whole directory by an empty form is never what was meant).
 */
public record Selection(List<OrganizationType> types, List<String> departements, Integer populationMin,
        Integer populationMax, Long importId, List<Long> organizationIds) {

    public Selection {
        types = types == null ? List.of() : List.copyOf(types);
        departements = departements == null ? List.of() : List.copyOf(departements);
        organizationIds = organizationIds == null ? List.of() : List.copyOf(organizationIds);
    }

    /** No criterion at all. */
    public boolean empty() {
        return types.isEmpty() && departements.isEmpty() && populationMin == null && populationMax == null
                && importId == null && organizationIds.isEmpty();
    }
}
