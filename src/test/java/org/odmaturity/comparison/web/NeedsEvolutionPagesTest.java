package org.odmaturity.comparison.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.odmaturity.comparison.ComparisonWorld;
import org.odmaturity.testsupport.TestData;
import org.odmaturity.testsupport.WebSession;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The dashboard's support needs ({@code /resultats/besoins}) and evolution ({@code /resultats/evolution}) over
 * diagnostics validated through the API: the pages show the API's figures (actions and weak themes; pairs, changes and
 * level transitions), facilitators get the anonymity rule (the lone EPCI is never counted, and alone it shows nothing
 * but "moins de 5 organisations"), the view's own choices live in the URL and bad ones are named, and each table
 * downloads as the CSV of what is shown.
 */
@QuarkusTest
class NeedsEvolutionPagesTest {

    private static ComparisonWorld world;

    private static synchronized ComparisonWorld world() {
        if (world == null) {
            world = ComparisonWorld.build();
        }
        return world;
    }

    private static WebSession facilitator() {
        ComparisonWorld w = world();
        return WebSession.signIn(w.facilitatorEmail, TestData.password(w.facilitatorEmail));
    }

    private static String page(WebSession who, String path, int status) {
        Response page = who.given().get(path);
        assertEquals(status, page.statusCode(), () -> path + ": " + page.asString());
        return page.asString();
    }

    private static String needs(WebSession who, String query) {
        return page(who, "/resultats/besoins?campagne=" + world().later + query, 200);
    }

    private static String evolution(WebSession who, String query) {
        return page(who, "/resultats/evolution?campagne=" + world().later + query, 200);
    }

    private static JsonPath api(RequestSpecification who, String path) {
        return who.get("/api/campaigns/" + world().later + "/results/" + path).then().statusCode(200).extract()
                .jsonPath();
    }

    // ------------------------------------------------------------------------------------------------ support needs

    @Test
    void theNeedsPageListsTheApisMostFrequentActionsAndWeakestThemes() {
        JsonPath api = api(admin(), "needs");
        String html = needs(WebSession.admin(), "");
        assertTrue(html.contains("<title>Besoins d&#39;accompagnement – Résultats régionaux : Comparaison "
                + world().suffix), "the view and the campaign in the title");
        assertTrue(html.contains("<span class=\"count\">7</span> Diagnostics comptés"), "six communes and the EPCI");
        assertEquals(7, api.getInt("diagnostics"));

        List<Map<String, Object>> expected = api.getList("actions");
        List<String[]> rows = actionRows(html);
        assertEquals(Math.min(10, expected.size()), rows.size());
        assertFalse(rows.isEmpty(), "the fixture's plans have actions");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> action = expected.get(i);
            assertEquals(action.get("text"), rows.get(i)[0], "action " + (i + 1) + " in the API's order");
            assertEquals(action.get("organizations").toString(), rows.get(i)[1]);
            assertEquals(french(decimal(action.get("share"))) + "\u00a0%", rows.get(i)[2]);
        }

        List<Map<String, Object>> themes = api.getList("themes");
        List<String> themeRows = cells(html, "<tr data-node=\"([^\"]+)\" data-chart-label=");
        assertEquals(themes.stream().map(t -> t.get("themeId")).toList(), themeRows, "weakest first, as the API");
        String weakest = row(html, "data-node=\"" + themes.get(0).get("themeId") + "\"");
        assertTrue(weakest.contains(">" + french(decimal(themes.get(0).get("mean"))) + "<"), weakest);
        assertTrue(weakest.contains(">" + french(decimal(themes.get(0).get("median"))) + "<"), weakest);
        assertTrue(weakest.contains(">" + themes.get(0).get("lowestLevel") + "<"), weakest);
        assertTrue(html.contains("data-bar-chart=\"actions-table\""), "the actions' chart is drawn from their table");
        assertTrue(html.contains("data-bar-chart=\"themes-table\""), "the themes' chart is drawn from their table");
        assertTrue(html.contains("<script src=\"/js/resultats-evolution.js\" defer></script>"));
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/css/resultats-evolution.css\">"));

        String english = needs(WebSession.admin(), "&lang=en");
        assertTrue(english.contains("<h2 id=\"actions-title\">Most frequent actions</h2>"));
        assertTrue(english.contains("Weakest themes"));
    }

    @Test
    void theViewsOwnChoicesNarrowTheActionsAndStayInTheUrl() {
        JsonPath api = api(admin(), "needs");
        WebSession admin = WebSession.admin();
        String html = needs(admin, "&axe=partager&effort=low");
        List<String> expected = api.<Map<String, Object>>getList("actions").stream()
                .filter(a -> a.get("axisId").equals("partager") && a.get("effort").equals("low"))
                .map(a -> (String) a.get("text")).limit(10).toList();
        assertFalse(expected.isEmpty(), "the fixture has low-effort actions on the axis Partager");
        assertEquals(expected, actionRows(html).stream().map(r -> r[0]).toList());
        assertTrue(html.contains("<option value=\"partager\" selected>Partager</option>"), "the choice is kept");
        assertTrue(html.contains("<option value=\"low\" selected>Faible</option>"));
        assertTrue(html.contains("href=\"/resultats/besoins/actions.csv?campagne=" + world().later
                + "&amp;axe=partager&amp;effort=low\""), "the download has the same choices");
        assertTrue(html.contains("Réinitialiser les filtres"), "a chosen axis is a filter to reset");
        List<String> themes = cells(html, "<tr data-node=\"([^\"]+)\" data-chart-label=");
        assertEquals(List.of("publication"), themes, "the axis narrows the themes too");

        Response unknown = admin.given().get("/resultats/besoins?campagne=" + world().later + "&axe=inconnu&effort=x");
        assertEquals(400, unknown.statusCode());
        String errors = unknown.asString();
        assertTrue(errors.contains("<a href=\"#f-axe\">Axe : cette valeur n&#39;est pas reconnue.</a>"), errors);
        assertTrue(errors.contains("<a href=\"#f-effort\">Effort des actions : cette valeur n&#39;est pas reconnue."));
        assertTrue(errors.contains("id=\"f-axe\" name=\"axe\" aria-invalid=\"true\" aria-describedby=\"f-axe-error\""));
        assertFalse(errors.contains("actions-title"), "nothing but the form");
    }

    @Test
    void aFacilitatorNeverSeesTheLoneEpciInTheNeeds() {
        ComparisonWorld w = world();
        WebSession facilitator = facilitator();
        JsonPath api = api(ComparisonWorld.as(w.facilitatorEmail), "needs");
        assertEquals(6, api.getInt("diagnostics"), "the EPCI is alone in its profile");
        String html = needs(facilitator, "");
        assertTrue(html.contains("class=\"notice anonymity\""));
        assertTrue(html.contains("<span class=\"count\">6</span> Diagnostics comptés"), html);
        assertEquals(api.<Map<String, Object>>getList("actions").stream().map(a -> (String) a.get("text")).limit(10)
                .toList(), actionRows(html).stream().map(r -> r[0]).toList());

        String epci = needs(facilitator, "&type=epci");
        assertTrue(epci.contains("moins de 5 organisations"));
        assertTrue(epci.contains("<span class=\"count hidden-figure\">moins de 5 organisations</span>"));
        assertFalse(epci.contains("data-chart-value"), "no figure of the EPCI alone");
        assertFalse(epci.contains("actions-table"));
        JsonPath hidden = api(ComparisonWorld.as(w.facilitatorEmail), "needs?type=epci");
        assertNull(hidden.get("diagnostics"));
    }

    // ---------------------------------------------------------------------------------------------------- evolution

    @Test
    void theEvolutionPageShowsTheApisPairsChangesAndTransitions() {
        ComparisonWorld w = world();
        JsonPath api = api(admin(), "evolution?from=" + w.earlier);
        String html = evolution(WebSession.admin(), "");
        assertTrue(html.contains("<option value=\"\" selected>Comparaison antérieure " + w.suffix + " (2026)</option>"),
                "by default, the campaign just before");
        assertEquals(6, api.getInt("pairs"));
        assertTrue(html.contains("<span class=\"count\">6</span> Organisations présentes dans les deux campagnes"));
        assertEquals(table(html, "changes-table"), table(evolution(WebSession.admin(), "&depuis=" + w.earlier),
                "changes-table"), "the default is that campaign");

        List<Map<String, Object>> changes = api.getList("changes");
        for (Map<String, Object> change : changes) {
            String row = row(html, "data-node=\"" + change.get("nodeId") + "\"");
            assertTrue(row.contains(">" + french(decimal(change.get("fromMean"))) + "<"), row);
            assertTrue(row.contains(">" + french(decimal(change.get("toMean"))) + "<"), row);
            assertTrue(row.contains("data-before=\"" + change.get("fromMean") + "\""), row);
            assertTrue(row.contains(">" + change.get("improved") + "<"), row);
        }
        double overall = ((Number) changes.get(0).get("meanChange")).doubleValue();
        assertTrue(overall > 0);
        assertTrue(row(html, "data-node=\"overall\"").contains(">+" + french(overall) + "<"));
        assertTrue(html.contains("data-slope-chart=\"changes-table\" data-from=\"Comparaison antérieure " + w.suffix
                + "\" data-to=\"Comparaison " + w.suffix + "\""),
                "the slope chart's two positions: two campaigns of the same year are named, not dated");

        // the cross table: a row per earlier level, a column per later level, the API's counts
        String crossTable = table(html, "transitions-table");
        List<String> toLevels = cells(crossTable, "<th scope=\"col\" class=\"num\" data-level=\"([^\"]+)\">");
        assertEquals(List.of("debutant", "initie", "structure", "avance", "expert"), toLevels);
        for (Map<String, Object> t : api.<Map<String, Object>>getList("transitions")) {
            List<String> cells = cells(row(crossTable, "<tr data-level=\"" + t.get("fromLevel") + "\""),
                    "<td class=\"num transition-[a-z]+\">([0-9]+)</td>");
            assertEquals(t.get("count").toString(), cells.get(toLevels.indexOf((String) t.get("toLevel"))),
                    t.get("fromLevel") + " → " + t.get("toLevel"));
        }
        assertTrue(evolution(WebSession.admin(), "&lang=en").contains("Organisations present in both campaigns"));
    }

    @Test
    void aFacilitatorSeesPairsOnlyOverSharedProfiles() {
        ComparisonWorld w = world();
        WebSession facilitator = facilitator();
        JsonPath api = api(ComparisonWorld.as(w.facilitatorEmail), "evolution?from=" + w.earlier);
        String html = evolution(facilitator, "");
        assertTrue(html.contains("class=\"notice anonymity\""));
        assertTrue(html.contains("<span class=\"count\">" + api.getInt("pairs") + "</span> Organisations présentes"));
        String overall = row(html, "data-node=\"overall\"");
        assertTrue(overall.contains(">" + french(api.getDouble("changes[0].toMean")) + "<"), overall);

        String epci = evolution(facilitator, "&type=epci");
        assertTrue(epci.contains("<span class=\"count hidden-figure\">moins de 5 organisations</span>"), epci);
        assertFalse(epci.contains("data-shown=\"true\""), "no figure of the EPCI alone");
        assertFalse(epci.contains("id=\"transitions-table\""));
        assertFalse(epci.contains("data-slope-chart"));
        assertNull(api(ComparisonWorld.as(w.facilitatorEmail), "evolution?type=epci&from=" + w.earlier).get("pairs"));
    }

    @Test
    void aComparisonCampaignThatCannotBeUsedIsNamedAndNothingIsShown() {
        ComparisonWorld w = world();
        WebSession admin = WebSession.admin();
        String base = "/resultats/evolution?campagne=" + w.later;
        String malformed = page(admin, base + "&depuis=abc", 400);
        assertTrue(malformed.contains("<a href=\"#f-depuis\">Comparer avec : cette valeur n&#39;est pas reconnue.</a>"),
                malformed);
        assertTrue(malformed.contains("aria-describedby=\"f-depuis-error\""));
        assertFalse(malformed.contains("changes-table"));
        assertTrue(page(admin, base + "&depuis=999999999", 400)
                .contains("Comparer avec : cette campagne n&#39;existe pas."));
        assertTrue(page(admin, base + "&depuis=" + w.later, 400)
                .contains("Comparer avec : choisissez une autre campagne que celle affichée."));
        assertTrue(page(admin, "/resultats/evolution/axes.csv?campagne=" + w.later + "&depuis=" + w.later, 400)
                .contains("href=\"#f-depuis\""), "the downloads check it too");

        // the oldest campaign: nothing before it to compare with by default
        long oldest = admin().contentType(ContentType.JSON).body(Map.of("name", "Tout premier essai " + w.suffix,
                "year", 2000, "status", "open", "questionnaire", Map.of("id", TestData.QUESTIONNAIRE, "version", 1)))
                .post("/api/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        boolean earlierExists = admin().get("/api/campaigns?year=2000").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class).stream().anyMatch(id -> id < oldest);
        String first = page(admin, "/resultats/evolution?campagne=" + oldest, 200);
        assertEquals(!earlierExists, first.contains("Aucune campagne n&#39;a précédé celle-ci"), first);
        assertTrue(first.contains("<option value=\"" + w.later + "\">Comparaison " + w.suffix + " (2026)</option>"),
                "a later campaign can still be chosen");
        admin.given().get("/resultats/evolution/axes.csv?campagne=" + oldest).then()
                .statusCode(earlierExists ? 200 : 404);
    }

    // -------------------------------------------------------------------------------------------------------- CSV

    @Test
    void eachTableDownloadsAsTheCsvOfWhatIsShown() throws Exception {
        ComparisonWorld w = world();
        WebSession admin = WebSession.admin();
        JsonPath needs = api(admin(), "needs");
        Response actions = admin.given().get("/resultats/besoins/actions.csv?campagne=" + w.later);
        assertEquals(200, actions.statusCode());
        assertTrue(actions.contentType().startsWith("text/csv"));
        assertTrue(actions.header("Content-Disposition").contains("besoins-actions-campagne-" + w.later + ".csv"));
        List<CSVRecord> actionRecords = records(actions.asString(), ',');
        List<Map<String, Object>> expected = needs.getList("actions");
        assertEquals(Math.min(10, expected.size()), actionRecords.size());
        for (CSVRecord r : actionRecords) {
            Map<String, Object> a = expected.get(Integer.parseInt(r.get("rank")) - 1);
            assertEquals(a.get("text"), r.get("action"));
            assertEquals(a.get("organizations").toString(), r.get("organizations"));
            assertEquals(decimal(a.get("share")), number(r.get("share")));
            assertEquals(a.get("effort"), r.get("effort"));
        }
        List<CSVRecord> themes = records(admin.given().get("/resultats/besoins/themes.csv?campagne=" + w.later)
                .asString(), ',');
        assertEquals(needs.getList("themes.themeId"), themes.stream().map(r -> r.get("theme_id")).toList());
        assertEquals(decimal(needs.get("themes[0].mean")), number(themes.get(0).get("mean")));
        assertEquals("debutant", themes.get(0).get("lowest_level"));

        JsonPath evolution = api(admin(), "evolution?from=" + w.earlier);
        Response axes = admin.given().get("/resultats/evolution/axes.csv?campagne=" + w.later + "&excel=true");
        assertEquals(200, axes.statusCode());
        String text = new String(axes.asByteArray(), StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0), "a byte-order mark for French spreadsheets");
        CSVRecord overall = records(text.substring(1), ';').get(0);
        assertEquals("overall", overall.get("node_id"));
        assertTrue(overall.get("from_mean").matches("[0-9]+(,[0-9])?"), "French decimals: " + overall.get("from_mean"));
        assertEquals(decimal(evolution.get("changes[0].fromMean")), number(overall.get("from_mean")));
        assertEquals(decimal(evolution.get("changes[0].meanChange")), number(overall.get("mean_change")));
        assertEquals(Long.toString(w.earlier), overall.get("from_campaign"));

        List<CSVRecord> transitions = records(admin.given().get("/resultats/evolution/transitions.csv?campagne="
                + w.later + "&depuis=" + w.earlier).asString(), ',');
        List<Map<String, Object>> expectedTransitions = evolution.getList("transitions");
        assertEquals(expectedTransitions.size(), transitions.size());
        for (int i = 0; i < transitions.size(); i++) {
            assertEquals(expectedTransitions.get(i).get("fromLevel"), transitions.get(i).get("from_level"));
            assertEquals(expectedTransitions.get(i).get("toLevel"), transitions.get(i).get("to_level"));
            assertEquals(expectedTransitions.get(i).get("count").toString(), transitions.get(i).get("organizations"));
        }

        // what a facilitator is shown of the EPCI alone: nothing
        WebSession facilitator = facilitator();
        String epci = "?campagne=" + w.later + "&type=epci";
        assertEquals(List.of(), records(facilitator.given().get("/resultats/besoins/actions.csv" + epci).asString(),
                ','));
        assertEquals(List.of(), records(facilitator.given().get("/resultats/besoins/themes.csv" + epci).asString(),
                ','));
        assertEquals(List.of(), records(facilitator.given().get("/resultats/evolution/transitions.csv" + epci)
                .asString(), ','));
        for (CSVRecord r : records(facilitator.given().get("/resultats/evolution/axes.csv" + epci).asString(), ',')) {
            assertEquals("false", r.get("shown"), r.get("node_id"));
            assertEquals("", r.get("from_mean"));
            assertEquals("", r.get("organizations"));
        }
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    /** A number of the API's JSON as written there (JsonPath reads decimals as floats: 57.1 → 57.099998…). */
    private static double decimal(Object json) {
        return Double.parseDouble(json.toString());
    }

    /** A number of a CSV cell, in either dialect. */
    private static double number(String cell) {
        return Double.parseDouble(cell.replace(',', '.'));
    }

    private static String french(double value) {
        return String.format(Locale.FRANCE, "%.1f", value);
    }

    /** The action rows of the needs page: text, organisations, share. */
    private static List<String[]> actionRows(String html) {
        List<String[]> rows = new ArrayList<>();
        Matcher m = Pattern.compile("<th scope=\"row\" class=\"action-text\">([^<]*)</th>.*?"
                + "data-chart-value=\"[0-9]+\">([^<]*)</td>\\s*<td class=\"num\" data-label=\"[^\"]*\">([^<]*)</td>",
                Pattern.DOTALL).matcher(html);
        while (m.find()) {
            rows.add(new String[] { unescape(m.group(1)), m.group(2), m.group(3) });
        }
        return rows;
    }

    /** The first group of every match of {@code regex}. */
    private static List<String> cells(String html, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The table whose id is {@code id}, from its start tag to its end. */
    private static String table(String html, String id) {
        int at = html.indexOf("id=\"" + id + "\"");
        assertTrue(at >= 0, "no table " + id);
        return html.substring(at, html.indexOf("</table>", at));
    }

    /** The table row that contains {@code marker}, up to its end. */
    private static String row(String html, String marker) {
        int at = html.indexOf(marker);
        assertTrue(at >= 0, "no row " + marker);
        return html.substring(at, html.indexOf("</tr>", at));
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static List<CSVRecord> records(String text, char separator) throws Exception {
        return CSVFormat.RFC4180.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }
}
