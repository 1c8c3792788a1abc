package org.odmaturity.campaign.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/**
 * A TCP relay in front of the test SMTP server that holds the server's first bytes (its greeting) for a moment, as a
 * network between two machines does.
 *
 * <p>Why: Quarkus's mailer (Vert.x mail client 4.5) opens a connection, then installs its reply handler from the
 * connection pool's callback; a greeting that arrives before that handler is dropped, and the client then waits for it
 * until the server gives up (GreenMail: "421 … socket timeout" after 30 s). On loopback, GreenMail greets within
 * microseconds, so under load the race was lost now and then and an email of the tests failed (a flaky
 * CampaignMailTest). A real SMTP server is at least a network round trip away, and the service bounds the wait anyway
 * (the blocking mailer's timeout, then the message is "failed" and can be sent again: docs/operations.md).
 */
final class SlowGreetingRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final int target;
    private final Duration hold;

    SlowGreetingRelay(int target, Duration hold) throws IOException {
        this.target = target;
        this.hold = hold;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, "smtp-relay");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                start("smtp-relay-up", () -> pump(client, server, Duration.ZERO));
                start("smtp-relay-down", () -> pump(server, client, hold));
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    System.err.println("smtp relay: " + e);
                }
            }
        }
    }

    private static void start(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Copies from one socket to the other until either closes; the first bytes wait {@code firstDelay}. */
    private static void pump(Socket from, Socket to, Duration firstDelay) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            boolean first = true;
            for (int n; (n = in.read(buffer)) >= 0;) {
                if (first && !firstDelay.isZero()) {
                    Thread.sleep(firstDelay.toMillis());
                }
                first = false;
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed: close the other below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
