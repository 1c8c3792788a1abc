package org.odmaturity.security.web;

import java.util.List;

import org.odmaturity.web.Forms;
import org.odmaturity.web.Views;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * What the account and invitation-link pages show (plain records, texts already in the page's language) and their
 * checked templates.
 */
public final class SecurityViews {

    private SecurityViews() {
    }

    /** The pages' checked templates (src/main/resources/templates/admin/). */
    @CheckedTemplate(basePath = "admin")
    static final class Templates {
        static native TemplateInstance accounts(Views.Page page, AccountList view);

        static native TemplateInstance accountNew(Views.Page page, Forms.Edit form);

        static native TemplateInstance account(Views.Page page, AccountPage view);

        static native TemplateInstance links(Views.Page page, LinksPage view);

        static native TemplateInstance linkCreated(Views.Page page, LinkCreated view);
    }

    public record AccountRow(long id, String email, String name, String role, boolean active, boolean self,
            String created) {
    }

    public record AccountList(List<AccountRow> rows, String notice, String csrf) {
    }

    public record AccountPage(AccountRow account, Forms.Edit rename, Forms.Edit password, String csrf, String notice,
            String alert) {
    }

    public record LinkRow(long id, String label, String createdBy, String created, String expires, String lastUsed,
            String status, boolean active) {
    }

    public record LinksPage(long diagnosticId, String organization, String campaign, String status,
            List<LinkRow> rows, Forms.Edit form, String csrf, String notice, boolean admin, Long organizationId) {
    }

    public record LinkCreated(long diagnosticId, String organization, String url, String label, String expires,
            String backHref) {
    }
}
