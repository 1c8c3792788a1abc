package org.odmaturity.plan.web;

import java.net.URI;

import jakarta.ws.rs.core.UriBuilder;

import org.odmaturity.plan.SuggestedAction;
import org.odmaturity.questionnaire.model.HtmlIds;

/**
 * The links of the plan pages, one method per page, built with {@link UriBuilder} (path segments encoded as needed).
 * Action keys ({@code q:<question id>}, {@code q:<question id>:<n>}, {@code custom-<n>}) are made of letters, digits,
 * {@code _ . : -} only: in a query they are written as is, as the pages always did ({@code cle=q:referent}, not
 * {@code q%3Areferent}).
 */
final class PlanLinks {

    private static final String DIAGNOSTIC = "/animation/diagnostics/{id}";
    private static final String PLAN = DIAGNOSTIC + "/plan";
    private static final String ACTION = PLAN + "/actions/{key}";

    private PlanLinks() {
    }

    /** The interview page of the diagnostic (the plan's "back" link). */
    static String interview(long id) {
        return UriBuilder.fromPath(DIAGNOSTIC).build(id).toString();
    }

    static String plan(long id) {
        return UriBuilder.fromPath(PLAN).build(id).toString();
    }

    /** The plan page scrolled to an action's row. */
    static String plan(long id, String key) {
        return UriBuilder.fromPath(PLAN).fragment(htmlId(key)).build(id).toString();
    }

    /** The follow-up page of the plan (FollowUpPages). */
    static String followUp(long id) {
        return UriBuilder.fromPath(PLAN + "/suivi").build(id).toString();
    }

    static String pdf(long id) {
        return UriBuilder.fromPath(PLAN + ".pdf").build(id).toString();
    }

    /** The edit form of an action. */
    static String action(long id, String key) {
        return UriBuilder.fromPath(ACTION).build(id, key).toString();
    }

    /** The regeneration's confirmation, for the plan as read at {@code version}. */
    static URI regenerate(long id, long version) {
        return UriBuilder.fromPath(PLAN + "/regenerer").queryParam("version", version).build(id);
    }

    /** The deletion's confirmation of an added action, for the plan as read at {@code version}. */
    static URI delete(long id, String key, long version) {
        return UriBuilder.fromPath(ACTION + "/supprimer").queryParam("version", version).build(id, key);
    }

    /**
     * The plan page after a change: {@code ?ok=<notice>}, with the action concerned ({@code cle}) and the button to
     * give the focus back to ({@code bouton}, js/plan.js), scrolled to its row.
     */
    static URI changed(long id, String ok, String key, String button) {
        UriBuilder uri = UriBuilder.fromPath(PLAN);
        if (key == null) {
            return uri.queryParam("ok", ok).build(id);
        }
        return uri.replaceQuery("ok=" + ok + "&cle=" + key + (button == null ? "" : "&bouton=" + button))
                .fragment(htmlId(key)).build(id);
    }

    /**
     * The id of an action's row (and of its entry in the removed actions): {@code action-q-referent}; for the n-th
     * recommendation of a question, {@code action-q-referent--2}. The question id is written by {@link HtmlIds#of}
     * (the same output as before for ids without '-', {@code q-1} as {@code q-D-1}); it never gives two dashes in a
     * row, so {@code q:a:2}, {@code q:a.2} and {@code q:a-2} keep apart.
     */
    static String htmlId(String key) {
        String questionId = SuggestedAction.questionIdOf(key);
        if (questionId == null) {
            return "action-" + key.replaceAll("[^A-Za-z0-9_-]", "-");
        }
        String base = SuggestedAction.keyOf(questionId);
        String id = "action-q-" + HtmlIds.of(questionId);
        if (key.length() > base.length()) {
            return id + "--" + key.substring(base.length() + 1).replaceAll("[^A-Za-z0-9_-]", "-");
        }
        return id;
    }
}
