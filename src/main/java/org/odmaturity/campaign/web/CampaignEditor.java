package org.odmaturity.campaign.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.odmaturity.campaign.Campaign;
import org.odmaturity.campaign.CampaignRequest;
import org.odmaturity.campaign.CampaignStatus;
import org.odmaturity.i18n.Labels;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.registry.QuestionnaireRegistry;
import org.odmaturity.web.Formats;
import org.odmaturity.web.Forms;
import org.odmaturity.web.Forms.Form;
import org.odmaturity.web.FrameMsg;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.PageContext.Section;
import org.odmaturity.web.Views;

/**
 * The campaign form: its fields (the questionnaire chosen among the served versions at creation, read-only after),
 * what a post or a stored campaign puts in it, its validation into the service's {@link CampaignRequest} (errors in
 * the page's language), and the page that shows it.
 */
@RequestScoped
class CampaignEditor {

    static final List<String> FIELDS = List.of("name", "year", "questionnaire", "opensOn", "closesOn", "status");

    @Inject PageContext context;
    @Inject QuestionnaireRegistry registry;
    @Inject Validator validator;

    /** A new campaign: this year, a draft, on the questionnaire when only one is served. */
    Form empty() {
        Form form = new Form().value("name", "").value("year", Integer.toString(LocalDate.now(Formats.PARIS).getYear()))
                .value("questionnaire", "").value("opensOn", "").value("closesOn", "")
                .value("status", CampaignStatus.DRAFT.apiName());
        List<QuestionnaireRegistry.Entry> served = registry.all();
        if (served.size() == 1) {
            form.value("questionnaire", key(served.get(0).questionnaire()));
        }
        return form;
    }

    static Form read(MultivaluedMap<String, String> posted) {
        Form form = new Form();
        for (String field : FIELDS) {
            form.value(field, Forms.trimmed(posted.getFirst(field)));
        }
        return form;
    }

    static Form of(Campaign c) {
        return new Form().value("name", c.name).value("year", Integer.toString(c.year))
                .value("questionnaire", key(c.questionnaireId, c.questionnaireVersion))
                .value("opensOn", c.opensOn == null ? "" : c.opensOn.toString())
                .value("closesOn", c.closesOn == null ? "" : c.closesOn.toString())
                .value("status", c.status.apiName());
    }

    /** The request the service wants, or null when the form has errors; {@code current}: the campaign edited. */
    CampaignRequest valid(Form form, Campaign current) {
        CampaignMsg m = context.msg(CampaignMsg.class);
        Forms.Texts t = context.msg(Forms.Texts.class);
        Integer year = null;
        if (form.value("year").matches("[0-9]{1,4}")) {
            year = Integer.valueOf(form.value("year"));
        } else if (!form.value("year").isEmpty()) {
            form.error("year", t.err_year(m.campaign_year()));
        }
        CampaignRequest.QuestionnaireRef ref = questionnaire(form.value("questionnaire"), current != null);
        if (ref == null) {
            form.error("questionnaire", t.err_choose(m.campaign_questionnaire()));
        }
        LocalDate opens = date(form, "opensOn", m.campaign_opens(), t);
        LocalDate closes = date(form, "closesOn", m.campaign_closes(), t);
        CampaignStatus status = CampaignStatus.fromApiName(form.value("status")).orElse(null);
        if (status == null) {
            form.error("status", t.err_choose(m.campaign_status()));
        }
        CampaignRequest request = new CampaignRequest(Forms.blankToNull(form.value("name")), year,
                ref == null ? new CampaignRequest.QuestionnaireRef("x", 1) : ref, opens, closes, status);
        for (ConstraintViolation<CampaignRequest> v : validator.validate(request)) {
            String field = Forms.field(v).isEmpty() ? "closesOn" : Forms.field(v);
            form.error(field, Forms.violation(v, field, label(field, m), t));
        }
        return form.hasErrors() ? null : request;
    }

    /** "id@version" as a reference: a served one, or any when editing (the campaign keeps its pinned one). */
    private CampaignRequest.QuestionnaireRef questionnaire(String value, boolean editing) {
        int at = value.lastIndexOf('@');
        if (at <= 0 || !value.substring(at + 1).matches("[0-9]{1,6}")) {
            return null;
        }
        String id = value.substring(0, at);
        int version = Integer.parseInt(value.substring(at + 1));
        return editing || registry.find(id, version).isPresent() ? new CampaignRequest.QuestionnaireRef(id, version)
                : null;
    }

    private static LocalDate date(Form form, String field, String label, Forms.Texts t) {
        String value = form.value(field);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            try {
                // typed by hand where the browser has no date picker: 31/12/2026
                return LocalDate.parse(value, DateTimeFormatter.ofPattern("d/M/uuuu"));
            } catch (DateTimeParseException e2) {
                form.error(field, t.err_date(label));
                return null;
            }
        }
    }

    /** The differences between what was typed and what was saved meanwhile, for the stale-form alert. */
    Forms.Alert stale(Form form, Campaign now) {
        CampaignMsg m = context.msg(CampaignMsg.class);
        return new Forms.Alert(m.campaign_stale(), form.differences(of(now), FIELDS, f -> label(f, m),
                (f, v) -> "status".equals(f) ? status(now.status) : v, context.msg(Forms.Texts.class)));
    }

    /** The campaign page: {@code campaign} null for a new one; {@code version} null for the stored one. */
    Response render(Campaign campaign, Form form, Long version, Forms.Alert alert, int status) {
        CampaignMsg m = context.msg(CampaignMsg.class);
        boolean creating = campaign == null;
        form.field("name", m.campaign_name(), m.campaign_name_hint(), "text", true, "off")
                .numeric("year", m.campaign_year(), null, true);
        if (creating) {
            Map<String, String> questionnaires = new LinkedHashMap<>();
            questionnaires.put("", context.msg(Forms.Texts.class).choose());
            registry.all().forEach(e -> questionnaires.put(key(e.questionnaire()), name(e.questionnaire())));
            form.choice("questionnaire", m.campaign_questionnaire(), m.campaign_questionnaire_hint(), "select", true,
                    questionnaires);
        }
        Map<String, String> statuses = new LinkedHashMap<>();
        for (CampaignStatus s : CampaignStatus.values()) {
            statuses.put(s.apiName(), status(s));
        }
        form.field("opensOn", m.campaign_opens(), m.campaign_dates_hint(), "date", false, "off")
                .field("closesOn", m.campaign_closes(), m.campaign_dates_hint(), "date", false, "off")
                .choice("status", m.campaign_status(), null, "radios", true, statuses);
        String action = creating ? CampaignPaths.NEW : CampaignPaths.campaign(campaign.id);
        Forms.Edit edit = form.edit(action, context.csrfToken(), creating ? Map.of()
                : Map.of("version", Long.toString(version == null ? campaign.version : version)), null, alert,
                creating ? m.campaign_create() : m.campaign_save(), CampaignPaths.LIST, creating ? null
                        : m.campaign_questionnaire_fixed(name(campaign.questionnaireId,
                                campaign.questionnaireVersion)));
        String heading = creating ? m.campaign_new_title() : campaign.name;
        Views.Page page = context.page(Forms.title(context.msg(FrameMsg.class), heading, form.errorCount()),
                Section.CAMPAIGNS, action);
        return context.render(CampaignViews.Templates.campaign(page, heading, edit), status);
    }

    String status(CampaignStatus status) {
        return Labels.of(context.lang()).label("campaign.status", status);
    }

    /** The questionnaire's name in the page's language, "title (version n)". */
    String name(String id, int version) {
        return registry.find(id, version).map(e -> name(e.questionnaire())).orElse(id + " (version " + version + ")");
    }

    private String name(Questionnaire q) {
        return context.msg(CampaignMsg.class).questionnaire_label(q.title().in(context.lang(), q.defaultLanguage()),
                q.version());
    }

    static String key(Questionnaire q) {
        return key(q.id(), q.version());
    }

    static String key(String id, int version) {
        return id + "@" + version;
    }

    private static String label(String field, CampaignMsg m) {
        return switch (field) {
            case "name" -> m.campaign_name();
            case "year" -> m.campaign_year();
            case "questionnaire" -> m.campaign_questionnaire();
            case "opensOn" -> m.campaign_opens();
            case "closesOn" -> m.campaign_closes();
            case "status" -> m.campaign_status();
            default -> field;
        };
    }
}
