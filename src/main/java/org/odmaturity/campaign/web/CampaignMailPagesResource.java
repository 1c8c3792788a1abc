package org.odmaturity.campaign.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.jboss.resteasy.reactive.RestForm;
import org.odmaturity.campaign.Campaign;
import org.odmaturity.campaign.CampaignService;
import org.odmaturity.campaign.CampaignStatus;
import org.odmaturity.campaign.mail.CampaignMessages;
import org.odmaturity.campaign.mail.CampaignMessages.QueueResult;
import org.odmaturity.campaign.mail.CampaignMessages.SkipReason;
import org.odmaturity.campaign.mail.MailMsg;
import org.odmaturity.campaign.mail.MessageKind;
import org.odmaturity.campaign.mail.MessageStatus;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.error.PreconditionFailedException;
import org.odmaturity.error.PreconditionRequiredException;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.security.Roles;
import org.odmaturity.web.Formats;
import org.odmaturity.web.FrameMsg;
import org.odmaturity.web.Forms;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.PageContext.Section;
import org.odmaturity.web.Views;

/**
 * A campaign's emails, for the regional team: send the invitations, remind now, the automatic reminder settings, and
 * the record of every email with its server's answer and a button to send a failed one again.
 */
@Path("/admin/campagnes/{id}/courriels")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class CampaignMailPagesResource {

    @Inject PageContext context;
    @Inject CampaignService campaigns;
    @Inject CampaignMessages messages;

    @GET
    public Response show(@PathParam("id") long id, @QueryParam("ok") String ok, @QueryParam("n") String queued,
            @QueryParam("sans") String noEmail, @QueryParam("soumis") String submitted,
            @QueryParam("deja") String invited, @QueryParam("recent") String recent,
            @QueryParam("echeance") String late) {
        MailMsg m = context.msg(MailMsg.class);
        List<String> notices = new ArrayList<>();
        if ("file".equals(ok)) {
            notices.add(m.queued(count(queued)));
            addIf(notices, count(noEmail), m::skipped_no_email);
            addIf(notices, count(submitted), m::skipped_submitted);
            addIf(notices, count(invited), m::skipped_already_invited);
            addIf(notices, count(recent), m::skipped_recently_contacted);
            addIf(notices, count(late), m::skipped_deadline_passed);
        } else if ("renvoi".equals(ok)) {
            notices.add(m.retried());
        } else if ("relances".equals(ok)) {
            notices.add(m.auto_saved());
        }
        return render(id, notices, null, null, 200);
    }

    private static void addIf(List<String> notices, int n, java.util.function.IntFunction<String> text) {
        if (n > 0) {
            notices.add(text.apply(n));
        }
    }

    private static int count(String value) {
        return value != null && value.matches("[0-9]{1,6}") ? Integer.parseInt(value) : 0;
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@PathParam("id") long id, @RestForm String lang) {
        return queue(id, MessageKind.INVITATION, lang);
    }

    @POST
    @Path("relances")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remindNow(@PathParam("id") long id, @RestForm String lang) {
        return queue(id, MessageKind.REMINDER, lang);
    }

    private Response queue(long id, MessageKind kind, String lang) {
        String locale = "en".equals(lang) ? "en" : "fr";
        try {
            QueueResult result = messages.queue(id, new CampaignMessages.QueueCommand(kind, null, locale),
                    context.actor());
            Map<SkipReason, Long> skipped = result.skipped().stream()
                    .collect(Collectors.groupingBy(CampaignMessages.Skipped::reason, Collectors.counting()));
            URI to = UriBuilder.fromPath(path(id)).queryParam("ok", "file").queryParam("n", result.queued())
                    .queryParam("sans", skipped.getOrDefault(SkipReason.NO_EMAIL, 0L))
                    .queryParam("soumis", skipped.getOrDefault(SkipReason.SUBMITTED, 0L))
                    .queryParam("deja", skipped.getOrDefault(SkipReason.ALREADY_INVITED, 0L))
                    .queryParam("recent", skipped.getOrDefault(SkipReason.RECENTLY_CONTACTED, 0L))
                    .queryParam("echeance", skipped.getOrDefault(SkipReason.DEADLINE_PASSED, 0L)).build();
            return Response.seeOther(to).build();
        } catch (ConflictException e) {
            MailMsg m = context.msg(MailMsg.class);
            return render(id, List.of(), m.err_closed(), null, 409);
        }
    }

    @POST
    @Path("renvoyer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(@PathParam("id") long id, @RestForm String message) {
        MailMsg m = context.msg(MailMsg.class);
        Long messageId = Forms.number(Forms.trimmed(message));
        try {
            if (messageId == null) {
                throw new ResourceNotFoundException("no message");
            }
            messages.retry(id, messageId, context.actor());
            return Response.seeOther(UriBuilder.fromPath(path(id)).queryParam("ok", "renvoi").build()).build();
        } catch (ConflictException | ResourceNotFoundException e) {
            campaigns.get(id);
            return render(id, List.of(), m.err_not_failed(), null, 409);
        }
    }

    @POST
    @Path("relances-auto")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveReminders(@PathParam("id") long id, @RestForm String enabled, @RestForm String days,
            @RestForm String lang, @RestForm String version) {
        MailMsg m = context.msg(MailMsg.class);
        boolean on = "on".equals(enabled) || "true".equals(enabled);
        String typed = days == null ? "" : days.strip();
        String locale = "en".equals(lang) ? "en" : "fr";
        List<Integer> parsed = parseDays(typed);
        Long expected = Forms.number(Forms.trimmed(version));
        String error = parsed == null ? m.err_days() : on && parsed.isEmpty() ? m.err_days_needed() : null;
        if (error == null) {
            try {
                messages.updateReminders(id, expected == null ? ExpectedVersion.none() : ExpectedVersion.of(expected),
                        new CampaignMessages.ReminderCommand(on, parsed, locale), context.actor());
                return Response.seeOther(UriBuilder.fromPath(path(id)).queryParam("ok", "relances").build()).build();
            } catch (PreconditionFailedException | PreconditionRequiredException e) {
                return render(id, List.of(), m.auto_stale(), null, 409);
            } catch (org.odmaturity.error.InvalidInputException e) {
                error = m.err_days();
            }
        }
        CampaignMailViews.ReminderForm typedForm = new CampaignMailViews.ReminderForm(on, typed, locale,
                expected == null ? 0 : expected, error);
        return render(id, List.of(), null, typedForm, 422);
    }

    /** "14, 3" → [14, 3]; null when it is not a list of 1 to 5 numbers from 1 to 180 (empty: no days). */
    static List<Integer> parseDays(String typed) {
        if (typed.isEmpty()) {
            return List.of();
        }
        List<Integer> days = new ArrayList<>();
        for (String part : typed.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches("[0-9]{1,3}")) {
                return null;
            }
            int n = Integer.parseInt(part);
            if (n < 1 || n > 180) {
                return null;
            }
            days.add(n);
        }
        return days.isEmpty() || days.size() > 5 ? null : days;
    }

    private static String path(long id) {
        return UriBuilder.fromPath("/admin/campagnes/{id}/courriels").build(id).toString();
    }

    private Response render(long id, List<String> notices, String alert, CampaignMailViews.ReminderForm typed,
            int status) {
        Campaign campaign = campaigns.get(id);
        MailMsg m = context.msg(MailMsg.class);
        CampaignMessages.ReminderView settings = messages.reminders(id);
        CampaignMailViews.ReminderForm form = typed != null ? typed
                : new CampaignMailViews.ReminderForm(settings.enabled(), settings.daysBefore().stream()
                        .map(String::valueOf).collect(Collectors.joining(", ")), settings.locale(),
                        settings.version(), null);
        List<Views.ErrorLink> errors = form.daysError() == null ? List.of()
                : List.of(new Views.ErrorLink("#days", form.daysError()));
        FrameMsg frame = context.msg(FrameMsg.class);
        List<CampaignMessages.MessageView> all = messages.list(id, CampaignMessages.MessageFilter.all());
        Map<MessageStatus, Long> byStatus = all.stream()
                .collect(Collectors.groupingBy(CampaignMessages.MessageView::status, Collectors.counting()));
        String summary = all.isEmpty() ? null : m.summary(byStatus.getOrDefault(MessageStatus.SENT, 0L),
                byStatus.getOrDefault(MessageStatus.FAILED, 0L), byStatus.getOrDefault(MessageStatus.QUEUED, 0L)
                        + byStatus.getOrDefault(MessageStatus.SENDING, 0L));
        List<CampaignMailViews.MessageRow> rows = all.stream()
                .map(v -> new CampaignMailViews.MessageRow(v.id(), v.organizationId(), v.organization(),
                        v.recipientEmail(), v.kind() == MessageKind.REMINDER ? m.kind_reminder() : m.kind_invitation(),
                        status(v.status(), m), v.status() == MessageStatus.FAILED,
                        Formats.dateTime(context.locale(), v.queuedAt()),
                        Formats.dateTime(context.locale(), v.sentAt()), v.smtpReply(),
                        Formats.dateTime(context.locale(), v.linkLastUsedAt())))
                .toList();
        List<CampaignMailViews.OrganizationRow> without = messages.withoutEmail(id).stream()
                .map(u -> new CampaignMailViews.OrganizationRow(u.organizationId(), u.organization())).toList();
        CampaignMailViews.MailPage view = new CampaignMailViews.MailPage(id, campaign.name,
                campaign.status == CampaignStatus.CLOSED, notices, alert == null ? null : m.alert_title(),
                alert, errors.isEmpty() ? null : frame.errors_title(errors.size()), errors, context.csrfToken(), form,
                summary, rows, without);
        String title = Forms.title(frame, m.page_title() + " – " + campaign.name, errors.size());
        Views.Page page = context.page(title, Section.CAMPAIGNS, path(id));
        return context.render(CampaignMailViews.Templates.campaignMail(page, view), status);
    }

    private static String status(MessageStatus status, MailMsg m) {
        return switch (status) {
            case QUEUED -> m.status_queued();
            case SENDING -> m.status_sending();
            case SENT -> m.status_sent();
            case FAILED -> m.status_failed();
            case CANCELLED -> m.status_cancelled();
        };
    }
}
