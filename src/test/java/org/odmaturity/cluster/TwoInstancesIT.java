package org.odmaturity.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Two production instances of the packaged application on one PostgreSQL behind HAProxy, checked by
 * {@code deploy/two-instances.sh} (docs/operations.md, "Several instances"): started together on an empty database, a
 * web sign-in across instances, concurrent answer saves through both with every acknowledged write read back, and a
 * {@code kill -9} of one instance mid-run with nothing acknowledged lost. Runs after {@code package} (failsafe) on
 * {@code target/quarkus-app} ({@code odm.app.dir}); the script's output is streamed here, and any FAIL line or a
 * non-zero exit fails the test. The script's settings (PORT_BASE, DB_*…) come from the environment; its database is
 * {@code odm_two_instances_<this JVM's pid>} unless ODM_TWO_DB says otherwise.
 */
class TwoInstancesIT {

    private static final long TIMEOUT_SECONDS = 300;

    @Test
    void twoInstancesBehindAProxyShareSessionsAndLoseNoAcknowledgedWrite() throws Exception {
        Path script = Path.of("deploy", "two-instances.sh").toAbsolutePath();
        assertTrue(Files.isExecutable(script), script + " is not executable");
        Path appDir = Path.of(System.getProperty("odm.app.dir", "target/quarkus-app")).toAbsolutePath();
        assertTrue(Files.isRegularFile(appDir.resolve("quarkus-run.jar")), "no packaged application in " + appDir);

        ProcessBuilder builder = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
        builder.environment().put("ODM_APP_DIR", appDir.toString());
        // a database of its own, so that two builds on one machine do not share one (the script picks free ports)
        builder.environment().putIfAbsent("ODM_TWO_DB", "odm_two_instances_" + ProcessHandle.current().pid());
        Process process = builder.start();
        Deque<String> tail = new ArrayDeque<>();
        int[] counts = new int[2]; // PASS lines, FAIL lines
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    System.out.println("two-instances: " + line);
                    synchronized (tail) {
                        tail.addLast(line);
                        if (tail.size() > 40) {
                            tail.removeFirst();
                        }
                        if (line.startsWith("PASS ")) {
                            counts[0]++;
                        } else if (line.startsWith("FAIL ")) {
                            counts[1]++;
                        }
                    }
                }
            } catch (IOException e) {
                System.out.println("two-instances: output lost: " + e);
            }
        }, "two-instances-output");
        reader.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            // TERM lets the script's trap stop the instances and the proxy and drop its database
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            reader.join(5_000);
            fail("deploy/two-instances.sh did not finish within " + TIMEOUT_SECONDS + " s:\n" + String.join("\n", tail));
        }
        reader.join(10_000);
        synchronized (tail) {
            assertEquals(0, process.exitValue(), "deploy/two-instances.sh failed:\n" + String.join("\n", tail));
            assertEquals(0, counts[1], "FAIL lines in the output:\n" + String.join("\n", tail));
            assertTrue(counts[0] >= 20, "the script ran only " + counts[0] + " checks");
        }
    }
}
