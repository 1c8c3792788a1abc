package org.odmaturity.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * {@code deploy/grafana/od-maturity.json} is a Grafana dashboard that reads what the service really exposes: valid JSON,
 * every metric its queries name is in a real scrape of {@code /q/metrics}, with the labels they select on (and the
 * exact values they ask for), and every application meter ({@code odm_…}) has a panel.
 */
@QuarkusTest
class GrafanaDashboardTest {

    static final Path DASHBOARD = Path.of("deploy/grafana/od-maturity.json");

    /** PromQL's functions and aggregations are followed by "("; these words are not metric names either. */
    private static final Set<String> GROUPING = Set.of("by", "without", "on", "ignoring", "group_left", "group_right");
    private static final Set<String> WORDS = Set.of("bool", "offset", "and", "or", "unless");
    /** Aggregations may put their grouping before the parenthesis: {@code sum by (uri) (…)}. */
    private static final Set<String> AGGREGATIONS = Set.of("sum", "min", "max", "avg", "count", "group", "stddev",
            "stdvar", "topk", "bottomk", "quantile", "count_values", "limitk", "limit_ratio");
    /** Labels that Prometheus adds when it scrapes, not the service. */
    private static final Set<String> TARGET_LABELS = Set.of("instance", "job");

    /** A metric named in a query, with its label matchers (label → [operator, value]). */
    record Selector(String metric, Map<String, String[]> matchers, String query) {
    }

    @Test
    void everyMetricOfTheDashboardIsExposed() throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(Files.readString(DASHBOARD));
        assertEquals("od-maturity", dashboard.path("uid").asText());
        List<String> queries = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            assertTrue(ids.add(panel.path("id").asInt()), "panel ids are unique: " + panel.path("id"));
            assertTrue(panel.has("gridPos"), "panel " + panel.path("title") + " has a place");
            for (JsonNode target : panel.path("targets")) {
                queries.add(target.path("expr").asText());
                assertEquals("${datasource}", target.path("datasource").path("uid").asText(), panel.path("title")
                        .asText());
            }
        }
        assertTrue(queries.size() >= 20, "queries: " + queries.size());

        // what the dashboard shows must exist: an answer saved through the API (the save latency panel), a GC
        System.gc();
        long diagnostic = TestData.diagnostic(TestData.organization("Commune du tableau de bord"),
                TestData.campaign("Campagne du tableau de bord"), "self-assessment", null);
        String path = "/api/diagnostics/" + diagnostic;
        admin().contentType(ContentType.JSON).header("If-Match", admin().get(path).header("ETag"))
                .body("{\"answers\": [{\"question\": \"referent\", \"value\": \"nomme\"}]}").patch(path + "/answers")
                .then().statusCode(200);
        Scrape scrape = Scrape.read();

        List<String> failures = new ArrayList<>();
        Set<String> shown = new TreeSet<>();
        for (String query : queries) {
            for (Selector s : selectors(query)) {
                shown.add(s.metric());
                if (!scrape.has(s.metric())) {
                    failures.add(s.metric() + " is not exposed (" + query + ")");
                    continue;
                }
                s.matchers().forEach((label, matcher) -> {
                    if (TARGET_LABELS.contains(label)) {
                        return;
                    }
                    if (scrape.labelValues(s.metric(), label).isEmpty()) {
                        failures.add(s.metric() + " has no label " + label);
                    } else if (matcher[0].equals("=") && !scrape.labelValues(s.metric(), label).contains(matcher[1])) {
                        failures.add(s.metric() + "{" + label + "=\"" + matcher[1] + "\"} never appears; values: "
                                + scrape.labelValues(s.metric(), label));
                    }
                });
            }
        }
        // the instance picker reads a metric too
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            Matcher m = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)").matcher(
                    variable.path("definition").asText());
            if (m.find() && !scrape.has(m.group(1))) {
                failures.add("variable " + variable.path("name").asText() + ": " + m.group(1) + " is not exposed");
            }
        }
        // and every application meter has a panel
        for (String name : scrape.names()) {
            if (name.startsWith("odm_") && !name.endsWith("_max") && shown.stream().noneMatch(
                    n -> family(n).equals(family(name)))) {
                failures.add("no panel shows " + name);
            }
        }
        System.out.println("dashboard metrics: " + shown);
        assertEquals(List.of(), failures);
    }

    /** A metric's family: without the suffixes of a timer's or a histogram's series. */
    private static String family(String name) {
        return name.replaceAll("_(count|sum|bucket|max)$", "");
    }

    @Test
    void theQueryReaderFindsMetricsAndMatchers() {
        List<Selector> found = selectors("histogram_quantile(0.95, sum by (le, uri) (rate(http_server_requests_seconds"
                + "_bucket{instance=~\"$instance\", uri=\"/api/diagnostics/{id}/answers\"}[$__rate_interval]))) / "
                + "sum(up) * 60");
        assertEquals(2, found.size(), found.toString());
        assertEquals("http_server_requests_seconds_bucket", found.get(0).metric());
        assertEquals("/api/diagnostics/{id}/answers", found.get(0).matchers().get("uri")[1]);
        assertEquals("=~", found.get(0).matchers().get("instance")[0]);
        assertEquals("up", found.get(1).metric());
    }

    /** The metrics a PromQL expression selects, with their matchers. */
    static List<Selector> selectors(String query) {
        List<Selector> found = new ArrayList<>();
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (c == '"') {
                i = skipString(query, i);
            } else if (c == '[') {
                i = query.indexOf(']', i) + 1;
            } else if (c == '$') {
                i++;
                while (i < n && (Character.isLetterOrDigit(query.charAt(i)) || query.charAt(i) == '_')) {
                    i++;
                }
            } else if (Character.isDigit(c) || c == '.') {
                while (i < n && (Character.isLetterOrDigit(query.charAt(i)) || query.charAt(i) == '.')) {
                    i++;
                }
            } else if (Character.isLetter(c) || c == '_' || c == ':') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(query.charAt(i)) || query.charAt(i) == '_'
                        || query.charAt(i) == ':')) {
                    i++;
                }
                String word = query.substring(start, i);
                int next = i;
                while (next < n && query.charAt(next) == ' ') {
                    next++;
                }
                char after = next < n ? query.charAt(next) : ' ';
                if (GROUPING.contains(word)) {
                    i = after == '(' ? query.indexOf(')', next) + 1 : next;
                } else if (WORDS.contains(word) || AGGREGATIONS.contains(word) || after == '(') {
                    i = next;
                } else if (after == '{') {
                    Map<String, String[]> matchers = new LinkedHashMap<>();
                    i = matchers(query, next + 1, matchers);
                    found.add(new Selector(word, matchers, query));
                } else {
                    found.add(new Selector(word, Map.of(), query));
                }
            } else {
                i++;
            }
        }
        return found;
    }

    private static final Pattern MATCHER = Pattern.compile("\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*\"");

    /** Reads {@code label op "value", …}} from {@code from}; returns the index after the closing brace. */
    private static int matchers(String query, int from, Map<String, String[]> into) {
        int i = from;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '}') {
                return i + 1;
            }
            if (c == ',' || c == ' ') {
                i++;
                continue;
            }
            Matcher m = MATCHER.matcher(query).region(i, query.length());
            if (!m.lookingAt()) {
                throw new AssertionError("cannot read the matchers of: " + query);
            }
            int valueStart = m.end();
            int valueEnd = skipString(query, valueStart - 1);
            into.put(m.group(1), new String[] { m.group(2), query.substring(valueStart, valueEnd - 1) });
            i = valueEnd;
        }
        throw new AssertionError("unclosed selector in: " + query);
    }

    /** The index after the string literal that starts at {@code quote}. */
    private static int skipString(String query, int quote) {
        int i = quote + 1;
        while (i < query.length() && query.charAt(i) != '"') {
            i += query.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }
}
