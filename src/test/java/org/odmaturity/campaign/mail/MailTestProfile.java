package org.odmaturity.campaign.mail;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The one Quarkus boot of the email tests: the real mailer (not the mock) against {@link SmtpServer}. The scheduled
 * jobs stay off ({@code odm.mail.enabled=false}): each test drives the sender and the reminder job with its own clock.
 */
public class MailTestProfile implements QuarkusTestProfile {

    public static final String FROM = "diagnostic@datagrandest.test";
    public static final String REPLY_TO = "equipe-open-data@datagrandest.test";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.mailer.mock", "false",
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.tls", "false",
                "odm.mail.from", FROM,
                "odm.mail.reply-to", REPLY_TO,
                "odm.mail.enabled", "false");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SmtpServer.class));
    }
}
