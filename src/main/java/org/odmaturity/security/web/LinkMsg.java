package org.odmaturity.security.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the invitation-link pages of a diagnostic (list, creation, revocation): namespace {@code lnk} in their
 * templates. French in messages/lnk_fr.properties, English in messages/lnk_en.properties. The texts shared by every
 * edit form are in {@link org.odmaturity.web.Forms.Texts}.
 */
@MessageBundle(value = "lnk", locale = "fr")
public interface LinkMsg {

    @Message
    String actions();

    @Message
    String col_created();

    @Message
    String err_validity(int max);

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
}
