package org.odmaturity.security.web;

import java.util.List;

import org.odmaturity.web.Forms;

/** What the invitation-link pages show: plain records, texts already in the page's language. */
public final class LinkViews {

    private LinkViews() {
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
