package org.odmaturity.plan.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the action-plan curation pages (PlanPages). French: messages/pln_fr.properties; English:
 * messages/pln_en.properties. The method names are the keys, the parameters the placeholders of both files.
 */
@MessageBundle(value = "pln", locale = "fr")
public interface PlanPagesMsg {

    @Message
    String title();

    @Message
    String title_org(String org);

    @Message
    String back_interview();

    @Message
    String back_plan();

    @Message
    String pdf();

    @Message
    String campaign_status(String campaign, String status);

    @Message
    String updated(String by, String at);

    @Message
    String suggested_notice();

    @Message
    String draft_notice();

    @Message
    String overall_title();

    @Message
    String overall_score();

    @Message
    String overall_level();

    @Message
    String not_started();

    @Message
    String actions_title(int count);

    @Message
    String actions_intro();

    @Message
    String actions_caption();

    @Message
    String actions_none();

    @Message
    String col_rank();

    @Message
    String col_action();

    @Message
    String col_gain();

    @Message
    String col_effort();

    @Message
    String col_horizon();

    @Message
    String col_owner();

    @Message
    String col_due();

    @Message
    String col_controls();

    @Message
    String quick_win();

    @Message
    String custom();

    @Message
    String status_reached();

    @Message
    String status_not_applicable();

    @Message
    String empty();

    @Message
    String up();

    @Message
    String down();

    @Message
    String drop();

    @Message
    String delete();

    @Message
    String restore();

    @Message
    String edit();

    @Message
    String action_n(int rank);

    @Message
    String dropped_title();

    @Message
    String dropped_intro();

    @Message
    String dropped_none();

    @Message
    String add_title();

    @Message
    String add_intro();

    @Message
    String field_text();

    @Message
    String hint_text_custom();

    @Message
    String hint_text_suggested();

    @Message
    String field_place();

    @Message
    String place_none();

    @Message
    String place_axis(String title);

    @Message
    String field_effort();

    @Message
    String field_horizon();

    @Message
    String choice_unset();

    @Message
    String choice_questionnaire(String value);

    @Message
    String field_owner();

    @Message
    String hint_owner();

    @Message
    String field_due();

    @Message
    String hint_due();

    @Message
    String required();

    @Message
    String add_submit();

    @Message
    String targets_title();

    @Message
    String targets_intro();

    @Message
    String targets_caption();

    @Message
    String col_axis();

    @Message
    String col_score();

    @Message
    String col_level();

    @Message
    String col_target();

    @Message
    String target_default(String level);

    @Message
    String target_default_none();

    @Message
    String target_label(String axis);

    @Message
    String targets_submit();

    @Message
    String regenerate_title();

    @Message
    String regenerate_intro();

    @Message
    String regenerate_link();

    @Message
    String regenerate_confirm_title();

    @Message
    String regenerate_confirm_text();

    @Message
    String regenerate_submit();

    @Message
    String cancel();

    @Message
    String delete_confirm_title();

    @Message
    String delete_confirm_text(String text);

    @Message
    String delete_submit();

    @Message
    String edit_title(int rank);

    @Message
    String edit_suggested_from(String place);

    @Message
    String edit_custom();

    @Message
    String edit_submit();

    @Message
    String ok_moved(int rank);

    @Message
    String ok_dropped();

    @Message
    String ok_deleted();

    @Message
    String ok_restored(int rank);

    @Message
    String ok_added(int rank);

    @Message
    String ok_saved();

    @Message
    String ok_targets();

    @Message
    String ok_regenerated();

    @Message
    String stale_title();

    @Message
    String stale_text();

    @Message
    String stale_edit_text(String owner, String due);

    @Message
    String gone_text();

    @Message
    String refused_title();

    @Message
    String refused_text(String detail);

    @Message
    String errors_title(int count);

    @Message
    String error_text_required();

    @Message
    String error_text_long();

    @Message
    String error_owner_long();

    @Message
    String error_due();

    @Message
    String error_choice();
}
