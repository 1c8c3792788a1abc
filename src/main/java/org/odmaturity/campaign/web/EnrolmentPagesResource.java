package org.odmaturity.campaign.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.odmaturity.campaign.Campaign;
import org.odmaturity.campaign.CampaignService;
import org.odmaturity.campaign.enrolment.DirectoryImports;
import org.odmaturity.campaign.enrolment.Enrolment;
import org.odmaturity.campaign.enrolment.EnrolmentReport;
import org.odmaturity.campaign.enrolment.EnrolmentService;
import org.odmaturity.campaign.enrolment.Selection;
import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.diagnostic.DiagnosticOverview;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.i18n.Labels;
import org.odmaturity.organization.DepartementCode;
import org.odmaturity.organization.OrganizationType;
import org.odmaturity.security.Roles;
import org.odmaturity.web.Formats;
import org.odmaturity.web.Forms;
import org.odmaturity.web.FrameMsg;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.PageContext.Section;
import org.odmaturity.web.Views;

/**
 * Enrolling organisations in a campaign, in three steps on one page: the criteria (a GET form, so that a selection
 * can be linked to, e.g. from a directory import: {@code ?import=12}), the preview (a dry run of the enrolment), and
 * the confirmation (a POST with the criteria, the mode, the facilitator and the deadline) that shows the report.
 */
@Path("/admin/campagnes/{id}/inscription")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class EnrolmentPagesResource {

    private static final List<String> CRITERIA = List.of("type", "departements", "populationMin", "populationMax",
            "import");

    @Inject PageContext context;
    @Inject CampaignService campaigns;
    @Inject EnrolmentService enrolments;
    @Inject DirectoryImports imports;
    @Inject DiagnosticOverview overview;

    /** The criteria as typed (a GET query or the posted form): the same names in both. */
    record Criteria(List<String> types, String departements, String populationMin, String populationMax,
            String importId) {

        static Criteria of(MultivaluedMap<String, String> values) {
            List<String> types = values.get("type") == null ? List.of() : values.get("type").stream()
                    .map(Forms::trimmed).filter(t -> !t.isEmpty()).toList();
            return new Criteria(types, Forms.trimmed(values.getFirst("departements")),
                    Forms.trimmed(values.getFirst("populationMin")), Forms.trimmed(values.getFirst("populationMax")),
                    Forms.trimmed(values.getFirst("import")));
        }
    }

    @GET
    public Response form(@PathParam("id") long id, @Context UriInfo uri) {
        Campaign campaign = campaigns.get(id);
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        Criteria criteria = Criteria.of(query);
        boolean asked = query.containsKey("apercu") || CRITERIA.stream().anyMatch(query::containsKey);
        Map<String, String> errors = new LinkedHashMap<>();
        EnrolmentReport preview = null;
        if (asked) {
            Selection selection = selection(criteria, errors);
            if (errors.isEmpty()) {
                preview = enrol(id, selection, new Enrolment(DiagnosticMode.SELF_ASSESSMENT, null, null), true,
                        errors, campaign);
            }
        }
        return render(campaign, criteria, errors, preview, null, null, null, errors.isEmpty() ? 200 : 422);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enrol(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
        Campaign campaign = campaigns.get(id);
        EnrolmentMsg m = context.msg(EnrolmentMsg.class);
        Criteria criteria = Criteria.of(posted);
        Map<String, String> errors = new LinkedHashMap<>();
        Selection selection = selection(criteria, errors);
        String modeValue = Forms.trimmed(posted.getFirst("mode"));
        DiagnosticMode mode = null;
        try {
            mode = modeValue.isEmpty() ? null : DiagnosticMode.fromKey(modeValue);
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (mode == null) {
            errors.put("mode", m.err_mode());
        }
        String facilitatorValue = Forms.trimmed(posted.getFirst("facilitator"));
        Long facilitator = null;
        if (!facilitatorValue.isEmpty()) {
            facilitator = Forms.number(facilitatorValue);
            if (facilitator == null) {
                errors.put("facilitator", m.err_facilitator());
            }
        }
        String deadlineValue = Forms.trimmed(posted.getFirst("deadline"));
        LocalDate deadline = date(deadlineValue);
        if (!deadlineValue.isEmpty() && deadline == null) {
            errors.put("deadline", m.err_deadline_format());
        }
        EnrolmentReport report = null;
        if (errors.isEmpty()) {
            report = enrol(id, selection, new Enrolment(mode, facilitator, deadline), false, errors, campaign);
        }
        if (report != null) {
            return render(campaign, criteria, errors, report, null, null, null, 200);
        }
        // the form again, with the preview of what is selected (when the criteria are valid)
        EnrolmentReport preview = null;
        if (!errors.containsKey("type") && selection != null) {
            Map<String, String> ignored = new LinkedHashMap<>();
            preview = enrol(id, selection, new Enrolment(DiagnosticMode.SELF_ASSESSMENT, null, null), true, ignored,
                    campaign);
        }
        return render(campaign, criteria, errors, preview, modeValue, facilitatorValue, deadlineValue, 422);
    }

    /** The enrolment (or its dry run); null with the service's problems put on the page's fields. */
    private EnrolmentReport enrol(long id, Selection selection, Enrolment enrolment, boolean dryRun,
            Map<String, String> errors, Campaign campaign) {
        try {
            return enrolments.enrol(id, selection, enrolment, dryRun, context.actor());
        } catch (InvalidInputException e) {
            EnrolmentMsg m = context.msg(EnrolmentMsg.class);
            for (Object o : e.errors()) {
                Map<?, ?> error = (Map<?, ?>) o;
                String message = String.valueOf(error.get("message"));
                switch (String.valueOf(error.get("field"))) {
                    case "selection" -> errors.put("type", message.contains("more than") ? m.err_too_many()
                            : m.err_selection());
                    case "populationMin" -> errors.put("populationMin", m.err_population_order());
                    case "importId" -> errors.put("import", m.err_import());
                    case "campaignId" -> errors.put("campaign", m.err_closed());
                    case "facilitatorId" -> errors.put("facilitator", m.err_facilitator());
                    case "mode" -> errors.put("mode", m.err_mode());
                    case "deadline" -> errors.put("deadline", m.err_deadline(message.contains("past")
                            ? m.err_deadline_past()
                            : m.err_deadline_after(Formats.date(context.locale(), campaign.closesOn))));
                    default -> errors.put("campaign", message);
                }
            }
            return null;
        }
    }

    /** The criteria typed, checked as the page says them; null with {@code errors} filled when one is wrong. */
    private Selection selection(Criteria c, Map<String, String> errors) {
        EnrolmentMsg m = context.msg(EnrolmentMsg.class);
        List<OrganizationType> types = new ArrayList<>();
        for (String t : c.types()) {
            OrganizationType.fromApiName(t).ifPresent(types::add);
        }
        List<String> departements = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (String code : c.departements().toUpperCase(Locale.ROOT).split("[\\s,;]+")) {
            if (code.isEmpty()) {
                continue;
            }
            String padded = code.length() == 1 ? "0" + code : code;
            (DepartementCode.Validator.isValidCode(padded) ? departements : wrong).add(padded);
        }
        if (!wrong.isEmpty()) {
            errors.put("departements", m.err_departements(String.join(", ", wrong)));
        }
        Integer min = population(c.populationMin(), "populationMin", m.population_min(), m, errors);
        Integer max = population(c.populationMax(), "populationMax", m.population_max(), m, errors);
        Long importId = null;
        if (!c.importId().isEmpty()) {
            importId = Forms.number(c.importId());
            if (importId == null) {
                errors.put("import", m.err_import());
            }
        }
        Selection selection = new Selection(types, departements, min, max, importId, List.of());
        if (errors.isEmpty() && selection.empty()) {
            errors.put("type", m.err_selection());
        }
        if (errors.isEmpty() && min != null && max != null && min > max) {
            errors.put("populationMin", m.err_population_order());
        }
        return errors.isEmpty() ? selection : null;
    }

    /** A number of inhabitants, spaces between thousands allowed ("12 500"). */
    private static Integer population(String value, String field, String label, EnrolmentMsg m,
            Map<String, String> errors) {
        if (value.isEmpty()) {
            return null;
        }
        String digits = value.replaceAll("[\\s\\u00a0\\u202f]", "");
        if (!digits.matches("[0-9]{1,9}")) {
            errors.put(field, m.err_population(label));
            return null;
        }
        return Integer.valueOf(digits);
    }

    /** A date as the browser's date field sends it, or typed by hand: 31/12/2026. */
    private static LocalDate date(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value, DateTimeFormatter.ofPattern("d/M/uuuu"));
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private Response render(Campaign campaign, Criteria criteria, Map<String, String> errors,
            EnrolmentReport outcome, String mode, String facilitator, String deadline, int status) {
        EnrolmentMsg m = context.msg(EnrolmentMsg.class);
        String lang = context.lang();
        List<Views.ErrorLink> links = new ArrayList<>();
        errors.forEach((field, text) -> links.add(new Views.ErrorLink("#" + anchor(field), text)));

        List<EnrolmentViews.Option> types = new ArrayList<>();
        for (OrganizationType t : OrganizationType.values()) {
            types.add(new EnrolmentViews.Option(t.apiName(), t.label(lang), criteria.types().contains(t.apiName())));
        }
        List<EnrolmentViews.Option> importOptions = new ArrayList<>();
        importOptions.add(new EnrolmentViews.Option("", m.import_any(), criteria.importId().isEmpty()));
        List<DirectoryImports.Import> recent = imports.recent(50);
        recent.forEach(i -> importOptions.add(new EnrolmentViews.Option(Long.toString(i.id()),
                m.import_option(i.fileName(), Formats.dateTime(context.locale(), i.createdAt())),
                criteria.importId().equals(Long.toString(i.id())))));

        EnrolmentViews.Outcome shown = null;
        List<EnrolmentViews.Hidden> hidden = new ArrayList<>();
        if (outcome != null) {
            List<EnrolmentViews.OutcomeRow> rows = outcome.organizations().stream().map(l ->
                    new EnrolmentViews.OutcomeRow(l.name() == null ? "#" + l.organizationId() : l.name(),
                            l.type() == null ? "" : l.type().label(lang), l.departement() == null ? ""
                                    : l.departement(),
                            l.population() == null ? "" : Formats.decimal(context.locale(), l.population(), 0),
                            outcome(l.outcome(), m), l.name() == null ? null
                                    : "/admin/organisations/" + l.organizationId())).toList();
            String count = outcome.dryRun()
                    ? m.preview_count(outcome.selected(), outcome.created(), outcome.alreadyEnrolled(),
                            outcome.refused())
                    : m.report_count(outcome.created(), outcome.alreadyEnrolled(), outcome.refused());
            shown = new EnrolmentViews.Outcome(!outcome.dryRun(), count, outcome.created(),
                    m.confirm_button(outcome.created()), rows);
            criteria.types().forEach(t -> hidden.add(new EnrolmentViews.Hidden("type", t)));
            hidden.add(new EnrolmentViews.Hidden("departements", criteria.departements()));
            hidden.add(new EnrolmentViews.Hidden("populationMin", criteria.populationMin()));
            hidden.add(new EnrolmentViews.Hidden("populationMax", criteria.populationMax()));
            hidden.add(new EnrolmentViews.Hidden("import", criteria.importId()));
        }
        Labels labels = Labels.of(lang);
        String chosenMode = mode == null || mode.isEmpty() ? DiagnosticMode.SELF_ASSESSMENT.key() : mode;
        List<EnrolmentViews.Option> modes = new ArrayList<>();
        for (DiagnosticMode dm : DiagnosticMode.values()) {
            modes.add(new EnrolmentViews.Option(dm.key(), labels.label("diagnostic.mode", dm),
                    dm.key().equals(chosenMode)));
        }
        List<EnrolmentViews.Option> facilitators = new ArrayList<>();
        facilitators.add(new EnrolmentViews.Option("", m.facilitator_none(), facilitator == null
                || facilitator.isEmpty()));
        overview.facilitators().forEach(f -> facilitators.add(new EnrolmentViews.Option(Long.toString(f.id()),
                f.displayName() + " (" + f.email() + ")", Long.toString(f.id()).equals(facilitator))));

        EnrolmentViews.EnrolmentPage view = new EnrolmentViews.EnrolmentPage(campaign.id, campaign.name,
                context.csrfToken(), types, criteria.departements(), criteria.populationMin(),
                criteria.populationMax(), importOptions, !recent.isEmpty(), links, errors, shown, modes,
                facilitators, deadline == null ? "" : deadline, hidden);
        String title = (shown != null && shown.done() ? m.report_title() : m.enrol_title()) + " – " + campaign.name;
        Views.Page page = context.page(Forms.title(context.msg(FrameMsg.class), title, links.size()),
                Section.CAMPAIGNS);
        return context.render(EnrolmentViews.Templates.campaignEnrolment(page, view), status);
    }

    private static String outcome(EnrolmentReport.Outcome outcome, EnrolmentMsg m) {
        return switch (outcome) {
            case CREATED -> m.outcome_created();
            case WOULD_CREATE -> m.outcome_would_create();
            case ALREADY_ENROLLED -> m.outcome_already_enrolled();
            case REFUSED -> m.outcome_refused();
        };
    }

    /** The id of the field an error is about, for the error summary's links. */
    private static String anchor(String field) {
        return switch (field) {
            case "type" -> "type-" + OrganizationType.values()[0].apiName();
            case "populationMin" -> "population-min";
            case "populationMax" -> "population-max";
            case "mode" -> "mode-" + DiagnosticMode.values()[0].key();
            case "campaign" -> "criteres";
            default -> field;
        };
    }
}
