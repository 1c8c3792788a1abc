package org.odmaturity.plan;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.odmaturity.plan.pdf.PlanPdfRenderer;
import org.odmaturity.plan.pdf.PlanReport;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** The improvement plan as a PDF report (whoever may read the diagnostic; facilitators' notes only for accounts). */
@Path("/api/diagnostics/{id}/plan.pdf")
@Tag(name = "Improvement plans")
public class PlanPdfResource {

    static final String PDF = "application/pdf";
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @Inject
    PlanService plans;
    @Inject
    PlanPdfRenderer renderer;
    @Inject
    PreviousPlanReports previous;
    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(PDF)
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR, Roles.RESPONDENT})
    @Operation(summary = "The improvement plan as a PDF report", description = "Scores, levels, targets, peers, the "
            + "actions in plan order, the follow-up of the organisation's previous plan (\"since the last diagnostic\") and every answer, in French (default) or English. Marked as a draft until the "
            + "diagnostic is validated.")
    public Response pdf(@PathParam("id") long id,
            @QueryParam("lang") @Parameter(description = "fr (default) or en") String lang) {
        Actor actor = Actor.of(identity);
        PlanService.PlanState state = plans.get(id, false, actor);
        return render(state, PlanTexts.reportLanguage(lang), actor.hasAccount(), renderer,
                report -> previous.withPrevious(report, id, actor));
    }

    /**
     * The PDF response for a plan (also used by the respondent pages): inline, named after the organisation and year,
     * never cached. Facilitator notes are printed only when {@code withNotes}.
     */
    public static Response render(PlanService.PlanState state, String language, boolean withNotes,
            PlanPdfRenderer renderer) {
        return render(state, language, withNotes, renderer, report -> report);
    }

    /** As {@link #render(PlanService.PlanState, String, boolean, PlanPdfRenderer)}, the report completed by {@code more}. */
    public static Response render(PlanService.PlanState state, String language, boolean withNotes,
            PlanPdfRenderer renderer, java.util.function.UnaryOperator<PlanReport> more) {
        PlanReport report = more.apply(PlanReportAssembler.assemble(state, language, withNotes, LocalDate.now(ZONE)));
        byte[] pdf = renderer.render(report);
        CacheControl noStore = new CacheControl();
        noStore.setPrivate(true);
        noStore.setNoStore(true);
        return Response.ok(pdf, PDF)
                .header("Content-Disposition", "inline; filename=\"" + fileName(state) + "\"")
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .cacheControl(noStore)
                .build();
    }

    /** {@code plan-<siren>-<campaign year>.pdf} (a SIREN is nine digits: nothing to escape). */
    static String fileName(PlanService.PlanState state) {
        return "plan-" + state.diagnostic().organization().siren + "-" + state.diagnostic().campaign().year + ".pdf";
    }
}
