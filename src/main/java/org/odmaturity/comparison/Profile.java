package org.odmaturity.comparison;

import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.organization.OrganizationType;

/**
 * What the filters of the comparisons can tell apart about a diagnostic: its status and mode, and its organisation's
 * type, département and population band. Two diagnostics with the same profile cannot be separated by any filter
 * combination: the anonymity rule counts organisations by profile (docs/comparison.md).
 */
public record Profile(DiagnosticStatus status, DiagnosticMode mode, OrganizationType type, String departement,
        PopulationBand band) {
}
