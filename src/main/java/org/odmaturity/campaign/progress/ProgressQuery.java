package org.odmaturity.campaign.progress;

import org.odmaturity.organization.OrganizationType;

/** A campaign's progress filters, typed; null (or false) is no filter. */
public record ProgressQuery(Stage stage, OrganizationType type, String departement, String text, boolean overdue) {

    public static ProgressQuery all() {
        return new ProgressQuery(null, null, null, null, false);
    }
}
