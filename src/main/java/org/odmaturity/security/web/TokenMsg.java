package org.odmaturity.security.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the personal API tokens on "my account" ({@code /compte}): namespace {@code tok} in its template. French in
 * messages/tok_fr.properties, English in messages/tok_en.properties.
 */
@MessageBundle(value = "tok", locale = "fr")
public interface TokenMsg {

    @Message
    String tokens_title();

    @Message
    String tokens_help();

    @Message
    String tokens_none();

    @Message
    String tokens_caption();

    @Message
    String col_name();

    @Message
    String col_created();

    @Message
    String col_expires();

    @Message
    String col_last_used();

    @Message
    String col_status();

    @Message
    String col_actions();

    @Message
    String never_used();

    @Message
    String status_active();

    @Message
    String status_expired();

    @Message
    String status_revoked();

    @Message
    String revoke();

    @Message
    String revoked();

    @Message
    String new_title();

    @Message
    String name();

    @Message
    String name_hint();

    @Message
    String validity();

    @Message
    String validity_hint(long max);

    @Message
    String create();

    @Message
    String err_validity(long max);

    @Message
    String err_too_many();

    @Message
    String created_title(String name);

    @Message
    String created_warning();

    @Message
    String secret();

    @Message
    String secret_hint(String expires);

    @Message
    String copy();

    @Message
    String copied();

    @Message
    String copy_failed();
}
