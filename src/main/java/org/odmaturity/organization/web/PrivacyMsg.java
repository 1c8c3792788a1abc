package org.odmaturity.organization.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the personal-data pages and of the contact erasure on the organisation page: namespace {@code prv}. French
 * in messages/prv_fr.properties, English in messages/prv_en.properties.
 */
@MessageBundle(value = "prv", locale = "fr")
public interface PrivacyMsg {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String email_label();

    @Message
    String email_hint();

    @Message
    String search_submit();

    @Message
    String err_email();

    @Message
    String found_title(String email);

    @Message
    String found_caption();

    @Message
    String col_section();

    @Message
    String col_description();

    @Message
    String col_count();

    @Message
    String nothing();

    @Message
    String export_submit();

    @Message
    String erase_title();

    @Message
    String erase_intro();

    @Message
    String erase_submit(String email);

    @Message
    String erased_notice(long count, String email);

    @Message
    String contact_title();

    @Message
    String contact_intro();

    @Message
    String contact_erase();

    @Message
    String contact_erased();

    @Message
    String retention(long days);

    @Message
    String home_link();
}
