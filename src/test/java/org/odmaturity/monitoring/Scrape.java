package org.odmaturity.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.odmaturity.testsupport.TestData;

/**
 * One reading of {@code /q/metrics} (as the test admin), parsed from the Prometheus text format: each sample's name,
 * labels and value.
 */
public record Scrape(String text, List<Sample> samples) {

    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private static final Pattern LINE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? (\\S+)(?: \\S+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

    public static Scrape read() {
        var response = TestData.admin().get(MetricsConfig.PATH);
        assertEquals(200, response.statusCode(), () -> "metrics as admin: " + response.asString());
        return parse(response.asString());
    }

    public static Scrape parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new AssertionError("not a Prometheus sample line: " + line);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (m.group(2) != null) {
                Matcher l = LABEL.matcher(m.group(2));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
            }
            samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
        }
        return new Scrape(text, samples);
    }

    /** The sum of the samples of this name whose labels include these ({@code k1, v1, k2, v2…}); 0 if none. */
    public double value(String name, String... labels) {
        double sum = 0;
        for (Sample s : samples) {
            if (s.name().equals(name) && has(s, labels)) {
                sum += s.value();
            }
        }
        return sum;
    }

    /** Whether a sample of this name with these labels exists. */
    public boolean has(String name, String... labels) {
        return samples.stream().anyMatch(s -> s.name().equals(name) && has(s, labels));
    }

    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        samples.forEach(s -> names.add(s.name()));
        return names;
    }

    /** Every value of a label among the samples of a name. */
    public Set<String> labelValues(String name, String label) {
        Set<String> values = new TreeSet<>();
        samples.stream().filter(s -> s.name().equals(name) && s.labels().containsKey(label))
                .forEach(s -> values.add(s.labels().get(label)));
        return values;
    }

    private static boolean has(Sample s, String... labels) {
        for (int i = 0; i + 1 < labels.length; i += 2) {
            if (!labels[i + 1].equals(s.labels().get(labels[i]))) {
                return false;
            }
        }
        return true;
    }
}
