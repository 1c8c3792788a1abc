package org.odmaturity.comparison.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the dashboard's support-needs and evolution views: namespace {@code evo} in their templates. French in
 * messages/evo_fr.properties, English in messages/evo_en.properties.
 */
@MessageBundle(value = "evo", locale = "fr")
public interface EvolutionMsg {

    @Message
    String filter_axis();

    @Message
    String filter_axis_all();

    @Message
    String filter_effort();

    @Message
    String filter_effort_all();

    @Message
    String filter_horizon();

    @Message
    String filter_horizon_all();

    @Message
    String filter_shown();

    @Message
    String filter_shown_top(int top);

    @Message
    String filter_shown_all();

    @Message
    String filter_from();

    @Message
    String filter_from_none();

    @Message
    String err_from_unknown();

    @Message
    String err_from_same();

    @Message
    String percent(String value);

    @Message
    String needs_counted();

    @Message
    String needs_counted_hidden(String hidden);

    @Message
    String needs_hidden(String hidden);

    @Message
    String actions_title();

    @Message
    String actions_intro();

    @Message
    String actions_caption();

    @Message
    String actions_summary(int shown, int total);

    @Message
    String actions_show_all(int total);

    @Message
    String actions_show_top(int top);

    @Message
    String actions_none();

    @Message
    String actions_chart(int limit);

    @Message
    String col_rank();

    @Message
    String col_action();

    @Message
    String col_axis_theme();

    @Message
    String col_effort();

    @Message
    String col_horizon();

    @Message
    String col_organizations();

    @Message
    String col_share();

    @Message
    String themes_title();

    @Message
    String themes_intro(String level);

    @Message
    String themes_caption();

    @Message
    String themes_left_out(String hidden);

    @Message
    String themes_none();

    @Message
    String themes_chart();

    @Message
    String col_theme();

    @Message
    String col_axis();

    @Message
    String col_lowest(String level);

    @Message
    String col_lowest_share(String level);

    @Message
    String csv_actions();

    @Message
    String csv_themes();

    @Message
    String evolution_nothing();

    @Message
    String evolution_no_earlier();

    @Message
    String evolution_intro(String from, String to);

    @Message
    String evolution_pairs();

    @Message
    String evolution_pairs_hidden(String hidden);

    @Message
    String changes_title();

    @Message
    String changes_caption(String from, String to);

    @Message
    String changes_chart(String from, String to);

    @Message
    String changes_hint();

    @Message
    String col_node();

    @Message
    String col_pairs();

    @Message
    String col_mean_of(String campaign);

    @Message
    String col_change();

    @Message
    String col_improved();

    @Message
    String col_unchanged();

    @Message
    String col_declined();

    @Message
    String chart_mean();

    @Message
    String transitions_title();

    @Message
    String transitions_intro(String from, String to);

    @Message
    String transitions_caption(String from, String to);

    @Message
    String transitions_level_in(String campaign);

    @Message
    String col_total();

    @Message
    String csv_changes();

    @Message
    String csv_transitions();
}
