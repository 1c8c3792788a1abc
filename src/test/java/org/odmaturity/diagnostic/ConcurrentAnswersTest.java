package org.odmaturity.diagnostic;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Colleagues answering at the same time: writers on different questions all succeed without retrying, and no
 * acknowledged answer is lost; writers on the same question never overwrite each other silently.
 */
@QuarkusTest
class ConcurrentAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROUNDS = 12;

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One value per round for each question of the test questionnaire. */
    private static String value(String question, int round) {
        return switch (question) {
            case "referent" -> "\"" + List.of("personne", "informel", "nomme").get(round % 3) + "\"";
            case "budget", "publie" -> String.valueOf(round % 2 == 0);
            case "nb_jeux" -> String.valueOf(round * 3);
            case "formats" -> round % 2 == 0 ? "[\"csv\"]" : "[\"csv\", \"api\"]";
            case "schemas" -> String.valueOf(round % 5);
            case "reutilisations" -> "\"" + List.of("non", "quelques", "suivies").get(round % 3) + "\"";
            default -> "\"réponse n°" + round + "\"";
        };
    }

    private HttpResponse<String> patch(long id, String token, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString() + "api/diagnostics/" + id + "/answers"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void colleaguesOnDifferentQuestionsAllSucceedAndNothingIsLost() throws Exception {
        long id = TestData.diagnostic(TestData.organization("Communauté de communes du Pays de Barr"),
                TestData.campaign("Campagne concurrente"), "self-assessment", null);
        List<String> questions = List.of("referent", "budget", "publie", "nb_jeux", "formats", "schemas",
                "reutilisations", "attentes");
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Map<String, Integer> revisions = new ConcurrentHashMap<>();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(questions.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (String question : questions) {
            String token = TestData.invitation(id); // each colleague has a link
            done.add(pool.submit(() -> {
                start.await();
                int revision = 0;
                for (int round = 1; round <= ROUNDS; round++) {
                    String value = value(question, round);
                    HttpResponse<String> response = patch(id, token, "{\"answers\": [{\"question\": \"" + question
                            + "\", \"value\": " + value + ", \"revision\": " + revision + "}]}");
                    if (response.statusCode() != 200) {
                        failures.incrementAndGet();
                        throw new AssertionError(question + " round " + round + ": " + response.statusCode() + " "
                                + response.body());
                    }
                    revision++;
                    acknowledged.put(question, value);
                    revisions.put(question, revision);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(0, failures.get());

        JsonNode state = JSON.readTree(admin().get("/api/diagnostics/" + id).then().statusCode(200).extract().asString());
        assertEquals(questions.size(), state.get("answers").size());
        for (JsonNode answer : state.get("answers")) {
            String question = answer.get("question").asText();
            assertEquals(JSON.readTree(acknowledged.get(question)), answer.get("value"), question);
            assertEquals(ROUNDS, answer.get("revision").asInt(), question);
            assertEquals(revisions.get(question), answer.get("revision").asInt(), question);
        }
        JsonNode history = JSON.readTree(admin().get("/api/diagnostics/" + id + "/history").then().statusCode(200)
                .extract().asString());
        assertEquals(questions.size() * ROUNDS, history.size(), "every acknowledged change is in the history");
        // the diagnostic's version moved once per acknowledged change
        assertEquals(questions.size() * ROUNDS, state.get("version").asInt());
    }

    @Test
    void writersOnTheSameQuestionNeverOverwriteEachOtherSilently() throws Exception {
        long id = TestData.diagnostic(TestData.organization("Commune d'Obernai"), TestData.campaign("Campagne course"),
                "self-assessment", null);
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String token = TestData.invitation(id);
            String option = List.of("personne", "informel", "nomme").get(i % 3);
            responses.add(pool.submit(() -> {
                start.await();
                return patch(id, token, "{\"answers\": [{\"question\": \"referent\", \"value\": \"" + option
                        + "\", \"revision\": 0}]}");
            }));
        }
        start.countDown();
        int ok = 0;
        int conflicts = 0;
        String winner = null;
        for (Future<HttpResponse<String>> future : responses) {
            HttpResponse<String> response = future.get(60, TimeUnit.SECONDS);
            if (response.statusCode() == 200) {
                ok++;
                winner = JSON.readTree(response.body()).at("/answers/0/value").asText();
            } else {
                assertEquals(409, response.statusCode(), response.body());
                assertTrue(response.body().contains("\"revision\":1"), response.body());
                conflicts++;
            }
        }
        pool.shutdown();
        assertEquals(1, ok, "exactly one writer wins the first answer");
        assertEquals(writers - 1, conflicts);
        admin().get("/api/diagnostics/" + id).then().body("answers[0].value", equalTo(winner))
                .body("answers[0].revision", equalTo(1));
    }
}
