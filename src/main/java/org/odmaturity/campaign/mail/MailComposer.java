package org.odmaturity.campaign.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.odmaturity.web.Formats;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Writes a campaign email: subject, plain-text and HTML parts from the Qute templates of templates/mail/ in the
 * message's language (French or English), headers (From, Reply-To, Content-Language). No tracking pixel, no remote
 * image: the email is read as it is.
 */
@ApplicationScoped
public class MailComposer {

    /** What the templates show, already in the message's language. {@code deadline} may be null. */
    public record MailView(String locale, boolean reminder, String subject, String recipientName, String organization,
            String campaign, String organizer, String deadline, String expires, String link) {
    }

    /** Everything a message needs besides the configuration. */
    public record Letter(MessageKind kind, String locale, String to, String recipientName, String organization,
            String campaign, LocalDate deadline, Instant linkExpires, String link) {
    }

    @CheckedTemplate(basePath = "mail")
    static final class Templates {
        static native TemplateInstance message(MailView v);

        static native TemplateInstance messageText(MailView v);
    }

    private final MailConfig config;

    public MailComposer(MailConfig config) {
        this.config = config;
    }

    public Mail compose(Letter letter) {
        Locale locale = Locale.forLanguageTag(letter.locale());
        MailMsg m = MessageBundles.get(MailMsg.class, Localized.Literal.of(letter.locale()));
        boolean reminder = letter.kind() == MessageKind.REMINDER;
        String subject = reminder ? m.subject_reminder(letter.campaign()) : m.subject_invitation(letter.campaign());
        String name = letter.recipientName() == null || letter.recipientName().isBlank() ? null
                : letter.recipientName().strip();
        MailView view = new MailView(letter.locale(), reminder, subject, name, letter.organization(),
                letter.campaign(), config.organizer(), Formats.date(locale, letter.deadline()),
                Formats.date(locale, LocalDate.ofInstant(letter.linkExpires(), Formats.PARIS)), letter.link());
        String html = Templates.message(view).setLocale(locale).render();
        String text = Templates.messageText(view).setLocale(locale).render();
        Mail mail = Mail.withHtml(letter.to(), subject, html).setText(text).setFrom(config.from())
                .addHeader("Content-Language", letter.locale())
                .addHeader("Auto-Submitted", "auto-generated");
        config.replyTo().filter(r -> !r.isBlank()).ifPresent(mail::setReplyTo);
        return mail;
    }
}
