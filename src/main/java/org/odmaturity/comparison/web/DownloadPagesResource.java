package org.odmaturity.comparison.web;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.odmaturity.comparison.ComparisonService;
import org.odmaturity.comparison.Results.CampaignRef;
import org.odmaturity.comparison.export.AnswersExport;
import org.odmaturity.comparison.export.Csv;
import org.odmaturity.comparison.export.Downloads;
import org.odmaturity.comparison.export.ExportSelection;
import org.odmaturity.comparison.export.ResultsExport;
import org.odmaturity.comparison.pdf.SynthesisPdf;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.security.Roles;
import org.odmaturity.web.PageContext;

/**
 * The campaign's files offered by every dashboard view, with the view's campaign and filters: the results of each
 * diagnostic the visitor may read individually (CSV, XLSX), their answers in long format (CSV), and the regional
 * synthesis (PDF). The same files as
 * the API's exports ({@code /api/campaigns/{id}/results.csv}…), for a signed-in page (the API never accepts the page
 * session's cookie). No {@code @Produces}: a browser's refusal page must reach it.
 */
@Path("/resultats/telechargements")
@RolesAllowed({ Roles.ADMIN, Roles.FACILITATOR })
public class DownloadPagesResource {

    @Inject DashboardFrame frame;
    @Inject ResultsExport results;
    @Inject AnswersExport answers;
    @Inject SynthesisPdf synthesis;
    @Inject ComparisonService comparisons;
    @Inject PageContext context;

    @GET
    @Path("resultats.csv")
    public Response resultsCsv(@BeanParam DashboardParams params, @QueryParam("excel") boolean excel) {
        return download(params, selection -> Downloads.of(out -> results.csv(selection, Csv.Dialect.of(excel), out),
                Csv.MEDIA_TYPE, selection.fileName("results", "csv"), selection.viewer().language()));
    }

    @GET
    @Path("resultats.xlsx")
    public Response resultsXlsx(@BeanParam DashboardParams params) {
        return download(params, selection -> Downloads.of(out -> results.xlsx(selection, out), Downloads.XLSX,
                selection.fileName("results", "xlsx"), selection.viewer().language()));
    }

    @GET
    @Path("reponses.csv")
    public Response answersCsv(@BeanParam DashboardParams params, @QueryParam("excel") boolean excel) {
        return download(params, selection -> Downloads.of(out -> answers.csv(selection, Csv.Dialect.of(excel), out),
                Csv.MEDIA_TYPE, selection.fileName("answers", "csv"), selection.viewer().language()));
    }

    /**
     * The regional synthesis (PDF, for elected officials and partners: always under the anonymity rule, whoever asks),
     * with the evolution against {@code depuis}, by default the latest campaign before this one.
     */
    @GET
    @Path("synthese.pdf")
    public Response synthesis(@BeanParam DashboardParams params, @BeanParam EvolutionParams own) {
        DashboardScope scope = frame.scope(params);
        if (!scope.valid() || own.invalid()) {
            return frame.invalid(scope, DashboardTab.OVERVIEW);
        }
        if (scope.campaign() == null) {
            throw new ResourceNotFoundException("No campaign yet.");
        }
        List<CampaignRef> campaigns = comparisons.campaigns();
        CampaignRef chosen = own.campaignId() == null ? null : campaigns.stream()
                .filter(c -> c.id() == own.campaignId() && c.id() != scope.campaign().id()).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("No campaign " + own.campaignId() + " to compare."));
        CampaignRef from = EvolutionView.Comparison.of(scope.campaign(), campaigns, chosen).from();
        String language = context.lang();
        byte[] pdf = synthesis.render(scope.campaign().id(), scope.filter(), from == null ? null : from.id(), language);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\""
                        + SynthesisPdf.fileName(scope.campaign().id(), language) + "\"")
                .header(HttpHeaders.CONTENT_LANGUAGE, language).build();
    }

    private Response download(DashboardParams params, java.util.function.Function<ExportSelection, Response> file) {
        DashboardScope scope = frame.scope(params);
        if (!scope.valid()) {
            return frame.invalid(scope, DashboardTab.OVERVIEW);
        }
        if (scope.campaign() == null) {
            throw new ResourceNotFoundException("No campaign yet.");
        }
        return file.apply(results.select(scope.campaign().id(), scope.filter(), scope.viewer()));
    }
}
