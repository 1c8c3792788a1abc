package org.odmaturity.campaign.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.odmaturity.campaign.Campaign;
import org.odmaturity.campaign.CampaignService;
import org.odmaturity.campaign.progress.CampaignProgress;
import org.odmaturity.campaign.progress.ProgressCsv;
import org.odmaturity.campaign.progress.ProgressFilter;
import org.odmaturity.campaign.progress.ProgressQuery;
import org.odmaturity.campaign.progress.ProgressService;
import org.odmaturity.campaign.progress.Stage;
import org.odmaturity.comparison.export.Csv;
import org.odmaturity.comparison.export.Downloads;
import org.odmaturity.i18n.Labels;
import org.odmaturity.organization.OrganizationType;
import org.odmaturity.security.Roles;
import org.odmaturity.web.Formats;
import org.odmaturity.web.Forms;
import org.odmaturity.web.FrameMsg;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.PageContext.Section;
import org.odmaturity.web.Views;

/**
 * A campaign's progress for the regional team: one row per enrolled organisation, the summary, filters (a GET form)
 * and the CSV of what is shown. Admins only, as every {@code /admin} page; facilitators have the API (their
 * diagnostics).
 */
@Path("/admin/campagnes/{id}/suivi")
@RolesAllowed(Roles.ADMIN)
public class ProgressPagesResource {

    @Inject PageContext context;
    @Inject CampaignService campaigns;
    @Inject ProgressService progress;
    @Inject Validator validator;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("id") long id, @QueryParam("stage") String stage, @QueryParam("type") String type,
            @QueryParam("departement") String departement, @QueryParam("q") String q,
            @QueryParam("overdue") String overdue) {
        Campaign campaign = campaigns.get(id);
        EnrolmentMsg m = context.msg(EnrolmentMsg.class);
        ProgressFilter filter = filter(stage, type, departement, q, overdue);
        Map<String, String> errors = errors(filter);
        if (!errors.isEmpty()) {
            // an invalid filter is dropped (and said), the others still apply
            filter = new ProgressFilter(errors.containsKey("stage") ? null : filter.stage,
                    errors.containsKey("type") ? null : filter.type,
                    errors.containsKey("departement") ? null : filter.departement,
                    errors.containsKey("q") ? null : filter.q, errors.containsKey("overdue") ? null : filter.overdue);
        }
        ProgressQuery query = filter.query();
        CampaignProgress p = progress.progress(id, query, context.actor());
        String lang = context.lang();
        Locale locale = context.locale();
        Labels labels = Labels.of(lang);

        List<EnrolmentViews.Option> stages = new ArrayList<>();
        stages.add(new EnrolmentViews.Option("", m.stage_all(), query.stage() == null));
        for (Stage s : Stage.values()) {
            stages.add(new EnrolmentViews.Option(s.key(), stage(s, m), s == query.stage()));
        }
        List<EnrolmentViews.Option> types = new ArrayList<>();
        types.add(new EnrolmentViews.Option("", m.type_all(), query.type() == null));
        for (OrganizationType t : OrganizationType.values()) {
            types.add(new EnrolmentViews.Option(t.apiName(), t.label(lang), t == query.type()));
        }
        CampaignProgress.Summary s = p.summary();
        List<EnrolmentViews.Fact> summary = List.of(new EnrolmentViews.Fact(m.sum_organizations(), s.organizations()),
                new EnrolmentViews.Fact(m.sum_invited(), s.invited()),
                new EnrolmentViews.Fact(m.sum_link_used(), s.linkUsed()),
                new EnrolmentViews.Fact(m.sum_started(), s.started()),
                new EnrolmentViews.Fact(m.sum_submitted(), s.submitted()),
                new EnrolmentViews.Fact(m.sum_validated(), s.validated()),
                new EnrolmentViews.Fact(m.sum_overdue(), s.overdue()));
        List<EnrolmentViews.ProgressRow> rows = p.rows().stream().map(r -> new EnrolmentViews.ProgressRow(
                r.organization(), "/admin/organisations/" + r.organizationId(),
                r.type() == null ? "" : r.type().label(lang), r.departement() == null ? "" : r.departement(),
                labels.label("diagnostic.mode", r.mode()), orEmpty(Formats.date(locale, r.deadline())), r.overdue(),
                r.facilitator() == null ? "" : r.facilitator(), orEmpty(Formats.dateTime(locale, r.invitedAt())),
                orEmpty(Formats.dateTime(locale, r.linkUsedAt())), orEmpty(Formats.dateTime(locale, r.startedAt())),
                r.percent() == null ? "" : m.answered(r.percent(), r.answered(), r.relevant()),
                orEmpty(Formats.dateTime(locale, r.submittedAt())), orEmpty(Formats.dateTime(locale, r.validatedAt())),
                stage(r.stage(), m))).toList();
        String csv = csvHref(id, filter, lang, false);
        List<EnrolmentViews.Download> downloads = List.of(new EnrolmentViews.Download(csv, m.csv_standard()),
                new EnrolmentViews.Download(csvHref(id, filter, lang, true), m.csv_excel()));
        List<Views.ErrorLink> links = new ArrayList<>();
        errors.forEach((field, text) -> links.add(new Views.ErrorLink("#" + field, text)));
        boolean filtered = query.stage() != null || query.type() != null || query.departement() != null
                || query.text() != null || query.overdue();
        EnrolmentViews.ProgressPage view = new EnrolmentViews.ProgressPage(id, campaign.name, stages, types,
                filter.departement == null ? "" : filter.departement, filter.q == null ? "" : filter.q,
                query.overdue(), filtered, links, errors, summary, rows, downloads);
        String title = m.progress_title() + " – " + campaign.name;
        Views.Page page = context.page(Forms.title(context.msg(FrameMsg.class), title, links.size()),
                Section.CAMPAIGNS);
        return context.render(EnrolmentViews.Templates.campaignProgress(page, view), errors.isEmpty() ? 200 : 400);
    }

    /** The CSV of the page's rows (same filters), in the page's language. */
    @GET
    @Path("export.csv")
    @Produces(Csv.MEDIA_TYPE)
    public Response csv(@PathParam("id") long id, @QueryParam("stage") String stage, @QueryParam("type") String type,
            @QueryParam("departement") String departement, @QueryParam("q") String q,
            @QueryParam("overdue") String overdue, @QueryParam("excel") String excel) {
        campaigns.get(id);
        ProgressFilter filter = filter(stage, type, departement, q, overdue);
        if (!errors(filter).isEmpty()) {
            return context.error(PageContext.ErrorPage.BAD_REQUEST);
        }
        CampaignProgress p = progress.progress(id, filter.query(), context.actor());
        String lang = context.lang();
        Csv.Dialect dialect = Csv.Dialect.of("true".equals(excel));
        return Downloads.of(out -> ProgressCsv.write(p, dialect, lang, out), Csv.MEDIA_TYPE,
                ProgressCsv.fileName(id, lang), lang);
    }

    /** The filters as typed, blank ones left out. */
    private static ProgressFilter filter(String stage, String type, String departement, String q, String overdue) {
        String code = Forms.blankToNull(Forms.trimmed(departement));
        return new ProgressFilter(Forms.blankToNull(Forms.trimmed(stage)), Forms.blankToNull(Forms.trimmed(type)),
                code == null ? null : code.toUpperCase(Locale.ROOT), Forms.blankToNull(Forms.trimmed(q)),
                Forms.blankToNull(Forms.trimmed(overdue)));
    }

    private Map<String, String> errors(ProgressFilter filter) {
        EnrolmentMsg m = context.msg(EnrolmentMsg.class);
        Forms.Texts t = context.msg(Forms.Texts.class);
        Map<String, String> errors = new LinkedHashMap<>();
        Set<ConstraintViolation<ProgressFilter>> violations = validator.validate(filter);
        for (ConstraintViolation<ProgressFilter> v : violations) {
            String field = v.getPropertyPath().toString();
            errors.put(field, switch (field) {
                case "stage" -> t.err_choose(m.stage_label());
                case "type" -> t.err_choose(m.type_label());
                case "departement" -> t.err_departement();
                case "q" -> t.err_too_long(m.q_label(), 200);
                default -> t.err_invalid(m.overdue_label());
            });
        }
        return errors;
    }

    private static String csvHref(long id, ProgressFilter filter, String lang, boolean excel) {
        UriBuilder b = UriBuilder.fromPath("/admin/campagnes/{id}/suivi/export.csv");
        addIfSet(b, "stage", filter.stage);
        addIfSet(b, "type", filter.type);
        addIfSet(b, "departement", filter.departement);
        addIfSet(b, "q", filter.q);
        addIfSet(b, "overdue", filter.overdue);
        b.queryParam("lang", lang);
        if (excel) {
            b.queryParam("excel", "true");
        }
        return b.build(id).toString();
    }

    private static void addIfSet(UriBuilder b, String name, String value) {
        if (value != null && !value.isEmpty()) {
            b.queryParam(name, value);
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    static String stage(Stage s, EnrolmentMsg m) {
        return switch (s) {
            case ENROLLED -> m.stage_enrolled();
            case INVITED -> m.stage_invited();
            case LINK_USED -> m.stage_link_used();
            case STARTED -> m.stage_started();
            case SUBMITTED -> m.stage_submitted();
            case VALIDATED -> m.stage_validated();
        };
    }
}
