package org.odmaturity.opendata.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the open data pages (the public list and the admin page): namespace {@code opd} in their templates. French
 * in messages/opd_fr.properties, English in messages/opd_en.properties.
 */
@MessageBundle(value = "opd", locale = "fr")
public interface OpenDataMsg {

    @Message
    String list_title();

    @Message
    String list_intro(String producer);

    @Message
    String list_anonymity_title();

    @Message
    String list_anonymity(String n);

    @Message
    String list_licence();

    @Message
    String licence_name();

    @Message
    String list_none();

    @Message
    String list_api();

    @Message
    String package_published();

    @Message
    String package_version();

    @Message
    String package_questionnaire();

    @Message
    String package_questionnaire_value(String id, String version);

    @Message
    String files_caption(String title);

    @Message
    String col_file();

    @Message
    String col_content();

    @Message
    String col_rows();

    @Message
    String col_size();

    @Message
    String size_kb(String size);

    @Message
    String rows_none();

    @Message
    String res_datapackage();

    @Message
    String res_participation();

    @Message
    String res_distributions();

    @Message
    String res_niveaux();

    @Message
    String res_departements();

    @Message
    String res_besoins();

    @Message
    String admin_title(String campaign);

    @Message
    String admin_intro();

    @Message
    String admin_public_page();

    @Message
    String admin_state();

    @Message
    String admin_campaign_status();

    @Message
    String state_never();

    @Message
    String state_published(String date, String who, String version);

    @Message
    String state_withdrawn(String date, String who, String published);

    @Message
    String admin_not_closed();

    @Message
    String admin_files();

    @Message
    String preview_title();

    @Message
    String preview_caption();

    @Message
    String col_resource();

    @Message
    String left_out_title(String n);

    @Message
    String left_out_none();

    @Message
    String left_out_diagnostics(String count, String validated, String n);

    @Message
    String left_out_departements(String list);

    @Message
    String left_out_nodes(String n, String list);

    @Message
    String left_out_means(String list);

    @Message
    String left_out_needs(String n);

    @Message
    String actions_title();

    @Message
    String action_publish();

    @Message
    String action_republish();

    @Message
    String action_withdraw();

    @Message
    String publish_hint();

    @Message
    String republish_hint();

    @Message
    String withdraw_hint();

    @Message
    String ok_published();

    @Message
    String ok_withdrawn();

    @Message
    String alert_title();

    @Message
    String alert_stale();

    @Message
    String alert_not_closed();

    @Message
    String alert_unknown();

    @Message
    String campaign_link();
}
