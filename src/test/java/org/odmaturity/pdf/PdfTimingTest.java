package org.odmaturity.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import net.sf.jasperreports.engine.JRException;

/** {@link PdfTiming}: a render is counted and timed under its outcome, a failure rethrown as it was. */
class PdfTimingTest {

    @Test
    void successesAndFailuresAreTimedApart() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        PdfTiming timing = new PdfTiming("plan", registry);
        byte[] pdf = timing.time(() -> {
            Thread.sleep(20);
            return new byte[] { 37, 80, 68, 70 };
        });
        assertArrayEquals(new byte[] { 37, 80, 68, 70 }, pdf);
        JRException failure = new JRException("template broken");
        JRException thrown = assertThrows(JRException.class, () -> timing.time(() -> {
            throw failure;
        }));
        assertEquals(failure, thrown);
        RuntimeException bug = assertThrows(IllegalStateException.class, () -> timing.time(() -> {
            throw new IllegalStateException("missing template");
        }));
        assertEquals("missing template", bug.getMessage());

        Timer success = registry.get("odm.pdf.render").tag("kind", "plan").tag("outcome", "success").timer();
        Timer failed = registry.get("odm.pdf.render").tag("kind", "plan").tag("outcome", "failure").timer();
        assertEquals(1, success.count());
        assertTrue(success.totalTime(TimeUnit.MILLISECONDS) >= 20, "timed: " + success.totalTime(TimeUnit.MILLISECONDS));
        assertEquals(2, failed.count());
    }
}
