package org.odmaturity.campaign.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the campaign pages (list, creation, edition): namespace {@code cmp} in their templates. French in
 * messages/cmp_fr.properties, English in messages/cmp_en.properties. The texts shared by every edit form are in {@link
 * org.odmaturity.web.Forms.Texts}.
 */
@MessageBundle(value = "cmp", locale = "fr")
public interface CampaignMsg {

    @Message
    String col_name();

    @Message
    String col_status();

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
}
