package org.odmaturity.plan.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

import org.odmaturity.plan.Plan;
import org.odmaturity.plan.PlanEdit;
import org.odmaturity.plan.PlanViews;
import org.odmaturity.plan.web.PlanPageViews.ActionForm;
import org.odmaturity.questionnaire.model.Effort;
import org.odmaturity.questionnaire.model.Horizon;

/**
 * An action form of the plan pages (add, edit) read and checked: the fields as typed (shown again when refused), their
 * errors in the page's words, and what they mean once valid. Checked here are what the form itself can say (required,
 * lengths, a choice from the lists, a date); whether the plan accepts it is the service's question.
 *
 * @param form  the fields as typed, with the errors per field
 * @param axis  the axis of an added action (from its place), or null
 * @param theme the theme of an added action (from its place), or null
 */
record ActionFields(ActionForm form, String text, String axis, String theme, Effort effort, Horizon horizon,
        String owner, LocalDate due) {

    private static final Pattern FRENCH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final DateTimeFormatter INPUT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    boolean valid() {
        return form.errors().isEmpty();
    }

    /** Reads an action form; {@code custom}: an added action (its text is required, its place is read). */
    static ActionFields read(MultivaluedMap<String, String> posted, boolean custom, PlanViews.PlanView plan,
            PlanPagesMsg m) {
        ActionForm typed = new ActionForm(field(posted, "text"), field(posted, "place"), field(posted, "effort"),
                field(posted, "horizon"), field(posted, "owner"), field(posted, "due"), Map.of());
        Map<String, String> errors = new LinkedHashMap<>();
        String text = typed.text();
        if (custom && text.isEmpty()) {
            errors.put("text", m.error_text_required());
        } else if (text.codePointCount(0, text.length()) > PlanEdit.MAX_TEXT) {
            errors.put("text", m.error_text_long());
        }
        String[] place = custom ? place(typed.place(), plan) : new String[2];
        if (custom && !typed.place().isEmpty() && place[0] == null) {
            errors.put("place", m.error_choice());
        }
        Effort effort = typed.effort().isEmpty() ? null : Effort.fromKey(typed.effort()).orElse(null);
        if (!typed.effort().isEmpty() && effort == null) {
            errors.put("effort", m.error_choice());
        }
        Horizon horizon = typed.horizon().isEmpty() ? null : Horizon.fromKey(typed.horizon()).orElse(null);
        if (!typed.horizon().isEmpty() && horizon == null) {
            errors.put("horizon", m.error_choice());
        }
        if (typed.owner().codePointCount(0, typed.owner().length()) > PlanEdit.MAX_OWNER) {
            errors.put("owner", m.error_owner_long());
        }
        LocalDate due = typed.dueDate().isEmpty() ? null : parseDate(typed.dueDate());
        if (!typed.dueDate().isEmpty() && due == null) {
            errors.put("due", m.error_due());
        }
        ActionForm form = new ActionForm(text, typed.place(), typed.effort(), typed.horizon(), typed.owner(),
                typed.dueDate(), errors);
        return new ActionFields(form, text.isEmpty() ? null : text, place[0], place[1], effort, horizon,
                typed.owner().isEmpty() ? null : typed.owner(), due);
    }

    /** The form of a stored action, as its edit page shows it first ({@code text}: the wording shown). */
    static ActionForm of(Plan.Item item, String text) {
        return new ActionForm(text == null ? "" : text, place(item.axisId(), item.themeId()),
                item.effort() == null ? "" : item.effort().key(), item.horizon() == null ? "" : item.horizon().key(),
                item.owner() == null ? "" : item.owner(),
                item.dueDate() == null ? "" : INPUT_DATE.format(item.dueDate()), Map.of());
    }

    /** The new action of the add form. */
    PlanEdit.Action added() {
        return new PlanEdit.Action(null, text, axis, theme, effort, horizon, owner, due);
    }

    /** {@code item} with the form's fields (its place only when it is an added action). */
    Plan.Item applyTo(Plan.Item item) {
        return new Plan.Item(item.key(), item.questionId(), item.source(), item.custom() ? axis : item.axisId(),
                item.custom() ? theme : item.themeId(), text, effort, horizon, owner, due);
    }

    /** The value of the place select: "", {@code axis:<id>} or {@code theme:<id>}. */
    static String place(String axisId, String themeId) {
        return themeId != null ? "theme:" + themeId : axisId != null ? "axis:" + axisId : "";
    }

    /** The axis and theme a place names ({null, null} when none does). */
    private static String[] place(String value, PlanViews.PlanView plan) {
        String[] found = new String[2];
        for (PlanViews.AxisView a : plan.axes()) {
            if (value.equals("axis:" + a.id())) {
                found[0] = a.id();
            }
            for (PlanViews.ThemeView t : a.themes()) {
                if (value.equals("theme:" + t.id())) {
                    found[0] = a.id();
                    found[1] = t.id();
                }
            }
        }
        return found;
    }

    /** A date typed as dd/mm/yyyy (or yyyy-mm-dd), between 2000 and 2100; null when it is not one. */
    static LocalDate parseDate(String typed) {
        LocalDate date;
        try {
            Matcher french = FRENCH_DATE.matcher(typed);
            date = french.matches() ? LocalDate.of(Integer.parseInt(french.group(3)),
                    Integer.parseInt(french.group(2)), Integer.parseInt(french.group(1))) : LocalDate.parse(typed);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return date.getYear() >= 2000 && date.getYear() <= 2100 ? date : null;
    }

    private static String field(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
