package org.odmaturity.organization.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the admin home and of the organisation pages (their list, one organisation, its diagnostics): namespace
 * {@code org} in their templates. French in messages/org_fr.properties, English in messages/org_en.properties. The
 * texts shared by every edit form are in {@link org.odmaturity.web.Forms.Texts}.
 */
@MessageBundle(value = "org", locale = "fr")
public interface OrganizationMsg {

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
    String err_siren_taken();

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
