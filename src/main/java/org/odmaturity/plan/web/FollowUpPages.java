package org.odmaturity.plan.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.odmaturity.diagnostic.web.RespondentSession;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.error.PreconditionFailedException;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.i18n.Labels;
import org.odmaturity.plan.followup.FollowUpProblem;
import org.odmaturity.plan.followup.FollowUpService;
import org.odmaturity.plan.followup.FollowUpStatus;
import org.odmaturity.plan.followup.FollowUps;
import org.odmaturity.plan.followup.InvalidFollowUpException;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Roles;
import org.odmaturity.web.Formats;
import org.odmaturity.web.Forms;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.PageContext.Section;
import org.odmaturity.web.Views;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The follow-up page of a validated plan: each action with its status, the day it applies from and a note, one small
 * form per action (saved on its own, with the follow-up version it was read at: a form made stale by someone else's
 * change is refused with 409 and the page as it is now, never overwriting it). For staff at
 * {@code /animation/diagnostics/{id}/plan/suivi} (the diagnostic's facilitator, admins, and the facilitator of the
 * organisation's next diagnostic), for the organisation at {@code /repondre/suivi} through its invitation link (the
 * link's own plan once validated, else the organisation's previous plan). Who may see which plan is the service's
 * rule (404 page otherwise).
 */
@Path("/")
public class FollowUpPages {

    @CheckedTemplate(basePath = "plan")
    static final class FollowUpTemplates {
        private FollowUpTemplates() {
        }

        static native TemplateInstance followup(Views.Page page, FollowUpViews.Page view);
    }

    static final String RESPONDENT_PATH = "/repondre/suivi";

    @Inject
    PageContext context;
    @Inject
    FollowUpService followUps;
    @Inject
    RespondentSession sessions;
    @Context
    HttpHeaders headers;

    /** What a refused post shows again on its row: what was typed and the errors per field. */
    private record Typed(String key, String status, String date, String note, Map<String, String> errors) {
    }

    /** Where a page is: staff (a diagnostic's page) or the respondent's. */
    private record Where(Long staffDiagnostic) {
        boolean staff() {
            return staffDiagnostic != null;
        }
    }

    // ------------------------------------------------------------------------------------------------------ staff

    @GET
    @Path("animation/diagnostics/{id}/plan/suivi")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
    public Response staffPage(@PathParam("id") long id, @QueryParam("ok") String ok) {
        FollowUps f = followUps.get(id, context.lang(), context.actor());
        return page(new Where(id), f, notice(f, ok), null, null, null, 200);
    }

    @POST
    @Path("animation/diagnostics/{id}/plan/suivi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
    public Response staffSave(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return save(new Where(id), id, form, context.actor());
    }

    // ------------------------------------------------------------------------------------------------- respondent

    @GET
    @Path("repondre/suivi")
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    public Response respondentPage(@QueryParam("ok") String ok) {
        Optional<RespondentSession.Session> session = session();
        if (session.isEmpty()) {
            return Response.seeOther(URI.create("/repondre")).build(); // the "invalid link" page
        }
        Actor actor = session.get().actor();
        long own = session.get().diagnosticId();
        FollowUps mine = followUps.get(own, context.lang(), actor);
        Optional<FollowUps> shown = mine.validated() ? Optional.of(mine)
                : followUps.previous(own, context.lang(), actor);
        if (shown.isEmpty()) {
            return page(new Where(null), null, null, null, null, null, 200);
        }
        return page(new Where(null), shown.get(), notice(shown.get(), ok), null, null, null, 200);
    }

    @POST
    @Path("repondre/suivi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    public Response respondentSave(MultivaluedMap<String, String> form) {
        Optional<RespondentSession.Session> session = session();
        if (session.isEmpty()) {
            throw new ResourceNotFoundException("No invitation link.");
        }
        Long diagnostic = Forms.number(form.getFirst("diagnostic"));
        if (diagnostic == null) {
            throw new ResourceNotFoundException("No diagnostic.");
        }
        return save(new Where(null), diagnostic, form, session.get().actor());
    }

    // ------------------------------------------------------------------------------------------------------ saving

    private Response save(Where where, long id, MultivaluedMap<String, String> form, Actor actor) {
        String key = Optional.ofNullable(form.getFirst("key")).orElse("");
        Typed typed = new Typed(key, field(form, "status"), field(form, "date"), field(form, "note"),
                new LinkedHashMap<>());
        FollowUps before = followUps.get(id, context.lang(), actor); // 404 for whoever may not see it
        FollowUpMsg m = msg();
        Optional<FollowUps.Action> action = before.action(key);
        if (action.isEmpty()) {
            return page(where, before, null, m.stale_title(), m.gone_text(), null, 409);
        }
        Long version = Forms.number(form.getFirst("version"));
        LocalDate date = typed.date().isEmpty() ? null : ActionFields.parseDate(typed.date());
        if (!typed.date().isEmpty() && date == null) {
            typed.errors().put("date", m.error_date_invalid());
        }
        try {
            if (!typed.errors().isEmpty()) {
                // the service's own checks too, so that every error of the form is shown at once
                followUps.check(new FollowUpService.Update(typed.status(), null, typed.note()))
                        .forEach(p -> typed.errors().putIfAbsent(p.field(), message(p, typed)));
                return page(where, before, null, null, null, typed, 422);
            }
            followUps.update(id, key, version == null ? ExpectedVersion.none() : ExpectedVersion.of(version),
                    new FollowUpService.Update(typed.status(), date, typed.note()), actor);
        } catch (PreconditionFailedException | org.odmaturity.error.PreconditionRequiredException e) {
            return page(where, followUps.get(id, context.lang(), actor), null, m.stale_title(),
                    m.stale_text(action.get().rank()), new Typed(key, typed.status(), typed.date(), typed.note(),
                            Map.of()), 409);
        } catch (ConflictException e) {
            return page(where, before, null, m.closed_title(), m.closed_text(), null, 409);
        } catch (InvalidFollowUpException e) {
            e.problems().forEach(p -> typed.errors().putIfAbsent(p.field(), message(p, typed)));
            return page(where, before, null, null, null, typed, 422);
        }
        URI back = UriBuilder.fromPath(where.staff() ? staffPath(id) : RESPONDENT_PATH).queryParam("ok", key)
                .fragment(PlanLinks.htmlId(key)).build();
        return Response.seeOther(back).build();
    }

    private String message(FollowUpProblem p, Typed typed) {
        FollowUpMsg m = msg();
        return switch (p.code()) {
            case STATUS_REQUIRED -> m.error_status_required();
            case STATUS_UNKNOWN -> m.error_status_unknown();
            case DATE_IN_FUTURE -> m.error_date_future();
            case NOTE_TOO_LONG -> m.error_note_too_long(typed.note().codePointCount(0, typed.note().length()));
            case NOTE_UNSTORABLE -> m.error_note_unstorable();
        };
    }

    // ------------------------------------------------------------------------------------------------------ views

    private Response page(Where where, FollowUps f, String notice, String alertTitle, String alert, Typed typed,
            int status) {
        FollowUpMsg m = msg();
        Labels labels = Labels.of(context.lang());
        String backHref = where.staff() ? PlanLinks.plan(where.staffDiagnostic()) : "/repondre";
        String backLabel = where.staff() ? m.back_plan() : m.back_landing();
        if (f == null) {
            FollowUpViews.Page empty = new FollowUpViews.Page(m.title(), null, backHref, backLabel, null, null,
                    null, List.of(), 0, false, RESPONDENT_PATH, context.csrfToken(), 0, null, List.of());
            return render(where, m.title(), empty, status);
        }
        List<FollowUpViews.Row> rows = new ArrayList<>();
        List<Views.ErrorLink> errors = new ArrayList<>();
        int errorRow = 0;
        for (FollowUps.Action a : f.actions()) {
            String htmlId = PlanLinks.htmlId(a.key());
            boolean posted = typed != null && typed.key().equals(a.key());
            Map<String, String> fieldErrors = posted ? typed.errors() : Map.of();
            String p = "fup-" + htmlId + "-";
            String statusValue = posted ? typed.status() : a.status().key();
            String dateValue = posted ? typed.date() : a.statusDate() == null ? "" : input(a.statusDate());
            String noteValue = posted ? typed.note() : a.note() == null ? "" : a.note();
            List<Forms.Option> options = new ArrayList<>();
            for (FollowUpStatus s : FollowUpStatus.values()) {
                options.add(new Forms.Option(s.key(), labels.label("followup.status", s), s.key().equals(statusValue)));
            }
            List<Forms.Field> fields = List.of(
                    new Forms.Field(p + "status", "status", m.field_status(), null, "select", statusValue,
                            fieldErrors.get("status"), true, null, null, null, options),
                    new Forms.Field(p + "date", "date", m.field_date(), m.field_date_hint(), "text", dateValue,
                            fieldErrors.get("date"), false, "off", null, "short", List.of()),
                    new Forms.Field(p + "note", "note", m.field_note(), m.field_note_hint(), "textarea", noteValue,
                            fieldErrors.get("note"), false, null, null, null, List.of()));
            for (Forms.Field field : fields) {
                if (field.error() != null) {
                    errors.add(new Views.ErrorLink("#" + field.id(), field.label() + " – " + field.error()));
                    errorRow = a.rank();
                }
            }
            String statusLabel = labels.label("followup.status", a.status());
            String current = a.followedUp() ? m.current(statusLabel, date(a.statusDate())) : m.never();
            String updated = a.updatedBy() == null ? null
                    : m.updated(a.updatedBy(), Formats.dateTime(context.locale(), a.updatedAt()));
            List<String> history = a.history().stream().map(c -> m.history_entry(
                    labels.label("followup.status", c.status()), date(c.statusDate()), c.changedBy(),
                    Formats.dateTime(context.locale(), c.changedAt()), c.note())).toList();
            rows.add(new FollowUpViews.Row(a.key(), htmlId, a.rank(), a.text(), a.status().key(), statusLabel,
                    current, a.note(), updated, history, a.version(), fields));
        }
        String subtitle = f.validated() ? m.subtitle(f.campaign(), f.year(), date(f.validatedOn()))
                : m.subtitle_not_validated(f.campaign(), f.year());
        Map<FollowUpStatus, Integer> counts = f.counts();
        String summary = m.summary(counts.get(FollowUpStatus.DONE), counts.get(FollowUpStatus.IN_PROGRESS),
                counts.get(FollowUpStatus.TODO), counts.get(FollowUpStatus.ABANDONED));
        String action = where.staff() ? staffPath(f.diagnosticId()) : RESPONDENT_PATH;
        FollowUpViews.Page view = new FollowUpViews.Page(m.title_org(f.organization()), subtitle, backHref, backLabel,
                notice, alertTitle, alert, errors, errorRow, f.validated(), action, context.csrfToken(),
                f.diagnosticId(), summary, rows);
        String title = (errors.isEmpty() ? "" : m.errors_title(errors.size()) + " – ") + m.title_org(f.organization());
        return render(where, title, view, status);
    }

    private Response render(Where where, String title, FollowUpViews.Page view, int status) {
        Views.Page page = where.staff() ? context.page(title, Section.DIAGNOSTICS)
                : new Views.Page(context.lang(), RESPONDENT_PATH, title);
        return context.render(FollowUpTemplates.followup(page, view), status);
    }

    private String notice(FollowUps f, String ok) {
        return ok == null ? null : f.action(ok).map(a -> msg().ok_saved(a.rank())).orElse(null);
    }

    private String date(LocalDate date) {
        return Formats.date(context.locale(), date);
    }

    private static String input(LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static String field(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }

    static String staffPath(long id) {
        return PlanLinks.followUp(id);
    }

    private Optional<RespondentSession.Session> session() {
        Cookie cookie = headers.getCookies().get(RespondentSession.COOKIE);
        return cookie == null ? Optional.empty() : sessions.resolve(cookie.getValue());
    }

    private FollowUpMsg msg() {
        return context.msg(FollowUpMsg.class);
    }
}
