package org.odmaturity.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the admin pages and of the invitation-link pages (namespace {@code adm}). French in
 * messages/adm_fr.properties, English in messages/adm_en.properties.
 */
@MessageBundle(value = "adm", locale = "fr")
public interface AdminMsg {

    @Message
    String required_mark();

    @Message
    String cancel();

    @Message
    String back_home();

    @Message
    String stale_field(String field, String value);

    @Message
    String empty_value();

    @Message
    String actions();

    @Message
    String home_title();

    @Message
    String home_intro();

    @Message
    String home_counts();

    @Message
    String count_organizations();

    @Message
    String count_open_campaigns();

    @Message
    String count_facilitators();

    @Message
    String count_diagnostics();

    @Message
    String count_diagnostics_by_status();

    @Message
    String home_sections();

    @Message
    String home_link_diagnostics();

    @Message
    String home_link_diagnostics_text();

    @Message
    String home_link_organizations_text();

    @Message
    String home_link_campaigns_text();

    @Message
    String home_link_accounts_text();

    @Message
    String status_draft();

    @Message
    String status_submitted();

    @Message
    String status_validated();

    @Message
    String mode_self_assessment();

    @Message
    String mode_interview();

    @Message
    String orgs_title();

    @Message
    String orgs_filters();

    @Message
    String orgs_q();

    @Message
    String orgs_q_hint();

    @Message
    String orgs_type_all();

    @Message
    String orgs_filter();

    @Message
    String orgs_reset();

    @Message
    String orgs_new();

    @Message
    String orgs_count(int count);

    @Message
    String orgs_none();

    @Message
    String orgs_caption();

    @Message
    String page_of(int page, int pages);

    @Message
    String page_prev();

    @Message
    String page_next();

    @Message
    String pager_label();

    @Message
    String org_new_title();

    @Message
    String org_name();

    @Message
    String org_siren();

    @Message
    String org_siren_hint();

    @Message
    String org_type();

    @Message
    String org_choose();

    @Message
    String org_departement();

    @Message
    String org_departement_hint();

    @Message
    String org_region();

    @Message
    String org_population();

    @Message
    String org_contact_name();

    @Message
    String org_contact_email();

    @Message
    String org_contact_phone();

    @Message
    String org_create();

    @Message
    String org_save();

    @Message
    String org_created();

    @Message
    String org_saved();

    @Message
    String org_details();

    @Message
    String org_stale();

    @Message
    String stale_detail();

    @Message
    String stale_nothing();

    @Message
    String org_diagnostics();

    @Message
    String org_diagnostics_caption(String name);

    @Message
    String org_diagnostics_none();

    @Message
    String col_name();

    @Message
    String col_siren();

    @Message
    String col_type();

    @Message
    String col_departement();

    @Message
    String col_campaign();

    @Message
    String col_mode();

    @Message
    String col_status();

    @Message
    String col_facilitator();

    @Message
    String col_created();

    @Message
    String diag_open();

    @Message
    String diag_links();

    @Message
    String diag_new();

    @Message
    String diag_campaign();

    @Message
    String diag_mode();

    @Message
    String diag_facilitator();

    @Message
    String diag_facilitator_hint();

    @Message
    String diag_facilitator_none();

    @Message
    String diag_create();

    @Message
    String diag_created();

    @Message
    String diag_no_open_campaign();

    @Message
    String diag_exists();

    @Message
    String diag_campaign_closed();

    @Message
    String diag_facilitator_inactive();

    @Message
    String nobody();

    @Message
    String err_required(String label);

    @Message
    String err_choose(String label);

    @Message
    String err_too_long(String label, int max);

    @Message
    String err_siren_format();

    @Message
    String err_siren_checksum();

    @Message
    String err_siren_taken();

    @Message
    String err_departement();

    @Message
    String err_email();

    @Message
    String err_phone();

    @Message
    String err_whole_number(String label);

    @Message
    String err_year(String label);

    @Message
    String err_date(String label);

    @Message
    String err_period();

    @Message
    String err_invalid(String label);

    @Message
    String err_password_length();

    @Message
    String err_password_confirm();

    @Message
    String err_email_taken();

    @Message
    String err_validity(int max);

    @Message
    String campaigns_title();

    @Message
    String campaigns_new();

    @Message
    String campaigns_caption();

    @Message
    String campaigns_none();

    @Message
    String col_year();

    @Message
    String col_questionnaire();

    @Message
    String col_period();

    @Message
    String col_diagnostics();

    @Message
    String period_from_to(String from, String to);

    @Message
    String period_from(String from);

    @Message
    String period_to(String to);

    @Message
    String period_none();

    @Message
    String campaign_new_title();

    @Message
    String campaign_name();

    @Message
    String campaign_name_hint();

    @Message
    String campaign_year();

    @Message
    String campaign_questionnaire();

    @Message
    String campaign_questionnaire_hint();

    @Message
    String campaign_questionnaire_fixed(String name);

    @Message
    String campaign_opens();

    @Message
    String campaign_closes();

    @Message
    String campaign_dates_hint();

    @Message
    String campaign_status();

    @Message
    String campaign_create();

    @Message
    String campaign_save();

    @Message
    String campaign_created();

    @Message
    String campaign_saved();

    @Message
    String campaign_stale();

    @Message
    String questionnaire_label(String title, int version);

    @Message
    String accounts_title();

    @Message
    String accounts_new();

    @Message
    String accounts_caption();

    @Message
    String col_email();

    @Message
    String col_role();

    @Message
    String col_active();

    @Message
    String account_active();

    @Message
    String account_inactive();

    @Message
    String account_you();

    @Message
    String account_manage();

    @Message
    String account_manage_label(String email);

    @Message
    String account_new_title();

    @Message
    String account_email();

    @Message
    String account_email_hint();

    @Message
    String account_name();

    @Message
    String account_role();

    @Message
    String account_password();

    @Message
    String account_password_hint();

    @Message
    String account_create();

    @Message
    String account_created();

    @Message
    String account_rename();

    @Message
    String account_rename_submit();

    @Message
    String account_renamed();

    @Message
    String account_new_password();

    @Message
    String account_new_password_hint();

    @Message
    String account_password_confirm();

    @Message
    String account_set_password();

    @Message
    String account_password_section();

    @Message
    String account_password_set();

    @Message
    String account_access();

    @Message
    String account_deactivate();

    @Message
    String account_deactivate_help();

    @Message
    String account_deactivated();

    @Message
    String account_reactivate();

    @Message
    String account_reactivate_help();

    @Message
    String account_reactivated();

    @Message
    String account_self_deactivate();

    @Message
    String account_stale();

    @Message
    String account_created_on(String date);

    @Message
    String links_title();

    @Message
    String links_intro();

    @Message
    String links_org();

    @Message
    String links_campaign();

    @Message
    String links_status();

    @Message
    String links_caption();

    @Message
    String links_none();

    @Message
    String col_label();

    @Message
    String col_created_by();

    @Message
    String col_expires();

    @Message
    String col_last_used();

    @Message
    String col_link_status();

    @Message
    String link_active();

    @Message
    String link_revoked();

    @Message
    String link_expired();

    @Message
    String link_never_used();

    @Message
    String link_revoke();

    @Message
    String link_revoke_label(String label);

    @Message
    String link_revoked_notice();

    @Message
    String link_new();

    @Message
    String link_label();

    @Message
    String link_label_hint();

    @Message
    String link_validity();

    @Message
    String link_validity_hint(int max);

    @Message
    String link_create();

    @Message
    String link_created_title();

    @Message
    String link_created_warning();

    @Message
    String link_url();

    @Message
    String link_url_hint();

    @Message
    String link_copy();

    @Message
    String link_copied();

    @Message
    String link_copy_failed();

    @Message
    String link_expires_on(String date);

    @Message
    String link_back();

    @Message
    String link_unnamed();

    @Message
    String link_back_org();

    @Message
    String handover_label();

    @Message
    String handover_submit();

    @Message
    String handover_done();

    @Message
    String handover_refused();

    @Message
    String handover_stale();

    @Message
    String handover_needs_facilitator();
}
