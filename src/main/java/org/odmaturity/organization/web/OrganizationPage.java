package org.odmaturity.organization.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.diagnostic.DiagnosticOverview;
import org.odmaturity.i18n.Labels;
import org.odmaturity.organization.Organization;
import org.odmaturity.web.Formats;
import org.odmaturity.web.Forms;
import org.odmaturity.web.Forms.Form;
import org.odmaturity.web.FrameMsg;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.PageContext.Section;
import org.odmaturity.web.Views;

/**
 * The organisation page, for the resources that answer with it: the organisation form (new or edited, with its
 * version), and for an existing organisation its diagnostics (each with its handover form) and the "new diagnostic"
 * form. Whatever a post refused comes in a {@link Shown}.
 */
@RequestScoped
class OrganizationPage {

    /**
     * What the page shows besides the stored organisation: the organisation form (what was typed), the version it
     * carries, a notice or an alert above it; the "new diagnostic" form and its notice; the notice and the refused
     * handovers (by diagnostic) of the diagnostics.
     */
    record Shown(Form form, long version, String notice, Forms.Alert alert, Form newDiagnostic,
            String newDiagnosticNotice, String diagnosticsNotice, Map<Long, String> handoverErrors) {

        /** The organisation as stored, nothing refused. */
        static Shown stored(Organization org) {
            return new Shown(OrganizationForm.of(org), org.version, null, null, null, null, null, Map.of());
        }

        Shown form(Form typed, long shownVersion, Forms.Alert refusal) {
            return new Shown(typed, shownVersion, notice, refusal, newDiagnostic, newDiagnosticNotice,
                    diagnosticsNotice, handoverErrors);
        }

        Shown notices(String formNotice, String newDiagnostic, String diagnostics) {
            return new Shown(form, version, formNotice, alert, this.newDiagnostic, newDiagnostic, diagnostics,
                    handoverErrors);
        }

        Shown newDiagnostic(Form typed) {
            return new Shown(form, version, notice, alert, typed, newDiagnosticNotice, diagnosticsNotice,
                    handoverErrors);
        }

        Shown handoverRefused(long diagnosticId, String error) {
            return new Shown(form, version, notice, alert, newDiagnostic, newDiagnosticNotice, diagnosticsNotice,
                    Map.of(diagnosticId, error));
        }
    }

    @Inject PageContext context;
    @Inject DiagnosticOverview overview;

    /** The "new organisation" page, with what was typed. */
    Response creating(Form form, int status) {
        OrganizationMsg m = context.msg(OrganizationMsg.class);
        Forms.Edit edit = OrganizationForm.withFields(form, m, context.msg(Forms.Texts.class), context.lang())
                .edit(OrganizationPaths.NEW, context.csrfToken(), Map.of(), null, null, m.org_create(),
                        OrganizationPaths.LIST, null);
        return render(m.org_new_title(), OrganizationPaths.NEW, form.errorCount(), new OrganizationViews.OrgPage(
                m.org_new_title(), true, edit, List.of(), null, false, context.csrfToken(), null), status);
    }

    /** An existing organisation's page. */
    Response existing(Organization org, Shown shown, int status) {
        OrganizationMsg m = context.msg(OrganizationMsg.class);
        Forms.Texts t = context.msg(Forms.Texts.class);
        String csrf = context.csrfToken();
        String path = OrganizationPaths.organization(org.id);
        Forms.Edit edit = OrganizationForm.withFields(shown.form(), m, t, context.lang()).edit(path, csrf,
                Map.of("version", Long.toString(shown.version())), shown.notice(), shown.alert(), m.org_save(), null,
                null);
        DiagnosticOverview.OfOrganization of = overview.ofOrganization(org.id);
        Form diag = shown.newDiagnostic() != null ? shown.newDiagnostic()
                : new Form().value("campaign", "").value("mode", "self-assessment").value("facilitator", "");
        Forms.Edit newDiagnostic = newDiagnosticFields(diag, of, m, t).edit(OrganizationPaths.newDiagnostic(org.id),
                csrf, Map.of(), shown.newDiagnosticNotice(), null, m.diag_create(), null, null);
        int errors = shown.form().errorCount() + shown.handoverErrors().size() + diag.errorCount();
        return render(org.name, path, errors, new OrganizationViews.OrgPage(org.name, false, edit,
                rows(of, shown.handoverErrors(), m), newDiagnostic, !of.openCampaigns().isEmpty(), csrf,
                shown.diagnosticsNotice()), status);
    }

    private Response render(String name, String path, int errors, OrganizationViews.OrgPage view, int status) {
        // the language switch of a page answering a post leads to the page itself
        Views.Page page = context.page(Forms.title(context.msg(FrameMsg.class), name, errors), Section.ORGANIZATIONS,
                path);
        return context.render(OrganizationViews.Templates.organization(page, view), status);
    }

    private Form newDiagnosticFields(Form diag, DiagnosticOverview.OfOrganization of, OrganizationMsg m,
            Forms.Texts t) {
        Map<String, String> campaigns = new LinkedHashMap<>();
        campaigns.put("", t.choose());
        of.openCampaigns().forEach(c -> campaigns.put(Long.toString(c.id()), c.name() + " (" + c.year() + ")"));
        Labels labels = Labels.of(context.lang());
        Map<String, String> modes = new LinkedHashMap<>();
        for (DiagnosticMode mode : List.of(DiagnosticMode.SELF_ASSESSMENT, DiagnosticMode.INTERVIEW)) {
            modes.put(mode.key(), labels.label("diagnostic.mode", mode));
        }
        Map<String, String> facilitators = new LinkedHashMap<>();
        facilitators.put("", m.diag_facilitator_none());
        of.facilitators().forEach(f -> facilitators.put(Long.toString(f.id()), choice(f)));
        return diag.choice("campaign", m.diag_campaign(), null, "select", true, campaigns)
                .choice("mode", m.diag_mode(), null, "radios", true, modes)
                .choice("facilitator", m.diag_facilitator(), m.diag_facilitator_hint(), "select", false, facilitators);
    }

    private List<OrganizationViews.DiagnosticRow> rows(DiagnosticOverview.OfOrganization of,
            Map<Long, String> handoverErrors, OrganizationMsg m) {
        Labels labels = Labels.of(context.lang());
        return of.diagnostics().stream().map(d -> {
            DiagnosticOverview.Facilitator f = d.facilitator();
            Map<String, String> choices = new LinkedHashMap<>();
            choices.put("", m.diag_facilitator_none());
            if (f != null && !f.assignable()) {
                // the current one stays visible (and selected) even when it could not be chosen again
                choices.put(Long.toString(f.id()), choice(f));
            }
            of.facilitators().forEach(u -> choices.put(Long.toString(u.id()), choice(u)));
            return new OrganizationViews.DiagnosticRow(d.id(), d.campaignName() == null ? ""
                    : d.campaignName() + " (" + d.campaignYear() + ")", labels.label("diagnostic.mode", d.mode()),
                    labels.label("diagnostic.status", d.status()), f == null ? m.nobody() : f.displayName(),
                    Formats.dateTime(context.locale(), d.createdAt()), d.version(),
                    Forms.options(choices, f == null ? "" : Long.toString(f.id())), handoverErrors.get(d.id()));
        }).toList();
    }

    private static String choice(DiagnosticOverview.Facilitator f) {
        return f.displayName() + " – " + f.email();
    }
}
