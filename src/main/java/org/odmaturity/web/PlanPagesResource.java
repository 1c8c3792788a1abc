package org.odmaturity.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.PreconditionFailedException;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.plan.Plan;
import org.odmaturity.plan.PlanGenerator;
import org.odmaturity.questionnaire.api.QuestionnaireViews;
import org.odmaturity.plan.PlanService;
import org.odmaturity.plan.PlanTexts;
import org.odmaturity.plan.PlanViews;
import org.odmaturity.plan.ResolvedAction;
import org.odmaturity.plan.SuggestedAction;
import org.odmaturity.questionnaire.model.Effort;
import org.odmaturity.questionnaire.model.Horizon;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Roles;
import org.odmaturity.web.PlanPagesViews.ActionForm;
import org.odmaturity.web.PlanPagesViews.Choice;
import org.odmaturity.web.PlanPagesViews.ChoiceGroup;
import org.odmaturity.web.PlanPagesViews.FormChoices;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The action-plan curation pages of a diagnostic, for its facilitator and admins: the plan in order with small forms
 * per action (move up, move down, remove, restore), an edit form per action (wording, effort, horizon, owner, due
 * date), an "add an action" form, the target level per axis, and regeneration from the answers behind a confirmation
 * step. Everything works without JavaScript (js/plan.js only moves the focus back to the button used).
 *
 * <p>Every change goes through {@link PlanService#curate} (the JSON body of {@code PUT /api/diagnostics/{id}/plan},
 * built from the stored plan's items, so that nothing else changes) with the plan version the form was read at as
 * {@code If-Match}: a form made stale by a colleague's change is refused (409 page) and never overwrites it. Who may
 * read and write is the service's rule (another facilitator gets the 404 page and changes nothing).
 */
@Path("/")
@RolesAllowed({Roles.ADMIN, Roles.FACILITATOR})
public class PlanPagesResource {

    static final int MAX_TEXT = 2000;
    static final int MAX_OWNER = 200;
    private static final String BASE = "/animation/diagnostics/";
    private static final Pattern FRENCH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @CheckedTemplate(basePath = "plan")
    static final class PlanTemplates {
        private PlanTemplates() {
        }

        static native TemplateInstance plan(Views.Page page, PlanPagesViews.PlanPage view);

        static native TemplateInstance action(Views.Page page, PlanPagesViews.EditPage view);

        static native TemplateInstance confirm(Views.Page page, PlanPagesViews.ConfirmPage view);
    }

    /** A page's data: the service's state (raw items, suggestion, diagnostic) and the API's view of the plan. */
    private record Loaded(PlanService.PlanState state, PlanViews.PlanView view, String lang) {

        Optional<Plan.Item> item(String key) {
            return state.plan().items().stream().filter(i -> i.key().equals(key)).findFirst();
        }

        Optional<PlanViews.ActionView> action(String key) {
            return view.actions().stream().filter(a -> a.id().equals(key)).findFirst();
        }
    }

    /** What an action form says once read and checked: the item's new fields, or errors. */
    private record Checked(ActionForm form, String text, String axis, String theme, Effort effort, Horizon horizon,
            String owner, LocalDate due) {

        boolean valid() {
            return form.errors().isEmpty();
        }
    }

    private final StaffPages pages;
    private final PlanService plans;
    private final ObjectMapper json;
    private final PlanPagesMsg fr;
    private final PlanPagesMsg en;

    @Inject
    SecurityIdentity identity;
    @Context
    HttpHeaders headers;
    @Context
    UriInfo uriInfo;

    public PlanPagesResource(StaffPages pages, PlanService plans, ObjectMapper json,
            PlanPagesMsg fr, @Localized("en") PlanPagesMsg en) {
        this.pages = pages;
        this.plans = plans;
        this.json = json;
        this.fr = fr;
        this.en = en;
    }

    // ------------------------------------------------------------------------------------------------------ pages

    @GET
    @Path("animation/diagnostics/{id}/plan")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("id") long id, @QueryParam("lang") String langParam, @QueryParam("ok") String ok,
            @QueryParam("cle") String key) {
        String lang = pages.lang(langParam, headers);
        Loaded l = load(id, lang);
        return plan(l, langParam, notice(l, ok, key), null, null, ActionForm.empty(), 200);
    }

    @GET
    @Path("animation/diagnostics/{id}/plan/actions/{key}")
    @Produces(MediaType.TEXT_HTML)
    public Response editForm(@PathParam("id") long id, @PathParam("key") String key,
            @QueryParam("lang") String langParam) {
        String lang = pages.lang(langParam, headers);
        Loaded l = load(id, lang);
        Plan.Item item = l.item(key).orElseThrow(() -> new ResourceNotFoundException("No action " + key + "."));
        PlanViews.ActionView shown = l.action(key).orElseThrow();
        ActionForm form = new ActionForm(shown.text() == null ? "" : shown.text(), place(item.axisId(), item.themeId()),
                item.effort() == null ? "" : item.effort().key(), item.horizon() == null ? "" : item.horizon().key(),
                item.owner() == null ? "" : item.owner(), item.dueDate() == null ? "" : inputDate(item.dueDate()),
                Map.of());
        return edit(l, langParam, key, form, l.view().version(), null, null, 200);
    }

    @GET
    @Path("animation/diagnostics/{id}/plan/regenerer")
    @Produces(MediaType.TEXT_HTML)
    public Response regenerateConfirmation(@PathParam("id") long id, @QueryParam("version") String version,
            @QueryParam("lang") String langParam) {
        String lang = pages.lang(langParam, headers);
        PlanService.PlanState state = plans.get(id, false, actor());
        PlanPagesMsg m = msg(lang);
        long v = version(version).orElse(state.plan().version());
        return confirm(id, lang, langParam, m.regenerate_confirm_title(), m.regenerate_confirm_text(),
                m.regenerate_submit(), "regenerate", null, v);
    }

    @GET
    @Path("animation/diagnostics/{id}/plan/actions/{key}/supprimer")
    @Produces(MediaType.TEXT_HTML)
    public Response deleteConfirmation(@PathParam("id") long id, @PathParam("key") String key,
            @QueryParam("version") String version, @QueryParam("lang") String langParam) {
        String lang = pages.lang(langParam, headers);
        Loaded l = load(id, lang);
        Plan.Item item = l.item(key).filter(Plan.Item::custom)
                .orElseThrow(() -> new ResourceNotFoundException("No added action " + key + "."));
        PlanPagesMsg m = msg(lang);
        long v = version(version).orElse(l.view().version());
        return confirm(id, lang, langParam, m.delete_confirm_title(), m.delete_confirm_text(item.text()),
                m.delete_submit(), "drop", key, v);
    }

    // ------------------------------------------------------------------------------------------------------ changes

    /**
     * Every change of the plan page: {@code op} = up, down, drop, restore (with {@code key}), add (the add form),
     * targets ({@code target.<axis>}), regenerate; {@code version} = the plan version the page showed.
     */
    @POST
    @Path("animation/diagnostics/{id}/plan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response change(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String lang = pages.lang(null, headers);
        PlanPagesMsg m = msg(lang);
        String op = Optional.ofNullable(form.getFirst("op")).orElse("");
        String key = form.getFirst("key");
        boolean confirmed = "oui".equals(form.getFirst("confirm"));
        Optional<Long> version = version(form.getFirst("version"));
        Loaded l = load(id, lang); // 404 for whoever may not read the diagnostic: nothing is changed
        List<Plan.Item> items = new ArrayList<>(l.state().plan().items());
        int index = key == null ? -1 : indexOf(items, key);

        if (op.equals("add")) {
            Checked checked = check(form, true, l, m);
            if (!checked.valid()) {
                return plan(l, null, null, null, null, checked.form(), 422);
            }
            if (version.isEmpty() || version.get() != l.view().version()) {
                return plan(l, null, null, m.stale_title(), m.stale_text(), checked.form(), 409);
            }
            items.add(new Plan.Item(null, null, null, checked.axis(), checked.theme(), checked.text(),
                    checked.effort(), checked.horizon(), checked.owner(), checked.due()));
            return curate(l, version.get(), items, null, checked.form(), "added", "edit", true);
        }
        if (op.equals("regenerate") && !confirmed) {
            return Response.seeOther(URI.create(BASE + id + "/plan/regenerer?version=" + version.orElse(0L))).build();
        }
        if (op.equals("drop") && index >= 0 && items.get(index).custom() && !confirmed) {
            return Response.seeOther(URI.create(BASE + id + "/plan/actions/" + segment(key) + "/supprimer?version="
                    + version.orElse(0L))).build();
        }
        if (version.isEmpty() || version.get() != l.view().version()) {
            return plan(l, null, null, m.stale_title(), m.stale_text(), ActionForm.empty(), 409);
        }
        long v = version.get();
        switch (op) {
            case "regenerate" -> {
                try {
                    plans.regenerate(id, ExpectedVersion.of(v), actor());
                } catch (PreconditionFailedException e) {
                    return plan(load(id, lang), null, null, m.stale_title(), m.stale_text(), ActionForm.empty(), 409);
                }
                return Response.seeOther(URI.create(BASE + id + "/plan?ok=regenerated")).build();
            }
            case "targets" -> {
                Map<String, String> targets = new LinkedHashMap<>();
                for (PlanViews.AxisView axis : l.view().axes()) {
                    String level = Optional.ofNullable(form.getFirst("target." + axis.id())).orElse("").trim();
                    if (!level.isEmpty() && l.view().levels().stream().noneMatch(x -> x.id().equals(level))) {
                        return plan(l, null, null, m.refused_title(), m.refused_text(m.error_choice()),
                                ActionForm.empty(), 422);
                    }
                    targets.put(axis.id(), level.isEmpty() ? null : level);
                }
                return curate(l, v, items, targets, ActionForm.empty(), "targets", null, false);
            }
            case "up", "down", "drop" -> {
                if (index < 0) {
                    return plan(l, null, null, m.stale_title(), m.gone_text(), ActionForm.empty(), 409);
                }
                if (op.equals("drop")) {
                    boolean custom = items.get(index).custom();
                    items.remove(index);
                    return curate(l, v, items, null, ActionForm.empty(), custom ? "deleted" : "dropped",
                            custom ? null : "restore", false, custom ? null : key);
                }
                int to = op.equals("up") ? index - 1 : index + 1;
                if (to >= 0 && to < items.size()) {
                    items.add(to, items.remove(index));
                }
                return curate(l, v, items, null, ActionForm.empty(), "moved", op, false, key);
            }
            case "restore" -> {
                if (key == null || index >= 0 || !l.view().available().contains(key)) {
                    return plan(l, null, null, m.stale_title(), m.gone_text(), ActionForm.empty(), 409);
                }
                SuggestedAction suggested = l.state().suggestion().action(key).orElseThrow();
                items.add(new Plan.Item(key, suggested.questionId(), suggested.source(), suggested.axisId(),
                        suggested.themeId(), null, null, null, null, null));
                return curate(l, v, items, null, ActionForm.empty(), "restored", "edit", false, key);
            }
            default -> {
                return plan(l, null, null, m.refused_title(), m.refused_text(op), ActionForm.empty(), 400);
            }
        }
    }

    /** The edit form of one action: wording, axis/theme (added actions), effort, horizon, owner, due date. */
    @POST
    @Path("animation/diagnostics/{id}/plan/actions/{key}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@PathParam("id") long id, @PathParam("key") String key, MultivaluedMap<String, String> form) {
        String lang = pages.lang(null, headers);
        PlanPagesMsg m = msg(lang);
        Loaded l = load(id, lang);
        List<Plan.Item> items = new ArrayList<>(l.state().plan().items());
        int index = indexOf(items, key);
        if (index < 0) {
            return plan(l, null, null, m.stale_title(), m.gone_text(), ActionForm.empty(), 409);
        }
        Plan.Item item = items.get(index);
        Checked checked = check(form, item.custom(), l, m);
        if (!checked.valid()) {
            return edit(l, null, key, checked.form(), version(form.getFirst("version")).orElse(l.view().version()),
                    null, null, 422);
        }
        Optional<Long> version = version(form.getFirst("version"));
        if (version.isEmpty() || version.get() != l.view().version()) {
            return staleEdit(l, key, checked.form(), m);
        }
        items.set(index, new Plan.Item(item.key(), item.questionId(), item.source(),
                item.custom() ? checked.axis() : item.axisId(), item.custom() ? checked.theme() : item.themeId(),
                checked.text(), checked.effort(), checked.horizon(), checked.owner(), checked.due()));
        try {
            plans.curate(id, ExpectedVersion.of(version.get()), body(items, null), actor());
        } catch (PreconditionFailedException e) {
            return staleEdit(load(id, lang), key, checked.form(), m);
        } catch (InvalidInputException e) {
            return edit(l, null, key, checked.form(), version.get(), m.refused_title(), m.refused_text(detail(e)),
                    422);
        }
        return redirect(id, "saved", key, "edit");
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private Response curate(Loaded l, long version, List<Plan.Item> items, Map<String, String> targets,
            ActionForm add, String ok, String button, boolean newAction) {
        return curate(l, version, items, targets, add, ok, button, newAction, null);
    }

    /** Stores the plan; on success 303 to the page (anchored on {@code key}, or on the new action). */
    private Response curate(Loaded l, long version, List<Plan.Item> items, Map<String, String> targets,
            ActionForm add, String ok, String button, boolean newAction, String key) {
        long id = l.view().diagnosticId();
        PlanPagesMsg m = msg(l.lang());
        PlanService.PlanState after;
        try {
            after = plans.curate(id, ExpectedVersion.of(version), body(items, targets), actor());
        } catch (PreconditionFailedException e) {
            return plan(load(id, l.lang()), null, null, m.stale_title(), m.stale_text(), add, 409);
        } catch (InvalidInputException e) {
            return plan(l, null, null, m.refused_title(), m.refused_text(detail(e)), add, 422);
        }
        if (newAction) {
            List<Plan.Item> stored = after.plan().items();
            key = stored.get(stored.size() - 1).key();
        }
        return redirect(id, ok, key, button);
    }

    private static Response redirect(long id, String ok, String key, String button) {
        StringBuilder target = new StringBuilder(BASE).append(id).append("/plan?ok=").append(ok);
        if (key != null) {
            target.append("&cle=").append(segment(key));
            if (button != null) {
                target.append("&bouton=").append(button);
            }
            target.append('#').append(htmlId(key));
        }
        return Response.seeOther(URI.create(target.toString())).build();
    }

    /** The JSON body of PUT /api/diagnostics/{id}/plan for these items (as stored: nothing else changes). */
    private ObjectNode body(List<Plan.Item> items, Map<String, String> targets) {
        ObjectNode body = json.createObjectNode();
        ArrayNode actions = body.putArray("actions");
        for (Plan.Item i : items) {
            ObjectNode n = actions.addObject();
            if (i.key() != null) {
                n.put("id", i.key());
            }
            if (i.text() != null) {
                n.put("text", i.text());
            }
            if (i.custom()) {
                if (i.axisId() != null) {
                    n.put("axis", i.axisId());
                }
                if (i.themeId() != null) {
                    n.put("theme", i.themeId());
                }
            }
            if (i.effort() != null) {
                n.put("effort", i.effort().key());
            }
            if (i.horizon() != null) {
                n.put("horizon", i.horizon().key());
            }
            if (i.owner() != null) {
                n.put("owner", i.owner());
            }
            if (i.dueDate() != null) {
                n.put("dueDate", i.dueDate().toString());
            }
        }
        if (targets != null) {
            ObjectNode t = body.putObject("targets");
            targets.forEach((axis, level) -> {
                if (level == null) {
                    t.putNull(axis);
                } else {
                    t.put(axis, level);
                }
            });
        }
        return body;
    }

    /** Reads and checks an action form (add or edit); {@code custom}: the text is required, the place is kept. */
    private Checked check(MultivaluedMap<String, String> form, boolean custom, Loaded l, PlanPagesMsg m) {
        String text = field(form, "text");
        String place = field(form, "place");
        String effort = field(form, "effort");
        String horizon = field(form, "horizon");
        String owner = field(form, "owner");
        String due = field(form, "due");
        Map<String, String> errors = new LinkedHashMap<>();
        if (custom && text.isEmpty()) {
            errors.put("text", m.error_text_required());
        } else if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            errors.put("text", m.error_text_long());
        }
        String axis = null;
        String theme = null;
        if (custom && !place.isEmpty()) {
            for (PlanViews.AxisView a : l.view().axes()) {
                if (place.equals("axis:" + a.id())) {
                    axis = a.id();
                }
                for (PlanViews.ThemeView t : a.themes()) {
                    if (place.equals("theme:" + t.id())) {
                        axis = a.id();
                        theme = t.id();
                    }
                }
            }
            if (axis == null) {
                errors.put("place", m.error_choice());
            }
        }
        Effort e = effort.isEmpty() ? null : Effort.fromKey(effort).orElse(null);
        if (!effort.isEmpty() && e == null) {
            errors.put("effort", m.error_choice());
        }
        Horizon h = horizon.isEmpty() ? null : Horizon.fromKey(horizon).orElse(null);
        if (!horizon.isEmpty() && h == null) {
            errors.put("horizon", m.error_choice());
        }
        if (owner.codePointCount(0, owner.length()) > MAX_OWNER) {
            errors.put("owner", m.error_owner_long());
        }
        LocalDate date = null;
        if (!due.isEmpty()) {
            date = parseDate(due);
            if (date == null) {
                errors.put("due", m.error_due());
            }
        }
        ActionForm typed = new ActionForm(text, place, effort, horizon, owner, due, errors);
        return new Checked(typed, text.isEmpty() ? null : text, axis, theme, e, h, owner.isEmpty() ? null : owner,
                date);
    }

    /** A date typed as dd/mm/yyyy (or yyyy-mm-dd), between 2000 and 2100; null when it is not one. */
    static LocalDate parseDate(String typed) {
        LocalDate date;
        try {
            Matcher french = FRENCH_DATE.matcher(typed);
            if (french.matches()) {
                date = LocalDate.of(Integer.parseInt(french.group(3)), Integer.parseInt(french.group(2)),
                        Integer.parseInt(french.group(1)));
            } else {
                date = LocalDate.parse(typed);
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
        return date.getYear() >= 2000 && date.getYear() <= 2100 ? date : null;
    }

    private static String inputDate(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static String field(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
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

    private static String detail(InvalidInputException e) {
        List<String> parts = new ArrayList<>();
        for (Object error : e.errors()) {
            if (error instanceof Map<?, ?> map) {
                parts.add(map.get("field") + " : " + map.get("message"));
            }
        }
        return parts.isEmpty() ? e.getMessage() : String.join(" ; ", parts);
    }

    /** The id of an action's row (and of its entry in the removed actions): {@code action-q-referent}. */
    static String htmlId(String key) {
        return "action-" + key.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** A path or query segment: unreserved characters and ':' as is, the rest percent-encoded. */
    static String segment(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~:".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static String place(String axisId, String themeId) {
        return themeId != null ? "theme:" + themeId : axisId != null ? "axis:" + axisId : "";
    }

    private Loaded load(long id, String lang) {
        PlanService.PlanState state = plans.get(id, false, actor());
        // the page's language decides; the questionnaire's default language fills its gaps
        PlanViews.PlanView view = PlanViews.of(state, false,
                QuestionnaireViews.language(state.questionnaire(), lang, headers.getAcceptableLanguages()));
        return new Loaded(state, view, lang);
    }

    private Actor actor() {
        return Actor.of(identity);
    }

    private PlanPagesMsg msg(String lang) {
        return "en".equals(lang) ? en : fr;
    }

    private String notice(Loaded l, String ok, String key) {
        if (ok == null) {
            return null;
        }
        PlanPagesMsg m = msg(l.lang());
        int rank = key == null ? 0 : l.action(key).map(PlanViews.ActionView::rank).orElse(0);
        return switch (ok) {
            case "moved" -> m.ok_moved(rank);
            case "dropped" -> m.ok_dropped();
            case "deleted" -> m.ok_deleted();
            case "restored" -> m.ok_restored(rank);
            case "added" -> m.ok_added(rank);
            case "saved" -> m.ok_saved();
            case "targets" -> m.ok_targets();
            case "regenerated" -> m.ok_regenerated();
            default -> null;
        };
    }

    // ------------------------------------------------------------------------------------------------------ views

    private Response plan(Loaded l, String langParam, String notice, String alertTitle, String alert, ActionForm add,
            int status) {
        String lang = l.lang();
        PlanPagesMsg m = msg(lang);
        PlanTexts texts = PlanTexts.of(lang);
        PlanViews.PlanView v = l.view();
        PlanService.PlanState s = l.state();
        long id = v.diagnosticId();
        Titles titles = new Titles(v);
        NumberFormat two = decimals(texts.locale(), 2);
        NumberFormat one = decimals(texts.locale(), 1);

        List<PlanPagesViews.Row> rows = new ArrayList<>();
        int count = v.actions().size();
        for (PlanViews.ActionView a : v.actions()) {
            String status2 = ResolvedAction.REACHED.equals(a.status()) ? m.status_reached()
                    : ResolvedAction.NOT_APPLICABLE.equals(a.status()) ? m.status_not_applicable() : null;
            rows.add(new PlanPagesViews.Row(a.id(), htmlId(a.id()), a.rank(), a.text(), titles.place(a.axis(),
                    a.theme()), a.gain() == null ? null : two.format(a.gain()),
                    Effort.fromKey(a.effort()).map(texts::effort).orElse(null),
                    Horizon.fromKey(a.horizon()).map(texts::horizon).orElse(null), a.quickWin(), a.custom(), status2,
                    a.owner(), a.dueDate() == null ? null : displayDate(a.dueDate(), texts.locale()), a.rank() == 1,
                    a.rank() == count, BASE + id + "/plan/actions/" + segment(a.id())));
        }
        List<PlanPagesViews.Dropped> dropped = new ArrayList<>();
        for (String key : v.available()) {
            s.suggestion().action(key).ifPresent(sa -> dropped.add(new PlanPagesViews.Dropped(key, htmlId(key),
                    sa.recommendation().action().in(v.language(), s.questionnaire().defaultLanguage()),
                    titles.place(sa.axisId(), sa.themeId()), two.format(PlanGenerator.round(sa.gain(), 2)))));
        }
        List<PlanPagesViews.Target> targets = new ArrayList<>();
        for (PlanViews.AxisView axis : v.axes()) {
            String byDefault = s.suggestion().targets().get(axis.id());
            List<Choice> choices = new ArrayList<>();
            choices.add(new Choice("", byDefault == null ? m.target_default_none()
                    : m.target_default(titles.level(byDefault)), !axis.targetSet()));
            v.levels().forEach(level -> choices.add(new Choice(level.id(), level.label(),
                    axis.targetSet() && level.id().equals(axis.target()))));
            targets.add(new PlanPagesViews.Target(axis.id(), "target-" + axis.id().replaceAll("[^A-Za-z0-9_-]", "-"),
                    axis.title(), axis.score() == null ? null : one.format(axis.score()),
                    axis.level() == null ? null : titles.level(axis.level()), choices));
        }
        String overallScore = !v.started() || v.overall() == null || v.overall().score() == null ? null
                : one.format(v.overall().score());
        String overallLevel = !v.started() || v.overall() == null || v.overall().level() == null ? m.not_started()
                : titles.level(v.overall().level());
        var diagnostic = s.diagnostic();
        String subtitle = m.campaign_status(diagnostic.campaign().name, texts.status(diagnostic.diagnostic().status));
        String updated = v.curated() && v.updatedBy() != null && v.updatedAt() != null
                ? m.updated(v.updatedBy(), DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(texts.locale()).format(v.updatedAt().atZone(PARIS)))
                : null;
        List<Views.ErrorLink> errors = errorLinks(add, "add-");
        PlanPagesViews.PlanPage view = new PlanPagesViews.PlanPage(id, diagnostic.organization().name, subtitle,
                updated, diagnostic.diagnostic().status == DiagnosticStatus.DRAFT, v.curated(), overallScore,
                overallLevel, form(id, BASE + id + "/plan", v.version()), rows, dropped, targets, add,
                choices(v, add, true, null, null, m, texts), errors, notice, alertTitle, alert, BASE + id + "/plan.pdf",
                BASE + id, BASE + id + "/plan/regenerer?version=" + v.version());
        String title = m.title_org(diagnostic.organization().name);
        if (!errors.isEmpty()) {
            title = m.errors_title(errors.size()) + " – " + title;
        }
        Views.Page page = pages.page(lang, uriInfo, title, identity, "diagnostics");
        page = new Views.Page(lang, BASE + id + "/plan", title, page.staff());
        return pages.html(PlanTemplates.plan(page, view), lang, langParam, status);
    }

    private Response edit(Loaded l, String langParam, String key, ActionForm form, long version, String alertTitle,
            String alert, int status) {
        String lang = l.lang();
        PlanPagesMsg m = msg(lang);
        PlanTexts texts = PlanTexts.of(lang);
        PlanViews.PlanView v = l.view();
        long id = v.diagnosticId();
        Plan.Item item = l.item(key).orElseThrow(() -> new ResourceNotFoundException("No action " + key + "."));
        PlanViews.ActionView shown = l.action(key).orElseThrow();
        // what "as in the questionnaire" stands for: the shown value when not overridden, else the recommendation's
        Effort defaultEffort = null;
        Horizon defaultHorizon = null;
        if (!item.custom()) {
            Optional<SuggestedAction> suggested = l.state().suggestion().action(key);
            defaultEffort = item.effort() == null ? Effort.fromKey(shown.effort()).orElse(null)
                    : suggested.map(sa -> sa.recommendation().effort()).orElse(null);
            defaultHorizon = item.horizon() == null ? Horizon.fromKey(shown.horizon()).orElse(null)
                    : suggested.map(sa -> sa.recommendation().horizon()).orElse(null);
        }
        Titles titles = new Titles(v);
        String context = item.custom() ? m.edit_custom()
                : m.edit_suggested_from(titles.place(item.axisId(), item.themeId()));
        List<Views.ErrorLink> errors = errorLinks(form, "");
        String back = BASE + id + "/plan#" + htmlId(key);
        PlanPagesViews.EditPage view = new PlanPagesViews.EditPage(id, key, shown.rank(), item.custom(), context,
                form(id, BASE + id + "/plan/actions/" + segment(key), version), form,
                choices(v, form, item.custom(), defaultEffort, defaultHorizon, m, texts), errors, alertTitle, alert,
                back);
        String title = m.edit_title(shown.rank()) + " – " + m.title_org(l.state().diagnostic().organization().name);
        if (!errors.isEmpty()) {
            title = m.errors_title(errors.size()) + " – " + title;
        }
        Views.Page page = pages.page(lang, uriInfo, title, identity, "diagnostics");
        page = new Views.Page(lang, BASE + id + "/plan/actions/" + segment(key), title, page.staff());
        return pages.html(PlanTemplates.action(page, view), lang, langParam, status);
    }

    private Response staleEdit(Loaded l, String key, ActionForm typed, PlanPagesMsg m) {
        Optional<Plan.Item> now = l.item(key);
        if (now.isEmpty()) {
            return plan(l, null, null, m.stale_title(), m.gone_text(), ActionForm.empty(), 409);
        }
        PlanTexts texts = PlanTexts.of(l.lang());
        String owner = now.get().owner() == null ? m.empty() : now.get().owner();
        String due = now.get().dueDate() == null ? m.empty() : displayDate(now.get().dueDate(), texts.locale());
        return edit(l, null, key, new ActionForm(typed.text(), typed.place(), typed.effort(), typed.horizon(),
                typed.owner(), typed.dueDate(), Map.of()), l.view().version(), m.stale_title(),
                m.stale_edit_text(owner, due), 409);
    }

    private Response confirm(long id, String lang, String langParam, String title, String text, String submit,
            String op, String key, long version) {
        String back = BASE + id + "/plan" + (key == null ? "" : "#" + htmlId(key));
        PlanPagesViews.ConfirmPage view = new PlanPagesViews.ConfirmPage(title, text, submit, op, key,
                form(id, BASE + id + "/plan", version), back);
        Views.Page page = pages.page(lang, uriInfo, title, identity, "diagnostics");
        return pages.html(PlanTemplates.confirm(page, view), lang, langParam, 200);
    }

    private PlanPagesViews.Form form(long id, String action, long version) {
        return new PlanPagesViews.Form(action, pages.csrfToken(identity), version);
    }

    private static List<Views.ErrorLink> errorLinks(ActionForm form, String prefix) {
        List<Views.ErrorLink> links = new ArrayList<>();
        form.errors().forEach((field, message) -> links.add(new Views.ErrorLink("#" + prefix + field, message)));
        return links;
    }

    /** The selects of an action form; {@code custom}: "not set" as the empty choice, else "as in the questionnaire". */
    private static FormChoices choices(PlanViews.PlanView v, ActionForm form, boolean custom, Effort defaultEffort,
            Horizon defaultHorizon, PlanPagesMsg m, PlanTexts texts) {
        List<Choice> places = List.of(new Choice("", m.place_none(), form.place().isEmpty()));
        List<ChoiceGroup> groups = new ArrayList<>();
        for (PlanViews.AxisView axis : v.axes()) {
            List<Choice> choices = new ArrayList<>();
            String axisValue = "axis:" + axis.id();
            choices.add(new Choice(axisValue, m.place_axis(axis.title()), form.place().equals(axisValue)));
            for (PlanViews.ThemeView theme : axis.themes()) {
                String value = "theme:" + theme.id();
                choices.add(new Choice(value, theme.title(), form.place().equals(value)));
            }
            groups.add(new ChoiceGroup(axis.title(), choices));
        }
        List<Choice> efforts = new ArrayList<>();
        efforts.add(new Choice("", custom || defaultEffort == null ? m.choice_unset()
                : m.choice_questionnaire(texts.effort(defaultEffort)), form.effort().isEmpty()));
        for (Effort e : Effort.values()) {
            efforts.add(new Choice(e.key(), texts.effort(e), form.effort().equals(e.key())));
        }
        List<Choice> horizons = new ArrayList<>();
        horizons.add(new Choice("", custom || defaultHorizon == null ? m.choice_unset()
                : m.choice_questionnaire(texts.horizon(defaultHorizon)), form.horizon().isEmpty()));
        for (Horizon h : Horizon.values()) {
            horizons.add(new Choice(h.key(), texts.horizon(h), form.horizon().equals(h.key())));
        }
        return new FormChoices(places, groups, efforts, horizons);
    }

    private static String displayDate(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    private static NumberFormat decimals(Locale locale, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format;
    }

    /** Axis, theme and level titles of a plan view, in its language. */
    private static final class Titles {
        private final Map<String, String> axes = new HashMap<>();
        private final Map<String, String> themes = new HashMap<>();
        private final Map<String, String> levels = new HashMap<>();

        Titles(PlanViews.PlanView v) {
            for (PlanViews.AxisView a : v.axes()) {
                axes.put(a.id(), a.title());
                a.themes().forEach(t -> themes.put(t.id(), t.title()));
            }
            v.levels().forEach(l -> levels.put(l.id(), l.label()));
        }

        /** "Axis › Theme", the axis alone, or null. */
        String place(String axisId, String themeId) {
            String axis = axisId == null ? null : axes.getOrDefault(axisId, axisId);
            String theme = themeId == null ? null : themes.getOrDefault(themeId, themeId);
            return axis == null ? theme : theme == null ? axis : axis + " › " + theme;
        }

        String level(String id) {
            return levels.getOrDefault(id, id);
        }
    }
}
