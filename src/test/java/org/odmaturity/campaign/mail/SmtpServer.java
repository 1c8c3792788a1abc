package org.odmaturity.campaign.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) inside the test JVM, on a free port given to Quarkus's mailer. Recipients in
 * {@link #refuse} get a real SMTP refusal (GreenMail answers "451 Requested action aborted" after DATA).
 */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail greenMail;
    private static volatile SlowGreetingRelay relay;
    private static final Set<String> REFUSED = ConcurrentHashMap.newKeySet();

    @Override
    public Map<String, String> start() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        MessageDeliveryHandler delivery = server.getUserManager().getMessageDeliveryHandler();
        server.getUserManager().setMessageDeliveryHandler((message, address) -> {
            if (REFUSED.contains(address.getEmail())) {
                throw new UserException("mailbox " + address.getEmail() + " refuses mail");
            }
            return delivery.handle(message, address);
        });
        greenMail = server;
        try {
            // the mailer talks to GreenMail through a relay that holds its greeting 100 ms (SlowGreetingRelay says why)
            relay = new SlowGreetingRelay(server.getSmtp().getPort(), Duration.ofMillis(100));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(relay.port()));
    }

    @Override
    public void stop() {
        if (relay != null) {
            try {
                relay.close();
            } catch (IOException ignored) {
                // the JVM ends with the tests
            }
        }
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /** From now on, the server refuses mail to this address (or accepts it again). */
    public static void refuse(String email, boolean refuse) {
        if (refuse) {
            REFUSED.add(email);
        } else {
            REFUSED.remove(email);
        }
    }

    /** Every message the server received for this address, oldest first. */
    public static List<MimeMessage> receivedBy(String email) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().contains(email));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
