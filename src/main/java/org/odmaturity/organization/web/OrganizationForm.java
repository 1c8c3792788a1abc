package org.odmaturity.organization.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;

import org.odmaturity.i18n.Labels;
import org.odmaturity.organization.Organization;
import org.odmaturity.organization.OrganizationRequest;
import org.odmaturity.organization.OrganizationType;
import org.odmaturity.web.Forms;
import org.odmaturity.web.Forms.Form;

/**
 * The organisation form: its fields (names, labels, kinds), what a post or a stored organisation puts in it, and its
 * validation into the service's {@link OrganizationRequest}, with errors in the page's language.
 */
final class OrganizationForm {

    static final List<String> FIELDS = List.of("name", "siren", "type", "departement", "region", "population",
            "contactName", "contactEmail", "contactPhone");

    private OrganizationForm() {
    }

    static Form empty() {
        Form form = new Form();
        FIELDS.forEach(f -> form.value(f, ""));
        return form;
    }

    /** What was posted, tidied: a SIREN without its spaces ("213 100 548" as often written), a département upper. */
    static Form read(MultivaluedMap<String, String> posted) {
        Form form = new Form();
        for (String field : FIELDS) {
            String value = Forms.trimmed(posted.getFirst(field));
            if ("siren".equals(field)) {
                value = value.replaceAll("[\\s\\u00a0\\u202f]", "");
            } else if ("departement".equals(field)) {
                value = value.toUpperCase(Locale.ROOT);
            }
            form.value(field, value);
        }
        return form;
    }

    static Form of(Organization o) {
        return new Form().value("name", o.name).value("siren", o.siren).value("type", o.type.apiName())
                .value("departement", o.departementCode).value("region", o.region)
                .value("population", o.population == null ? "" : o.population.toString())
                .value("contactName", o.contactName).value("contactEmail", o.contactEmail)
                .value("contactPhone", o.contactPhone);
    }

    /** The request the service wants, or null when the form has errors (recorded in {@code form}). */
    static OrganizationRequest valid(Form form, Validator validator, OrganizationMsg m, Forms.Texts t) {
        OrganizationType type = OrganizationType.fromApiName(form.value("type")).orElse(null);
        if (type == null) {
            form.error("type", t.err_choose(m.org_type()));
        }
        Integer population = null;
        if (!form.value("population").isEmpty()) {
            String digits = form.value("population").replaceAll("[\\s\\u00a0\\u202f]", "");
            if (digits.matches("[0-9]{1,9}")) {
                population = Integer.valueOf(digits);
            } else {
                form.error("population", t.err_whole_number(m.org_population()));
            }
        }
        OrganizationRequest request = new OrganizationRequest(text(form, "name"), text(form, "siren"), type,
                text(form, "departement"), text(form, "region"), population, text(form, "contactName"),
                text(form, "contactEmail"), text(form, "contactPhone"));
        for (ConstraintViolation<OrganizationRequest> v : validator.validate(request)) {
            String field = Forms.field(v);
            if (!"type".equals(field)) {
                form.error(field, Forms.violation(v, field, label(field, m), t));
            }
        }
        return form.hasErrors() ? null : request;
    }

    private static String text(Form form, String field) {
        return Forms.blankToNull(form.value(field));
    }

    /** Adds the fields to show, with the values and errors the form holds. */
    static Form withFields(Form form, OrganizationMsg m, Forms.Texts t, String lang) {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("", t.choose());
        types.putAll(types(Labels.of(lang)));
        return form.field("name", m.org_name(), null, "text", true, "off")
                .numeric("siren", m.org_siren(), m.org_siren_hint(), true)
                .choice("type", m.org_type(), null, "select", true, types)
                .field("departement", m.org_departement(), m.org_departement_hint(), "text", false, "off", null,
                        "short", List.of())
                .field("region", m.org_region(), null, "text", false, "off")
                .numeric("population", m.org_population(), null, false)
                .field("contactName", m.org_contact_name(), null, "text", false, "off")
                .field("contactEmail", m.org_contact_email(), null, "email", false, "off")
                .field("contactPhone", m.org_contact_phone(), null, "tel", false, "off");
    }

    /** The organisation types by API name, with their labels, in the order of the enum. */
    static Map<String, String> types(Labels labels) {
        Map<String, String> types = new LinkedHashMap<>();
        for (OrganizationType type : OrganizationType.values()) {
            types.put(type.apiName(), labels.label("organization.type", type));
        }
        return types;
    }

    static String label(String field, OrganizationMsg m) {
        return switch (field) {
            case "name" -> m.org_name();
            case "siren" -> m.org_siren();
            case "type" -> m.org_type();
            case "departement" -> m.org_departement();
            case "region" -> m.org_region();
            case "population" -> m.org_population();
            case "contactName" -> m.org_contact_name();
            case "contactEmail" -> m.org_contact_email();
            case "contactPhone" -> m.org_contact_phone();
            default -> field;
        };
    }
}
