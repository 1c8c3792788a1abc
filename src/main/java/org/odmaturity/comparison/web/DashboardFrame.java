package org.odmaturity.comparison.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.odmaturity.comparison.ComparisonConfig;
import org.odmaturity.comparison.ComparisonService;
import org.odmaturity.comparison.PopulationBand;
import org.odmaturity.comparison.Results.CampaignRef;
import org.odmaturity.comparison.ResultsFilter;
import org.odmaturity.comparison.StatusScope;
import org.odmaturity.comparison.Viewer;
import org.odmaturity.comparison.export.Csv;
import org.odmaturity.comparison.geo.DepartementMap;
import org.odmaturity.comparison.web.DashboardViews.Choice;
import org.odmaturity.comparison.web.DashboardViews.Download;
import org.odmaturity.comparison.web.DashboardViews.DownloadGroup;
import org.odmaturity.comparison.web.DashboardViews.ExtraField;
import org.odmaturity.comparison.web.DashboardViews.Frame;
import org.odmaturity.comparison.web.DashboardViews.Tab;
import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.i18n.Labels;
import org.odmaturity.organization.OrganizationType;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.PageContext.Section;
import org.odmaturity.web.Views;

/**
 * The part every dashboard page shares: reading its query into a {@link DashboardScope} (the campaign, default the
 * latest, and the filters, checked with the API's rules) and building what surrounds its content — the filter form,
 * the navigation between views, the anonymity note. A page resource reads the scope, renders its content inside
 * {@link #frame}, or answers {@link #invalid} when the query cannot be used.
 */
@RequestScoped
public class DashboardFrame {

    @Inject PageContext context;
    @Inject ComparisonService comparisons;
    @Inject ComparisonConfig config;
    @Inject Validator validator;

    /** The scope a page's query asks for; its errors name the filters that cannot be used. */
    public DashboardScope scope(DashboardParams params) {
        ResultsMsg m = context.msg(ResultsMsg.class);
        Viewer viewer = comparisons.viewer(context.actor(), context.lang());
        List<Views.ErrorLink> errors = OwnChoices.check(validator, params, field -> label(field, m), m);
        if (!errors.isEmpty()) {
            return new DashboardScope(null, ResultsFilter.defaults(), viewer, errors);
        }
        CampaignRef campaign;
        if (params.campagne == null || params.campagne.isBlank()) {
            campaign = comparisons.latestCampaign().orElse(null);
        } else {
            long id = Long.parseLong(params.campagne);
            campaign = comparisons.campaigns().stream().filter(c -> c.id() == id).findFirst().orElse(null);
            if (campaign == null) {
                return new DashboardScope(null, ResultsFilter.defaults(), viewer,
                        List.of(new Views.ErrorLink("#f-campagne", m.err_campaign_unknown())));
            }
        }
        return new DashboardScope(campaign, params.toFilter(), viewer, List.of());
    }

    /** The label of a filter field, for its error. */
    private static String label(String field, ResultsMsg m) {
        return switch (field) {
            case "campagne" -> m.filter_campaign();
            case "status" -> m.filter_status();
            case "mode" -> m.filter_mode();
            case "type" -> m.filter_type();
            case "departement" -> m.filter_departement();
            case "population" -> m.filter_band();
            default -> field;
        };
    }

    /** The page's frame: title, filter form, views, note, the campaign's files, with no extra field. */
    public Frame frame(DashboardScope scope, DashboardTab tab) {
        return frame(scope, tab, List.of());
    }

    /**
     * The page's frame with the fields only this view has (they stay in the form, so that applying filters keeps
     * them).
     */
    public Frame frame(DashboardScope scope, DashboardTab tab, List<ExtraField> extraFields) {
        ResultsMsg m = context.msg(ResultsMsg.class);
        Labels labels = Labels.of(context.lang());
        ResultsFilter filter = scope.filter();
        CampaignRef campaign = scope.campaign();
        List<Choice> campaigns = comparisons.campaigns().stream().map(c -> new Choice(Long.toString(c.id()),
                c.name() + " (" + c.year() + ")", campaign != null && c.id() == campaign.id())).toList();
        List<Choice> statuses = choices(List.of(StatusScope.values()), StatusScope::key,
                s -> s.label(context.lang()), filter.status(), null);
        List<Choice> modes = choices(List.of(DiagnosticMode.values()), DiagnosticMode::key,
                x -> labels.label("diagnostic.mode", x), filter.mode(), m.filter_mode_all());
        List<Choice> types = choices(List.of(OrganizationType.values()), OrganizationType::apiName,
                x -> labels.label("organization.type", x), filter.type(), m.filter_type_all());
        List<Choice> bands = choices(List.of(PopulationBand.values()), PopulationBand::key,
                b -> b.label(context.lang()), filter.band(), m.filter_band_all());
        List<Choice> departements = new ArrayList<>();
        departements.add(new Choice("", m.filter_departement_all(), filter.departement() == null));
        for (String code : departementCodes(campaign, filter.departement())) {
            departements.add(new Choice(code, departementLabel(code), code.equals(filter.departement())));
        }
        List<Tab> tabs = new ArrayList<>();
        for (DashboardTab t : DashboardTab.values()) {
            tabs.add(new Tab(scope.href(t.path()), tabLabel(t, m), t == tab));
        }
        String campaignName = campaign == null ? null : campaign.name();
        String anonymity = scope.viewer().anonymised() ? m.anonymity_note(scope.viewer().minimumGroupSize()) : null;
        boolean filtered = filter.narrowed() || filter.status() != StatusScope.VALIDATED
                || extraFields.stream().anyMatch(f -> f.choices().stream().anyMatch(c -> c.selected()
                        && !c.value().isEmpty()));
        return new Frame(campaignName, tabLabel(tab, m), tab.path(), campaigns, statuses, modes, types,
                departements, bands, extraFields, filtered, resetHref(campaign, tab), tabs, anonymity, scope.errors(),
                scope.valid() && campaign != null ? files(scope, m) : List.of());
    }

    private static String resetHref(CampaignRef campaign, DashboardTab tab) {
        return campaign == null ? tab.path()
                : ResultsPaths.withQuery(tab.path(), Map.of("campagne", Long.toString(campaign.id())));
    }

    /** The départements to choose from: the map's region, those of the campaign's organisations, the chosen one. */
    private Set<String> departementCodes(CampaignRef campaign, String chosen) {
        Set<String> codes = new LinkedHashSet<>(config.mapDepartements());
        if (campaign != null) {
            comparisons.data(campaign.id()).rows().stream().map(r -> r.profile().departement())
                    .filter(c -> c != null).sorted().forEach(codes::add);
        }
        if (chosen != null) {
            codes.add(chosen);
        }
        return codes.stream().sorted().collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    }

    /** "67 – Bas-Rhin", or the code alone for a département without an outline (overseas). */
    public static String departementLabel(String code) {
        Optional<String> name = DepartementMap.get().name(code);
        return name.map(n -> code + " – " + n).orElse(code);
    }

    private static <E> List<Choice> choices(List<E> values, Function<E, String> key, Function<E, String> label,
            E selected, String all) {
        List<Choice> choices = new ArrayList<>();
        if (all != null) {
            choices.add(new Choice("", all, selected == null));
        }
        for (E value : values) {
            choices.add(new Choice(key.apply(value), label.apply(value), value.equals(selected)));
        }
        return choices;
    }

    public static String tabLabel(DashboardTab tab, ResultsMsg m) {
        return switch (tab) {
            case OVERVIEW -> m.tab_overview();
            case ORGANIZATIONS -> m.tab_organizations();
            case NEEDS -> m.tab_needs();
            case EVOLUTION -> m.tab_evolution();
        };
    }

    /** The page's title: the view, and the campaign when there is one. */
    public Views.Page page(DashboardScope scope, DashboardTab tab) {
        ResultsMsg m = context.msg(ResultsMsg.class);
        String title = tabLabel(tab, m) + " – " + (scope.campaign() == null ? m.results_title()
                : m.results_title_of(scope.campaign().name()));
        return context.page(title, Section.RESULTS);
    }

    /** The answer to a query that cannot be used: the filter form with its errors (400). */
    public Response invalid(DashboardScope scope, DashboardTab tab) {
        return invalid(scope, tab, List.of());
    }

    /** The answer to a query that cannot be used, with the view's own fields in the form (and their errors). */
    public Response invalid(DashboardScope scope, DashboardTab tab, List<ExtraField> fields) {
        return context.render(DashboardViews.Templates.invalid(page(scope, tab), frame(scope, tab, fields)), 400);
    }

    /**
     * A table of a view as a CSV download ({@code name}: the file's name without extension). No {@code @Produces}
     * on the methods that answer it: a browser asks for HTML first, and a refusal (sign-in redirect, error page) must
     * still reach it; the answer's type is set here.
     */
    public static Response csv(String name, boolean excel, java.util.function.Consumer<Csv> write) {
        StreamingOutput body = out -> {
            try (Csv csv = Csv.to(out, Csv.Dialect.of(excel))) {
                write.accept(csv);
            }
        };
        return Response.ok(body, Csv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
    }

    /**
     * The campaign's files in the scope's filters (the visitor's individually readable diagnostics): results per
     * diagnostic in CSV, CSV for spreadsheets and XLSX, answers in long format, the regional synthesis in PDF.
     */
    private List<DownloadGroup> files(DashboardScope scope, ResultsMsg m) {
        String base = "/resultats/telechargements/";
        Map<String, String> excel = Map.of("excel", "true");
        return List.of(
                new DownloadGroup(m.files_results(), List.of(
                        new Download(scope.href(base + "resultats.csv"), m.download_csv()),
                        new Download(scope.href(base + "resultats.csv", excel), m.download_csv_excel()),
                        new Download(scope.href(base + "resultats.xlsx"), m.download_xlsx()))),
                new DownloadGroup(m.files_answers(), List.of(
                        new Download(scope.href(base + "reponses.csv"), m.download_csv()),
                        new Download(scope.href(base + "reponses.csv", excel), m.download_csv_excel()))),
                new DownloadGroup(m.files_synthesis(scope.viewer().minimumGroupSize()), List.of(
                        new Download(scope.href(base + "synthese.pdf"), m.download_pdf()))));
    }

    /** The two CSV downloads of a table (standard, and for French spreadsheets). */
    public List<Download> csv(DashboardScope scope, DashboardTab tab, String table, Map<String, String> extra) {
        ResultsMsg m = context.msg(ResultsMsg.class);
        String path = ResultsPaths.csv(tab, table);
        Map<String, String> excel = new java.util.LinkedHashMap<>(extra);
        excel.put("excel", "true");
        return List.of(new Download(scope.href(path, extra), m.download_csv()),
                new Download(scope.href(path, excel), m.download_csv_excel()));
    }
}
