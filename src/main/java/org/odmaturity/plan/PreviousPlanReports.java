package org.odmaturity.plan;

import org.odmaturity.plan.pdf.PlanReport;
import org.odmaturity.security.Actor;

/**
 * Adds to a plan report the "since the last diagnostic" section: the organisation's previous validated plan and the
 * follow-up of its actions. Implemented by the follow-up (plan.followup), which depends on the plan, not the reverse.
 */
public interface PreviousPlanReports {

    /** The report with the section when the diagnostic has a previous plan, else the report as it is. */
    PlanReport withPrevious(PlanReport report, long diagnosticId, Actor actor);
}
