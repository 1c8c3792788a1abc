package org.odmaturity.campaign.web;

import java.util.List;

import org.odmaturity.web.Views;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** What the campaign's email page shows: plain records, texts already in the page's language. */
public final class CampaignMailViews {

    private CampaignMailViews() {
    }

    @CheckedTemplate(basePath = "admin")
    static final class Templates {
        static native TemplateInstance campaignMail(Views.Page page, MailPage view);
    }

    /** One email of the record. {@code retryable}: it failed, a button sends it again. */
    public record MessageRow(long id, long organizationId, String organization, String recipient, String kind,
            String status, boolean failed, String queued, String sent, String reply, String linkUsed) {
    }

    public record OrganizationRow(long id, String name) {
    }

    /** The reminder settings form as shown (typed values after a refusal). */
    public record ReminderForm(boolean enabled, String days, String locale, long version, String daysError) {
    }

    public record MailPage(long campaignId, String campaign, boolean closed, List<String> notices, String alertTitle,
            String alert, String errorsHeading, List<Views.ErrorLink> errors, String csrf, ReminderForm reminders,
            String summary, List<MessageRow> rows, List<OrganizationRow> withoutEmail) {
    }
}
