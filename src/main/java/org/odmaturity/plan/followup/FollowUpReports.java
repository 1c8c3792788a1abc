package org.odmaturity.plan.followup;

import jakarta.enterprise.context.ApplicationScoped;

import org.odmaturity.i18n.Labels;
import org.odmaturity.plan.PreviousPlanReports;
import org.odmaturity.plan.pdf.PlanReport;
import org.odmaturity.security.Actor;

/** The "since the last diagnostic" section of the plan PDF: the previous plan's actions and their follow-up. */
@ApplicationScoped
public class FollowUpReports implements PreviousPlanReports {

    private final FollowUpService followUps;

    public FollowUpReports(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public PlanReport withPrevious(PlanReport report, long diagnosticId, Actor actor) {
        Labels labels = Labels.of(report.language());
        return followUps.previous(diagnosticId, report.language(), actor)
                .map(f -> report.withFollowUps(f.year(), f.campaign(), f.actions().stream()
                        .map(a -> new PlanReport.FollowUpRow(a.text(), labels.label("followup.status", a.status()),
                                a.statusDate(), a.note()))
                        .toList()))
                .orElse(report);
    }
}
