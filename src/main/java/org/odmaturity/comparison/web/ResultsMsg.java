package org.odmaturity.comparison.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the regional dashboard pages: namespace {@code res} in their templates. French in messages/res_fr.properties,
 * English in messages/res_en.properties.
 */
@MessageBundle(value = "res", locale = "fr")
public interface ResultsMsg {

    @Message
    String results_title();

    @Message
    String results_title_of(String campaign);

    @Message
    String no_campaign();

    @Message
    String tabs_label();

    @Message
    String tab_overview();

    @Message
    String tab_organizations();

    @Message
    String tab_needs();

    @Message
    String tab_evolution();

    @Message
    String filters_title();

    @Message
    String filter_campaign();

    @Message
    String filter_status();

    @Message
    String filter_mode();

    @Message
    String filter_mode_all();

    @Message
    String filter_type();

    @Message
    String filter_type_all();

    @Message
    String filter_departement();

    @Message
    String filter_departement_all();

    @Message
    String filter_band();

    @Message
    String filter_band_all();

    @Message
    String filter_apply();

    @Message
    String filter_reset();

    @Message
    String anonymity_note(int minimum);

    @Message
    String hidden(int minimum);

    @Message
    String invalid_title();

    @Message
    String invalid_intro();

    @Message
    String err_invalid(String field);

    @Message
    String err_campaign_unknown();

    @Message
    String downloads_label();

    @Message
    String download_csv();

    @Message
    String download_csv_excel();

    @Message
    String download_of(String what);

    @Message
    String participation_title();

    @Message
    String participation_intro();

    @Message
    String fig_invited();

    @Message
    String fig_started();

    @Message
    String fig_submitted();

    @Message
    String fig_validated();

    @Message
    String by_status();

    @Message
    String by_mode();

    @Message
    String by_type();

    @Message
    String by_band();

    @Message
    String by_departement();

    @Message
    String dim_status();

    @Message
    String dim_mode();

    @Message
    String dim_type();

    @Message
    String dim_band();

    @Message
    String dim_departement();

    @Message
    String col_diagnostics();

    @Message
    String distributions_title();

    @Message
    String distributions_intro();

    @Message
    String distributions_caption();

    @Message
    String distributions_chart();

    @Message
    String distributions_theme_chart();

    @Message
    String col_node();

    @Message
    String col_count();

    @Message
    String col_mean();

    @Message
    String col_min();

    @Message
    String col_q1();

    @Message
    String col_median();

    @Message
    String col_q3();

    @Message
    String col_max();

    @Message
    String csv_participation();

    @Message
    String csv_distributions();

    @Message
    String map_title();

    @Message
    String map_intro();

    @Message
    String map_measure_label();

    @Message
    String map_measure_score();

    @Message
    String map_measure_participation();

    @Message
    String map_svg_title_score();

    @Message
    String map_svg_title_participation();

    @Message
    String map_svg_desc();

    @Message
    String map_dep_score(String name, String code, String value);

    @Message
    String map_dep_participation(String name, String code, int count);

    @Message
    String map_dep_hidden(String name, String code, int minimum);

    @Message
    String map_dep_none(String name, String code);

    @Message
    String map_overseas();

    @Message
    String map_legend();

    @Message
    String map_legend_band(int from, int to);

    @Message
    String map_legend_band_last(int from, int to);

    @Message
    String map_legend_count(int count);

    @Message
    String map_legend_count_range(String from, String to);

    @Message
    String map_legend_hidden(int minimum);

    @Message
    String map_legend_none_score();

    @Message
    String map_legend_none_participation();

    @Message
    String map_offmap();

    @Message
    String map_offmap_participation(String count);

    @Message
    String map_attribution(String source);

    @Message
    String map_caption();

    @Message
    String col_code();

    @Message
    String col_departement();

    @Message
    String col_participants();

    @Message
    String col_scored();

    @Message
    String col_mean_overall();

    @Message
    String csv_departements();

    @Message
    String heat_title();

    @Message
    String heat_intro();

    @Message
    String heat_scope_admin();

    @Message
    String heat_scope_facilitator();

    @Message
    String heat_count(int total, String first, String last);

    @Message
    String heat_none();

    @Message
    String heat_caption();

    @Message
    String heat_caption_hint();

    @Message
    String heat_col_name();

    @Message
    String heat_sort_asc();

    @Message
    String heat_sort_desc();

    @Message
    String heat_legend();

    @Message
    String heat_legend_none();

    @Message
    String heat_pager();

    @Message
    String heat_page_of(int page, int pages);

    @Message
    String heat_page(int number);

    @Message
    String heat_page_prev();

    @Message
    String heat_page_next();

    @Message
    String heat_field_sort();

    @Message
    String heat_field_order();

    @Message
    String heat_order_asc();

    @Message
    String heat_order_desc();

    @Message
    String heat_field_rows();

    @Message
    String csv_heatmap();

    @Message
    String org_title(String name);

    @Message
    String org_links();

    @Message
    String org_back();

    @Message
    String org_admin_link();

    @Message
    String org_intro(int count);

    @Message
    String org_none();

    @Message
    String org_history_title();

    @Message
    String org_history_hint();

    @Message
    String org_history_caption();

    @Message
    String org_radar_label();

    @Message
    String org_line_label();

    @Message
    String org_line_axis();

    @Message
    String org_col_campaign();

    @Message
    String org_col_status();

    @Message
    String org_col_mode();

    @Message
    String org_col_date();

    @Message
    String org_col_overall();

    @Message
    String org_col_plan();

    @Message
    String org_plan_link();

    @Message
    String csv_history();

    @Message
    String files_results();

    @Message
    String files_answers();

    @Message
    String download_xlsx();

    @Message
    String files_intro();

    @Message
    String files_scope_facilitator();

    @Message
    String label_colon(String label);

    @Message
    String files_synthesis(int minimum);

    @Message
    String download_pdf();
}
