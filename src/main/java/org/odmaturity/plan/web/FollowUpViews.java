package org.odmaturity.plan.web;

import java.util.List;

import org.odmaturity.web.Forms;
import org.odmaturity.web.Views;

/**
 * What the plan follow-up page shows (templates/plan/followup.html): texts already in the page's language, dates
 * already written in it.
 */
public final class FollowUpViews {

    private FollowUpViews() {
    }

    /**
     * The follow-up page of one plan.
     *
     * @param open     whether its actions may be followed up (the diagnostic is validated): the forms are shown
     * @param diagnostic the diagnostic whose plan this is (posted back by the respondent's forms)
     */
    public record Page(String heading, String subtitle, String backHref, String backLabel, String notice,
            String alertTitle, String alert, List<Views.ErrorLink> errors, int errorRow, boolean open,
            String action, String csrf, long diagnostic, String summary, List<Row> rows) {
    }

    /**
     * One action and its follow-up form.
     *
     * @param current what the status is now ("Statut actuel : fait depuis le 3 mars 2026.") or "not followed up"
     * @param fields  status, date and note, with what was typed and its errors when this row was refused
     */
    public record Row(String key, String htmlId, int rank, String text, String statusKey, String statusLabel,
            String current, String note, String updated, List<String> history, long version,
            List<Forms.Field> fields) {
    }
}
