package org.odmaturity.plan.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.error.PreconditionFailedException;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.plan.InvalidPlanException;
import org.odmaturity.plan.Plan;
import org.odmaturity.plan.PlanEdit;
import org.odmaturity.plan.PlanProblem;
import org.odmaturity.plan.PlanService;
import org.odmaturity.plan.PlanTexts;
import org.odmaturity.plan.PlanViews;
import org.odmaturity.plan.web.PlanPageViews.ActionForm;
import org.odmaturity.plan.web.PlanScreens.Loaded;
import org.odmaturity.questionnaire.api.QuestionnaireViews;
import org.odmaturity.security.Roles;
import org.odmaturity.web.PageContext;
import org.odmaturity.web.PageContext.Section;
import org.odmaturity.web.Views;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The action-plan curation pages of a diagnostic, for its facilitator and admins: the plan in order with small forms
 * per action (move up, move down, remove, restore), an edit form per action (wording, effort, horizon, owner, due
 * date), an "add an action" form, the target level per axis, and regeneration from the answers behind a confirmation
 * step. Everything works without JavaScript (js/plan.js only moves the focus back to the button used).
 *
 * <p>Every change is a {@link PlanEdit} built from the stored plan's items (so that nothing else changes) and given
 * to {@link PlanService#curate} with the plan version the form was read at: a form made stale by a colleague's change
 * is refused (409 page) and never overwrites it. Who may read and write is the service's rule (another facilitator
 * gets the 404 page and changes nothing).
 */
@Path("/")
@RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
public class PlanPages {

    @CheckedTemplate(basePath = "plan")
    static final class PlanTemplates {
        private PlanTemplates() {
        }

        static native TemplateInstance plan(Views.Page page, PlanPageViews.PlanPage view);

        static native TemplateInstance action(Views.Page page, PlanPageViews.EditPage view);

        static native TemplateInstance confirm(Views.Page page, PlanPageViews.ConfirmPage view);
    }

    /** The notice of the plan page after a change ({@code ?ok=}). */
    enum Notice {
        MOVED, DROPPED, DELETED, RESTORED, ADDED, SAVED, TARGETS, REGENERATED;

        String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Notice> of(String value) {
            return Arrays.stream(values()).filter(n -> n.value().equals(value)).findFirst();
        }
    }

    /** What every post of the plan page carries besides its own fields. */
    private record Posted(Optional<PlanOp> op, String rawOp, String key, boolean confirmed, Optional<Long> version) {

        static Posted of(MultivaluedMap<String, String> form) {
            String op = Optional.ofNullable(form.getFirst("op")).orElse("");
            return new Posted(PlanOp.of(op), op, form.getFirst("key"), "oui".equals(form.getFirst("confirm")),
                    PlanPages.version(form.getFirst("version")));
        }

        /** Whether the form was read at the plan's current version. */
        boolean current(Loaded l) {
            return version.isPresent() && version.get() == l.version();
        }
    }

    private final PageContext context;
    private final PlanService plans;

    public PlanPages(PageContext context, PlanService plans) {
        this.context = context;
        this.plans = plans;
    }

    // ------------------------------------------------------------------------------------------------------ pages

    @GET
    @Path("animation/diagnostics/{id}/plan")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("id") long id, @QueryParam("ok") String ok, @QueryParam("cle") String key) {
        Loaded l = load(id);
        String notice = Notice.of(ok).map(n -> notice(n, l.rank(key))).orElse(null);
        return plan(l, notice, null, null, ActionForm.empty(), 200);
    }

    @GET
    @Path("animation/diagnostics/{id}/plan/actions/{key}")
    @Produces(MediaType.TEXT_HTML)
    public Response editForm(@PathParam("id") long id, @PathParam("key") String key) {
        Loaded l = load(id);
        Plan.Item item = l.item(key).orElseThrow(() -> new ResourceNotFoundException("No action " + key + "."));
        ActionForm form = ActionFields.of(item, l.action(key).orElseThrow().text());
        return edit(l, key, form, l.version(), null, null, 200);
    }

    @GET
    @Path("animation/diagnostics/{id}/plan/regenerer")
    @Produces(MediaType.TEXT_HTML)
    public Response regenerateConfirmation(@PathParam("id") long id, @QueryParam("version") String version) {
        PlanService.PlanState state = plans.get(id, false, context.actor());
        PlanPagesMsg m = msg();
        long v = version(version).orElse(state.plan().version());
        return confirm(id, m.regenerate_confirm_title(), m.regenerate_confirm_text(), m.regenerate_submit(),
                PlanOp.REGENERATE, null, v);
    }

    @GET
    @Path("animation/diagnostics/{id}/plan/actions/{key}/supprimer")
    @Produces(MediaType.TEXT_HTML)
    public Response deleteConfirmation(@PathParam("id") long id, @PathParam("key") String key,
            @QueryParam("version") String version) {
        Loaded l = load(id);
        Plan.Item item = l.item(key).filter(Plan.Item::custom)
                .orElseThrow(() -> new ResourceNotFoundException("No added action " + key + "."));
        PlanPagesMsg m = msg();
        return confirm(id, m.delete_confirm_title(), m.delete_confirm_text(item.text()), m.delete_submit(),
                PlanOp.DROP, key, version(version).orElse(l.version()));
    }

    // ------------------------------------------------------------------------------------------------------ changes

    /**
     * Every change of the plan page: {@code op} = up, down, drop, restore (with {@code key}), add (the add form),
     * targets ({@code target.<axis>}), regenerate; {@code version} = the plan version the page showed. Regenerating
     * and deleting an added action ask for a confirmation first ({@code confirm=oui}).
     */
    @POST
    @Path("animation/diagnostics/{id}/plan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response change(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Posted posted = Posted.of(form);
        Loaded l = load(id); // 404 for whoever may not read the diagnostic: nothing is changed
        PlanOp op = posted.op().orElse(null);
        if (op == PlanOp.ADD) {
            return add(l, posted, form);
        }
        if (op == PlanOp.REGENERATE && !posted.confirmed()) {
            return Response.seeOther(PlanLinks.regenerate(id, posted.version().orElse(0L))).build();
        }
        if (op == PlanOp.DROP && !posted.confirmed() && l.item(posted.key()).filter(Plan.Item::custom).isPresent()) {
            return Response.seeOther(PlanLinks.delete(id, posted.key(), posted.version().orElse(0L))).build();
        }
        if (!posted.current(l)) {
            return stale(l, ActionForm.empty());
        }
        if (op == null) {
            return plan(l, null, msg().refused_title(), msg().refused_text(posted.rawOp()), ActionForm.empty(), 400);
        }
        return switch (op) {
            case REGENERATE -> regenerate(l);
            case TARGETS -> targets(l, form);
            case UP, DOWN -> move(l, op, posted.key());
            case DROP -> drop(l, posted.key());
            case RESTORE -> restore(l, posted.key());
            case ADD -> throw new IllegalStateException("handled above");
        };
    }

    /** The edit form of one action: wording, axis/theme (added actions), effort, horizon, owner, due date. */
    @POST
    @Path("animation/diagnostics/{id}/plan/actions/{key}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@PathParam("id") long id, @PathParam("key") String key, MultivaluedMap<String, String> form) {
        Loaded l = load(id);
        List<Plan.Item> items = new ArrayList<>(l.state().plan().items());
        int index = indexOf(items, key);
        if (index < 0) {
            return gone(l);
        }
        ActionFields fields = ActionFields.read(form, items.get(index).custom(), l.view(), msg());
        Optional<Long> version = version(form.getFirst("version"));
        if (!fields.valid()) {
            return edit(l, key, fields.form(), version.orElse(l.version()), null, null, 422);
        }
        if (version.isEmpty() || version.get() != l.version()) {
            return staleEdit(l, key, fields.form());
        }
        items.set(index, fields.applyTo(items.get(index)));
        try {
            plans.curate(id, ExpectedVersion.of(version.get()), edit(items, List.of()), context.actor());
        } catch (PreconditionFailedException e) {
            return staleEdit(load(id), key, fields.form());
        } catch (InvalidPlanException e) {
            return edit(l, key, fields.form(), version.get(), msg().refused_title(), refusal(e), 422);
        }
        return Response.seeOther(PlanLinks.changed(id, Notice.SAVED.value(), key, "edit")).build();
    }

    private Response add(Loaded l, Posted posted, MultivaluedMap<String, String> form) {
        ActionFields fields = ActionFields.read(form, true, l.view(), msg());
        if (!fields.valid()) {
            return plan(l, null, null, null, fields.form(), 422);
        }
        if (!posted.current(l)) {
            return stale(l, fields.form());
        }
        List<PlanEdit.Action> actions = new ArrayList<>(actions(l.state().plan().items()));
        actions.add(fields.added());
        return curate(l, new PlanEdit(actions, List.of()), fields.form(), Notice.ADDED, null, "edit");
    }

    private Response regenerate(Loaded l) {
        try {
            plans.regenerate(l.id(), ExpectedVersion.of(l.version()), context.actor());
        } catch (PreconditionFailedException e) {
            return stale(load(l.id()), ActionForm.empty());
        }
        return Response.seeOther(PlanLinks.changed(l.id(), Notice.REGENERATED.value(), null, null)).build();
    }

    private Response targets(Loaded l, MultivaluedMap<String, String> form) {
        List<PlanEdit.Target> targets = new ArrayList<>();
        for (PlanViews.AxisView axis : l.view().axes()) {
            String level = Optional.ofNullable(form.getFirst("target." + axis.id())).orElse("").trim();
            if (!level.isEmpty() && l.view().levels().stream().noneMatch(x -> x.id().equals(level))) {
                return plan(l, null, msg().refused_title(), msg().refused_text(msg().error_choice()),
                        ActionForm.empty(), 422);
            }
            targets.add(new PlanEdit.Target(axis.id(), level.isEmpty() ? null : level));
        }
        return curate(l, edit(l.state().plan().items(), targets), ActionForm.empty(), Notice.TARGETS, null, null);
    }

    private Response move(Loaded l, PlanOp op, String key) {
        List<Plan.Item> items = new ArrayList<>(l.state().plan().items());
        int index = indexOf(items, key);
        if (index < 0) {
            return gone(l);
        }
        int to = op == PlanOp.UP ? index - 1 : index + 1;
        if (to >= 0 && to < items.size()) {
            items.add(to, items.remove(index));
        }
        return curate(l, edit(items, List.of()), ActionForm.empty(), Notice.MOVED, key, op.value());
    }

    private Response drop(Loaded l, String key) {
        List<Plan.Item> items = new ArrayList<>(l.state().plan().items());
        int index = indexOf(items, key);
        if (index < 0) {
            return gone(l);
        }
        boolean custom = items.remove(index).custom();
        return curate(l, edit(items, List.of()), ActionForm.empty(), custom ? Notice.DELETED : Notice.DROPPED,
                custom ? null : key, PlanOp.RESTORE.value());
    }

    private Response restore(Loaded l, String key) {
        if (key == null || indexOf(l.state().plan().items(), key) >= 0 || !l.view().available().contains(key)) {
            return gone(l);
        }
        List<PlanEdit.Action> actions = new ArrayList<>(actions(l.state().plan().items()));
        actions.add(new PlanEdit.Action(key, null, null, null, null, null, null, null));
        return curate(l, new PlanEdit(actions, List.of()), ActionForm.empty(), Notice.RESTORED, key, "edit");
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    /**
     * Stores the plan; on success 303 to the page with its notice, anchored on {@code key} (on the new action when
     * one was added, {@code key} null and the notice {@link Notice#ADDED}).
     */
    private Response curate(Loaded l, PlanEdit edit, ActionForm add, Notice notice, String key, String button) {
        PlanService.PlanState after;
        try {
            after = plans.curate(l.id(), ExpectedVersion.of(l.version()), edit, context.actor());
        } catch (PreconditionFailedException e) {
            return stale(load(l.id()), add);
        } catch (InvalidPlanException e) {
            return plan(l, null, msg().refused_title(), refusal(e), add, 422);
        }
        if (notice == Notice.ADDED) {
            List<Plan.Item> stored = after.plan().items();
            key = stored.get(stored.size() - 1).key();
        }
        return Response.seeOther(PlanLinks.changed(l.id(), notice.value(), key, key == null ? null : button))
                .build();
    }

    /** The curation of these items as stored (nothing else changes), with {@code targets} to change. */
    private static PlanEdit edit(List<Plan.Item> items, List<PlanEdit.Target> targets) {
        return new PlanEdit(actions(items), targets);
    }

    private static List<PlanEdit.Action> actions(List<Plan.Item> items) {
        return items.stream().map(i -> new PlanEdit.Action(i.key(), i.text(), i.custom() ? i.axisId() : null,
                i.custom() ? i.themeId() : null, i.effort(), i.horizon(), i.owner(), i.dueDate())).toList();
    }

    /** A refusal of the service in the page's words (it only happens when the plan changed under the form). */
    private String refusal(InvalidPlanException e) {
        PlanPagesMsg m = msg();
        List<String> texts = new ArrayList<>();
        for (PlanProblem problem : e.problems()) {
            String text = switch (problem.code()) {
                case DUPLICATE, NO_SUGGESTED_ACTION, NO_ACTION -> m.gone_text();
                case TEXT_REQUIRED -> m.error_text_required();
                default -> m.error_choice();
            };
            if (!texts.contains(text)) {
                texts.add(text);
            }
        }
        return m.refused_text(String.join(" ", texts));
    }

    private Loaded load(long id) {
        PlanService.PlanState state = plans.get(id, false, context.actor());
        // the page's language decides; the questionnaire's default language fills its gaps
        PlanViews.PlanView view = PlanViews.of(state, false,
                QuestionnaireViews.language(state.questionnaire(), context.lang(), List.of()));
        return new Loaded(state, view);
    }

    private PlanPagesMsg msg() {
        return context.msg(PlanPagesMsg.class);
    }

    private PlanScreens screens() {
        return new PlanScreens(msg(), context.lang(), PlanTexts.of(context.lang()).locale(), context.csrfToken());
    }

    private String notice(Notice notice, int rank) {
        PlanPagesMsg m = msg();
        return switch (notice) {
            case MOVED -> m.ok_moved(rank);
            case DROPPED -> m.ok_dropped();
            case DELETED -> m.ok_deleted();
            case RESTORED -> m.ok_restored(rank);
            case ADDED -> m.ok_added(rank);
            case SAVED -> m.ok_saved();
            case TARGETS -> m.ok_targets();
            case REGENERATED -> m.ok_regenerated();
        };
    }

    // ------------------------------------------------------------------------------------------------------ views

    private Response plan(Loaded l, String notice, String alertTitle, String alert, ActionForm add, int status) {
        PlanScreens screens = screens();
        PlanPageViews.PlanPage view = screens.plan(l, notice, alertTitle, alert, add);
        String title = screens.title(msg().title_org(l.organization()), view.errors());
        return context.render(PlanTemplates.plan(context.page(title, Section.DIAGNOSTICS, PlanLinks.plan(l.id())),
                view), status);
    }

    private Response edit(Loaded l, String key, ActionForm form, long version, String alertTitle, String alert,
            int status) {
        if (l.item(key).isEmpty()) {
            throw new ResourceNotFoundException("No action " + key + ".");
        }
        PlanScreens screens = screens();
        PlanPageViews.EditPage view = screens.edit(l, key, form, version, alertTitle, alert);
        String title = screens.title(msg().edit_title(view.rank()) + " – " + msg().title_org(l.organization()),
                view.errors());
        return context.render(PlanTemplates.action(context.page(title, Section.DIAGNOSTICS,
                PlanLinks.action(l.id(), key)), view), status);
    }

    private Response confirm(long id, String title, String text, String submit, PlanOp op, String key,
            long version) {
        PlanPageViews.ConfirmPage view = screens().confirm(id, title, text, submit, op, key, version);
        return context.render(PlanTemplates.confirm(context.page(title, Section.DIAGNOSTICS), view));
    }

    /** 409: the plan changed since the form was read; the page shows it as it is now. */
    private Response stale(Loaded l, ActionForm add) {
        return plan(l, null, msg().stale_title(), msg().stale_text(), add, 409);
    }

    /** 409: the action is no longer in the plan. */
    private Response gone(Loaded l) {
        return plan(l, null, msg().stale_title(), msg().gone_text(), ActionForm.empty(), 409);
    }

    /** 409 on the edit form: what was typed is kept, with the values stored now. */
    private Response staleEdit(Loaded l, String key, ActionForm typed) {
        Optional<Plan.Item> now = l.item(key);
        if (now.isEmpty()) {
            return gone(l);
        }
        PlanPagesMsg m = msg();
        String owner = now.get().owner() == null ? m.empty() : now.get().owner();
        String due = now.get().dueDate() == null ? m.empty() : screens().date(now.get().dueDate());
        return edit(l, key, new ActionForm(typed.text(), typed.place(), typed.effort(), typed.horizon(),
                typed.owner(), typed.dueDate(), Map.of()), l.version(), m.stale_title(),
                m.stale_edit_text(owner, due), 409);
    }

    private static Optional<Long> version(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int indexOf(List<Plan.Item> items, String key) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
