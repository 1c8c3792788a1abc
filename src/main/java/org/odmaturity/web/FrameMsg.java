package org.odmaturity.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the page frame (layout, navigation, error pages) and of the sign-in pages. French in
 * messages/frame_fr.properties, English in messages/frame_en.properties. Each feature's pages have their own bundle
 * next to them.
 */
@MessageBundle(value = "frame", locale = "fr")
public interface FrameMsg {

    @Message
    String service_name();

    @Message
    String skip_link();

    @Message
    String lang_other();

    @Message
    String lang_other_code();

    @Message
    String lang_switch_label();

    @Message
    String footer();

    @Message
    String nav_label();

    @Message
    String nav_diagnostics();

    @Message
    String nav_results();

    @Message
    String nav_organizations();

    @Message
    String nav_campaigns();

    @Message
    String nav_accounts();

    @Message
    String signed_in_as(String name);

    @Message
    String sign_out();

    @Message
    String role_admin();

    @Message
    String role_facilitator();

    @Message
    String login_title();

    @Message
    String login_intro();

    @Message
    String login_email();

    @Message
    String login_password();

    @Message
    String login_submit();

    @Message
    String login_failed();

    @Message
    String login_throttled(long minutes);

    @Message
    String login_error_email();

    @Message
    String login_error_password();

    @Message
    String login_expired();

    @Message
    String signed_out();

    @Message
    String errors_title(int count);

    @Message
    String forbidden_title();

    @Message
    String forbidden_text();

    @Message
    String not_found_title();

    @Message
    String not_found_text();

    @Message
    String csrf_title();

    @Message
    String csrf_text();

    @Message
    String bad_request_title();

    @Message
    String bad_request_text();

    @Message
    String back_home();

    @Message
    String unavailable_title();

    @Message
    String unavailable_text();

    @Message
    String try_again();

    /** Before the request id on the error pages. */
    @Message
    String request_reference();

    @Message
    String account_title();

    @Message
    String account_email();

    @Message
    String account_role();
}
