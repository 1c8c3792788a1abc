package org.odmaturity.campaign.enrolment;

import java.time.LocalDate;

import org.odmaturity.diagnostic.DiagnosticMode;

/** What every diagnostic of an enrolment gets: its mode, its facilitator (null: none) and its deadline (null: none). */
public record Enrolment(DiagnosticMode mode, Long facilitatorId, LocalDate deadline) {
}
