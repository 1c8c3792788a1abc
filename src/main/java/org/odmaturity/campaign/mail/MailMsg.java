package org.odmaturity.campaign.mail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the campaign emails (templates/mail/) and of the campaign's email page: namespace {@code mail}. French in
 * messages/mail_fr.properties, English in messages/mail_en.properties.
 */
@MessageBundle(value = "mail", locale = "fr")
public interface MailMsg {

    @Message
    String subject_invitation(String campaign);

    @Message
    String subject_reminder(String campaign);

    @Message
    String hello(String name);

    @Message
    String hello_anonymous();

    @Message
    String invite_intro(String organizer, String organization, String campaign);

    @Message
    String remind_intro(String organization, String campaign);

    @Message
    String why_title();

    @Message
    String why(String organizer);

    @Message
    String duration_title();

    @Message
    String duration();

    @Message
    String deadline_title();

    @Message
    String deadline(String date);

    @Message
    String answers_title();

    @Message
    String answers(String organizer);

    @Message
    String start();

    @Message
    String resume();

    @Message
    String link_note(String date);

    @Message
    String already_sent();

    @Message
    String questions();

    @Message
    String footer(String organization, String campaign, String organizer);

    @Message
    String signature(String organizer);

    @Message
    String link_label_invitation(long id);

    @Message
    String link_label_reminder(long id);

    @Message
    String page_title();

    @Message
    String link_from_campaign();

    @Message
    String intro();

    @Message
    String send_title();

    @Message
    String send_intro();

    @Message
    String language();

    @Message
    String lang_fr();

    @Message
    String lang_en();

    @Message
    String send_invitations();

    @Message
    String remind_title();

    @Message
    String remind_now_intro();

    @Message
    String remind_now();

    @Message
    String auto_title();

    @Message
    String auto_intro();

    @Message
    String auto_enabled();

    @Message
    String auto_days();

    @Message
    String auto_days_hint();

    @Message
    String auto_save();

    @Message
    String auto_saved();

    @Message
    String auto_stale();

    @Message
    String err_days();

    @Message
    String err_days_needed();

    @Message
    String queued(int n);

    @Message
    String skipped_no_email(int n);

    @Message
    String skipped_submitted(int n);

    @Message
    String skipped_already_invited(int n);

    @Message
    String skipped_recently_contacted(int n);

    @Message
    String retried();

    @Message
    String retry();

    @Message
    String err_not_failed();

    @Message
    String err_closed();

    @Message
    String messages_title();

    @Message
    String messages_caption();

    @Message
    String messages_none();

    @Message
    String col_organization();

    @Message
    String col_recipient();

    @Message
    String col_kind();

    @Message
    String col_status();

    @Message
    String col_queued();

    @Message
    String col_sent();

    @Message
    String col_reply();

    @Message
    String col_link();

    @Message
    String col_actions();

    @Message
    String kind_invitation();

    @Message
    String kind_reminder();

    @Message
    String status_queued();

    @Message
    String status_sending();

    @Message
    String status_sent();

    @Message
    String status_failed();

    @Message
    String status_cancelled();

    @Message
    String no_email_title();

    @Message
    String no_email_intro();

    @Message
    String no_email_caption();

    @Message
    String no_email_none();

    @Message
    String alert_title();

    @Message
    String skipped_deadline_passed(int n);

    @Message
    String summary(long sent, long failed, long waiting);
}
