package org.odmaturity.security.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the account pages of the admins (list, creation, renaming, password, deactivation): namespace {@code acc}
 * in their templates. French in messages/acc_fr.properties, English in messages/acc_en.properties. The texts shared by
 * every edit form are in {@link org.odmaturity.web.Forms.Texts}.
 */
@MessageBundle(value = "acc", locale = "fr")
public interface AccountMsg {

    @Message
    String actions();

    @Message
    String col_name();

    @Message
    String col_created();

    @Message
    String err_password_length();

    @Message
    String err_password_confirm();

    @Message
    String err_email_taken();

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
}
