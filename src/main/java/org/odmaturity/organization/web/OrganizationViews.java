package org.odmaturity.organization.web;

import java.util.List;

import org.odmaturity.web.Forms;
import org.odmaturity.web.Views;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** What the admin home and the organisation pages show: plain records, texts already in the page's language. */
public final class OrganizationViews {

    private OrganizationViews() {
    }

    /** The pages' checked templates (src/main/resources/templates/admin/). */
    @CheckedTemplate(basePath = "admin")
    static final class Templates {
        static native TemplateInstance home(Views.Page page, Home view);

        static native TemplateInstance organizations(Views.Page page, OrgList view);

        static native TemplateInstance organization(Views.Page page, OrgPage view);
    }

    /** A line of the admin home's table of diagnostics by status. */
    public record Count(String label, long count) {
    }

    public record Home(long organizations, long openCampaigns, List<Count> diagnostics, long diagnosticsTotal,
            long facilitators) {
    }

    public record OrgRow(long id, String name, String siren, String type, String departement) {
    }

    public record OrgList(String q, String departement, String departementError, List<Forms.Option> types,
            List<OrgRow> rows, int total, int page, int pages, String prevHref, String nextHref, String notice,
            boolean filtered) {
    }

    /**
     * A diagnostic of the organisation page, with its handover form: the diagnostic's version, the facilitators to
     * choose from (the current one selected) and the refusal of a handover just tried, if any.
     */
    public record DiagnosticRow(long id, String campaign, String mode, String status, String facilitator,
            String created, long version, List<Forms.Option> facilitators, String handoverError) {
    }

    /** {@code diagnosticsNotice}: the result of a handover, shown above the diagnostics. */
    public record OrgPage(String name, boolean creating, Forms.Edit form, List<DiagnosticRow> diagnostics,
            Forms.Edit newDiagnostic, boolean openCampaigns, String csrf, String diagnosticsNotice) {
    }
}
