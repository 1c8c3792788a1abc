package org.odmaturity.comparison;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.i18n.Labels;

/**
 * Which diagnostics the results count: the validated ones (the default: checked by the regional team), or the
 * submitted ones as well. Drafts are never scored in comparisons: they have no snapshot.
 */
public enum StatusScope {
    VALIDATED("validated", EnumSet.of(DiagnosticStatus.VALIDATED)),
    SUBMITTED_OR_VALIDATED("submitted-or-validated", EnumSet.of(DiagnosticStatus.SUBMITTED, DiagnosticStatus.VALIDATED));

    private final String key;
    private final Set<DiagnosticStatus> statuses;

    StatusScope(String key, Set<DiagnosticStatus> statuses) {
        this.key = key;
        this.statuses = statuses;
    }

    public String key() {
        return key;
    }

    public Set<DiagnosticStatus> statuses() {
        return EnumSet.copyOf(statuses);
    }

    public boolean includes(DiagnosticStatus status) {
        return statuses.contains(status);
    }

    public static Optional<StatusScope> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    public String label(String language) {
        return Labels.of(language).label("status.scope", this);
    }
}
