package org.odmaturity.plan.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the plan follow-up pages (FollowUpPages) and of the follow-up notes on other pages (interview, respondent
 * landing, evolution). French: messages/fup_fr.properties; English: messages/fup_en.properties.
 */
@MessageBundle(value = "fup", locale = "fr")
public interface FollowUpMsg {

    @Message
    String title();

    @Message
    String title_org(String org);

    @Message
    String subtitle(String campaign, int year, String date);

    @Message
    String subtitle_not_validated(String campaign, int year);

    @Message
    String intro();

    @Message
    String not_validated();

    @Message
    String none();

    @Message
    String back_plan();

    @Message
    String back_results();

    @Message
    String back_landing();

    @Message
    String actions_title(int count);

    @Message
    String action_n(int rank);

    @Message
    String field_status();

    @Message
    String field_date();

    @Message
    String field_date_hint();

    @Message
    String field_note();

    @Message
    String field_note_hint();

    @Message
    String save();

    @Message
    String never();

    @Message
    String current(String status, String date);

    @Message
    String updated(String by, String at);

    @Message
    String history_title(int count);

    @Message
    String history_entry(String status, String date, String by, String at, String note);

    @Message
    String ok_saved(int rank);

    @Message
    String errors_title(int count);

    @Message
    String error_status_required();

    @Message
    String error_status_unknown();

    @Message
    String error_date_invalid();

    @Message
    String error_date_future();

    @Message
    String error_note_too_long(int count);

    @Message
    String error_note_unstorable();

    @Message
    String stale_title();

    @Message
    String stale_text(int rank);

    @Message
    String gone_text();

    @Message
    String closed_title();

    @Message
    String closed_text();

    @Message
    String previous_title();

    @Message
    String previous_intro(String campaign, int year);

    @Message
    String previous_link(int year);

    @Message
    String previous_note(int year, String text, String status, String date);

    @Message
    String previous_caption(int year);

    @Message
    String col_action();

    @Message
    String col_status();

    @Message
    String col_date();

    @Message
    String col_note();

    @Message
    String summary(int done, int progress, int todo, int abandoned);
}
