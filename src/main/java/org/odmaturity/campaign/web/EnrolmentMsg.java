package org.odmaturity.campaign.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the enrolment and progress pages of a campaign: namespace {@code enr} in their templates. French in
 * messages/enr_fr.properties, English in messages/enr_en.properties.
 */
@MessageBundle(value = "enr", locale = "fr")
public interface EnrolmentMsg {

    @Message
    String enrol_link();

    @Message
    String progress_link();

    @Message
    String enrol_title();

    @Message
    String enrol_intro(String name);

    @Message
    String criteria_title();

    @Message
    String criteria_hint();

    @Message
    String types_legend();

    @Message
    String types_hint();

    @Message
    String departements_label();

    @Message
    String departements_hint();

    @Message
    String population_legend();

    @Message
    String population_min();

    @Message
    String population_max();

    @Message
    String import_label();

    @Message
    String import_any();

    @Message
    String import_option(String file, String date);

    @Message
    String import_unavailable();

    @Message
    String preview_button();

    @Message
    String preview_title();

    @Message
    String preview_count(int count, int create, int already, int refused);

    @Message
    String preview_caption();

    @Message
    String preview_none();

    @Message
    String col_organization();

    @Message
    String col_type();

    @Message
    String col_departement();

    @Message
    String col_population();

    @Message
    String col_outcome();

    @Message
    String outcome_would_create();

    @Message
    String outcome_created();

    @Message
    String outcome_already_enrolled();

    @Message
    String outcome_refused();

    @Message
    String settings_title();

    @Message
    String mode_legend();

    @Message
    String facilitator_label();

    @Message
    String facilitator_hint();

    @Message
    String facilitator_none();

    @Message
    String deadline_label();

    @Message
    String deadline_hint();

    @Message
    String confirm_button(int count);

    @Message
    String nothing_to_create();

    @Message
    String report_title();

    @Message
    String report_count(int created, int already, int refused);

    @Message
    String report_caption();

    @Message
    String err_selection();

    @Message
    String err_departements(String codes);

    @Message
    String err_population(String label);

    @Message
    String err_population_order();

    @Message
    String err_import();

    @Message
    String err_mode();

    @Message
    String err_facilitator();

    @Message
    String err_deadline_format();

    @Message
    String err_deadline(String reason);

    @Message
    String err_deadline_past();

    @Message
    String err_deadline_after(String date);

    @Message
    String err_closed();

    @Message
    String err_too_many();

    @Message
    String progress_title();

    @Message
    String progress_intro(String name);

    @Message
    String filters_title();

    @Message
    String stage_label();

    @Message
    String stage_all();

    @Message
    String type_label();

    @Message
    String type_all();

    @Message
    String departement_label();

    @Message
    String q_label();

    @Message
    String overdue_label();

    @Message
    String filter_button();

    @Message
    String filter_reset();

    @Message
    String summary_title();

    @Message
    String sum_organizations();

    @Message
    String sum_invited();

    @Message
    String sum_link_used();

    @Message
    String sum_started();

    @Message
    String sum_submitted();

    @Message
    String sum_validated();

    @Message
    String sum_overdue();

    @Message
    String progress_caption();

    @Message
    String progress_none();

    @Message
    String col_mode();

    @Message
    String col_deadline();

    @Message
    String col_facilitator();

    @Message
    String col_invited();

    @Message
    String col_link_used();

    @Message
    String col_started();

    @Message
    String col_answered();

    @Message
    String col_submitted();

    @Message
    String col_validated();

    @Message
    String col_stage();

    @Message
    String answered(int percent, int answered, int relevant);

    @Message
    String overdue();

    @Message
    String stage_enrolled();

    @Message
    String stage_invited();

    @Message
    String stage_link_used();

    @Message
    String stage_started();

    @Message
    String stage_submitted();

    @Message
    String stage_validated();

    @Message
    String csv_what();

    @Message
    String csv_standard();

    @Message
    String csv_excel();
}
