package org.odmaturity.comparison.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.odmaturity.comparison.ComparisonWorld;
import org.odmaturity.comparison.Results;
import org.odmaturity.comparison.Results.AnonymityNote;
import org.odmaturity.comparison.Results.CampaignRef;
import org.odmaturity.comparison.Results.DepartementFigure;
import org.odmaturity.comparison.web.DepartementMapView.MapRow;
import org.odmaturity.comparison.web.DepartementMapView.MapSection;
import org.odmaturity.comparison.web.DepartementMapView.Measure;
import org.odmaturity.comparison.web.DepartementMapView.Shape;
import org.odmaturity.testsupport.TestData;
import org.odmaturity.testsupport.WebSession;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The overview's map of départements, the heatmap of organisations × themes and an organisation's page, over
 * diagnostics validated through the API: the map's table holds the API's figures (admins and facilitators alike),
 * hidden means are hatched and say so, the heatmap sorts by any column and pages with its filters kept, a facilitator
 * sees only the diagnostics assigned to them, the organisation page lists every diagnostic across campaigns (404 for a
 * facilitator with none of it), and each CSV reads back as what the page shows.
 */
@QuarkusTest
class OrganizationResultsPagesTest {

    /** Départements of the map's campaign: five alike communes in 67, three in 68, two in 57, Paris, Guadeloupe. */
    private static final String[] DEPARTEMENTS = { "67", "67", "67", "67", "67", "68", "68", "68", "57", "57", "75",
            "971" };
    private static final String[] REFERENTS = { "personne", "informel", "nomme" };

    private static ComparisonWorld world;
    private static MapWorld map;

    /** A campaign of twelve validated diagnostics across départements, and a draft in 88. */
    static final class MapWorld {
        final String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        long campaign;
        final List<Long> organizations = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        final List<Long> diagnostics = new ArrayList<>();
    }

    private static synchronized ComparisonWorld world() {
        if (world == null) {
            world = ComparisonWorld.build();
        }
        return world;
    }

    private static synchronized MapWorld map() {
        if (map == null) {
            MapWorld m = new MapWorld();
            m.campaign = TestData.campaign("Carte et organisations " + m.suffix);
            for (int i = 0; i < DEPARTEMENTS.length; i++) {
                // names out of the order of their scores, so that sorting by name and by score differ
                String name = "Collectivité " + (char) ('A' + (i * 7) % DEPARTEMENTS.length) + " " + m.suffix;
                long organization = organization(name, DEPARTEMENTS[i]);
                long diagnostic = TestData.diagnostic(organization, m.campaign, "self-assessment", null);
                ComparisonWorld.validated(diagnostic, REFERENTS[i % 3], i % 2 == 0);
                m.organizations.add(organization);
                m.names.add(name);
                m.diagnostics.add(diagnostic);
            }
            TestData.diagnostic(organization("Commune en brouillon " + m.suffix, "88"), m.campaign, "interview", null);
            map = m;
        }
        return map;
    }

    private static long organization(String name, String departement) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("name", name, "siren", TestData.newSiren(), "type", "commune", "departement",
                        departement, "population", 1200))
                .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String page(WebSession who, String path) {
        Response page = who.given().get(path);
        assertEquals(200, page.statusCode(), () -> path + ": " + page.asString());
        return page.asString();
    }

    private static String french(double value) {
        return String.format(Locale.FRANCE, "%.1f", value);
    }

    // ----------------------------------------------------------------------------------------------------------- map

    @Test
    void theMapTableHoldsTheFiguresOfTheApi() throws Exception {
        MapWorld m = map();
        JsonPath api = admin().get("/api/campaigns/" + m.campaign + "/results").then().statusCode(200).extract()
                .jsonPath();
        String html = page(WebSession.admin(), "/resultats?campagne=" + m.campaign);
        List<Map<String, Object>> figures = api.getList("departements");
        assertEquals(List.of("57", "67", "68", "75", "88", "971"), figures.stream().map(f -> f.get("code")).toList());
        for (Map<String, Object> f : figures) {
            List<String> row = row(html, (String) f.get("code"));
            assertEquals(String.valueOf(f.get("participants")), row.get(2), "participants of " + f.get("code"));
            assertEquals(String.valueOf(f.get("scored")), row.get(3), "scored of " + f.get("code"));
            String mean = f.get("meanScore") == null ? "–" : french(((Number) f.get("meanScore")).doubleValue());
            assertEquals(mean, row.get(4), "mean of " + f.get("code"));
        }
        assertEquals(List.of("67", "Bas-Rhin", "5", "5"), row(html, "67").subList(0, 4));
        assertEquals("1", row(html, "88").get(2), "the draft takes part");
        assertEquals("–", row(html, "88").get(4), "and has no score");
        // the region's départements without a diagnostic are drawn and listed with nothing
        assertEquals(List.of("08", "Ardennes", "0", "0", "–"), row(html, "08"));

        // the SVG: an accessible image, one outline per département drawn (Paris too), each with its title
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        assertTrue(svg.contains("role=\"img\" aria-labelledby=\"map-svg-title map-svg-desc\""), svg);
        assertTrue(svg.contains("<title id=\"map-svg-title\">Carte des départements colorés selon le score global "
                + "moyen (sur 100)</title>"));
        for (String code : List.of("08", "10", "51", "52", "54", "55", "57", "67", "68", "88", "75")) {
            assertTrue(svg.contains("data-code=\"" + code + "\""), "drawn: " + code);
        }
        assertFalse(svg.contains("data-code=\"971\""), "overseas has no outline");
        double mean67 = api.getDouble("departements.find { it.code == '67' }.meanScore");
        assertTrue(svg.contains("<title>Bas-Rhin (67) : score global moyen " + french(mean67) + "</title>"), svg);
        assertTrue(svg.contains("class=\"dep band-" + (int) Math.floor(mean67 / 20) + "\" data-code=\"67\""));
        assertTrue(svg.contains("<title>Ardennes (08) : aucun score</title>"));
        assertTrue(html.contains("<span class=\"offmap-item\">971 : "), "Guadeloupe listed under the map");
        assertTrue(html.contains("Fond de carte : IGN – Admin Express COG 2018 ; INSEE – COG 2018 – Licence Ouverte"));
        assertFalse(html.contains("style="), "no inline style");

        // coloured by participation: the choice is in the URL and in the filter form
        String participation = page(WebSession.admin(), "/resultats?campagne=" + m.campaign
                + "&carte=participation");
        assertTrue(participation.contains("<title>Bas-Rhin (67) : 5 diagnostics</title>"), participation);
        assertTrue(participation.contains("<title>Vosges (88) : 1 diagnostic</title>"));
        assertTrue(participation.contains("<option value=\"participation\" selected>"));
        assertTrue(Pattern.compile("<a href=\"[^\"]*carte=participation#carte\" aria-current=\"true\">")
                .matcher(participation).find(), "the current choice is marked");

        Response bad = WebSession.admin().given().get("/resultats?campagne=" + m.campaign + "&carte=camembert");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.asString().contains("<a href=\"#f-carte\">Carte colorée selon : cette valeur n&#39;est pas "
                + "reconnue.</a>"), bad.asString());

        // the CSV of the table
        List<CSVRecord> csv = records(WebSession.admin().given().get("/resultats/departements.csv?campagne="
                + m.campaign).asString(), ',');
        Map<String, CSVRecord> byCode = new LinkedHashMap<>();
        csv.forEach(r -> byCode.put(r.get("code"), r));
        for (Map<String, Object> f : figures) {
            CSVRecord r = byCode.get((String) f.get("code"));
            assertEquals(String.valueOf(f.get("participants")), r.get("participants"));
            assertEquals(String.valueOf(f.get("scored")), r.get("scored"));
            assertEquals(f.get("meanScore") == null ? "" : String.valueOf(f.get("meanScore")), r.get("mean_score"));
        }
        assertEquals("Bas-Rhin", byCode.get("67").get("name"));
        assertEquals("0", byCode.get("08").get("participants"));
        assertEquals("", byCode.get("971").get("name"));
    }

    @Test
    void aFacilitatorsMapCountsOnlyProfilesSharedByFive() {
        MapWorld m = map();
        String email = TestData.uniqueEmail("carte-f");
        WebSession facilitator = WebSession.facilitator(email);
        JsonPath api = TestData.as(email, TestData.password(email)).get("/api/campaigns/" + m.campaign + "/results")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("67"), api.getList("departements.code"), "only the five alike communes count");
        String html = page(facilitator, "/resultats?campagne=" + m.campaign);
        assertEquals(List.of("67", "Bas-Rhin", "5", "5",
                french(api.getDouble("departements[0].meanScore"))), row(html, "67"));
        assertEquals(List.of("68", "Haut-Rhin", "0", "0", "–"), row(html, "68"), "no figure of three communes");
    }

    @Test
    void aHiddenMeanIsHatchedAndSaysFewerThanFive() {
        ResultsMsg m = MessageBundles.get(ResultsMsg.class, Localized.Literal.of("fr"));
        Results results = new Results(new CampaignRef(1, "Test", 2026, "open", "q", 1), Map.of(),
                new AnonymityNote(true, 5), null, List.of(), List.of(), List.of(
                        new DepartementFigure("67", 8, 3, false, null),
                        new DepartementFigure("68", 6, 6, true, 64.5)));
        MapSection section = DepartementMapView.build(results, List.of("67", "68", "57"), Measure.SCORE, List.of(),
                List.of(), m, Locale.FRENCH);
        Shape bas = section.shapes().stream().filter(s -> s.code().equals("67")).findFirst().orElseThrow();
        assertEquals("hidden", bas.css());
        assertEquals("Bas-Rhin (67) : moins de 5 organisations, score masqué", bas.title());
        MapRow row = section.rows().stream().filter(r -> r.code().equals("67")).findFirst().orElseThrow();
        assertEquals("moins de 5 organisations", row.mean());
        assertTrue(row.hidden());
        assertEquals("8", row.participants());
        Shape haut = section.shapes().stream().filter(s -> s.code().equals("68")).findFirst().orElseThrow();
        assertEquals("band-3", haut.css());
        assertEquals("64,5", haut.value());
        assertTrue(haut.onDark(), "white text on the dark class");
        assertTrue(section.legend().stream().anyMatch(l -> l.css().equals("hidden")
                && l.label().contains("moins de 5 organisations")), "the legend explains the hatching");
        // participation: five classes wide enough for the largest count
        assertEquals(2, DepartementMapView.step(8));
        assertEquals(1, DepartementMapView.step(4));
        assertEquals(20, DepartementMapView.step(73));
        MapSection counts = DepartementMapView.build(results, List.of("67", "68", "57"), Measure.PARTICIPATION,
                List.of(), List.of(), m, Locale.FRENCH);
        assertEquals(List.of("none", "band-3", "band-2"), counts.rows().stream().map(MapRow::css).toList());
    }

    // ------------------------------------------------------------------------------------------------------- heatmap

    /** The overall scores of the map world's diagnostics by organisation name, through the API. */
    private static Map<String, Double> overallByName(MapWorld m) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int i = 0; i < m.diagnostics.size(); i++) {
            scores.put(m.names.get(i), ComparisonWorld.overall(m.diagnostics.get(i)));
        }
        return scores;
    }

    @Test
    void theHeatmapSortsByAnyColumnAndPagesWithTheFiltersKept() throws Exception {
        MapWorld m = map();
        WebSession admin = WebSession.admin();
        String base = "/resultats/organisations?campagne=" + m.campaign;
        String byName = page(admin, base);
        List<String> sortedNames = m.names.stream().sorted(Comparator.comparing(n -> n.toLowerCase(Locale.ROOT)))
                .toList();
        assertEquals(sortedNames, names(byName));
        assertTrue(byName.contains("12 organisations, lignes 1 à 12."));
        assertTrue(byName.contains("<th scope=\"col\" class=\"col-name\" aria-sort=\"ascending\">"), byName);
        assertFalse(byName.contains("class=\"pager heat-pager\""), "one page");

        // by the overall score, highest first: the link of its header, whose filters are kept
        String filtered = page(admin, base + "&type=commune");
        Matcher overallLink = Pattern.compile("<th scope=\"col\" class=\"col-overall\"><a href=\"([^\"]+)\"")
                .matcher(filtered);
        assertTrue(overallLink.find(), filtered);
        String href = overallLink.group(1).replace("&amp;", "&");
        assertEquals("/resultats/organisations?campagne=" + m.campaign + "&type=commune&tri=overall&ordre=desc", href);
        String byScore = page(admin, href);
        Map<String, Double> scores = overallByName(m);
        List<String> expected = scores.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Double> e) -> -e.getValue())
                        .thenComparing(e -> e.getKey().toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getKey).toList();
        assertEquals(expected, names(byScore));
        assertTrue(byScore.contains("<th scope=\"col\" class=\"col-overall\" aria-sort=\"descending\">"));
        String firstRow = byScore.substring(byScore.indexOf("<tbody>"), byScore.indexOf("</tr>",
                byScore.indexOf("<tbody>")));
        double best = scores.get(expected.get(0));
        assertTrue(firstRow.contains("<td class=\"num band-" + (int) Math.floor(best / 20) + "\">" + french(best)
                + "</td>"), firstRow);
        // its header now turns the order round
        assertTrue(byScore.contains("tri=overall\" class=\"sort\">Score global<span class=\"visually-hidden\"> "
                + "(trier par ordre croissant)</span> <span aria-hidden=\"true\" class=\"arrow\">▼</span>"), byScore);

        // ten rows a page: page 2 holds the last two, the pager marks it; a page too far shows the last one
        String second = page(admin, href + "&lignes=10&page=2");
        assertEquals(expected.subList(10, 12), names(second));
        assertTrue(second.contains("12 organisations, lignes 11 à 12."));
        assertTrue(second.contains("aria-current=\"page\" aria-label=\"Page 2\">2</a>"), second);
        assertTrue(second.contains("rel=\"prev\""));
        assertFalse(second.contains("rel=\"next\""));
        assertTrue(second.contains("<option value=\"10\" selected>10</option>"), "rows per page kept in the form");
        assertEquals(expected.subList(10, 12), names(page(admin, href + "&lignes=10&page=99")));
        assertEquals(expected.subList(0, 10), names(page(admin, href + "&lignes=10&page=abc")));

        // the CSV: every page, in the same order, with the API's scores
        List<CSVRecord> csv = records(admin.given().get("/resultats/organisations/scores.csv?campagne=" + m.campaign
                + "&type=commune&tri=overall&ordre=desc&lignes=10").asString(), ',');
        assertEquals(expected, csv.stream().map(r -> r.get("organization")).toList());
        for (CSVRecord r : csv) {
            assertEquals(scores.get(r.get("organization")), Double.parseDouble(r.get("overall")), 1e-9);
        }
        assertTrue(csv.get(0).isMapped("gouvernance_level"));
        Response excel = admin.given().get("/resultats/organisations/scores.csv?campagne=" + m.campaign
                + "&excel=true");
        String text = new String(excel.asByteArray(), StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        assertEquals(12, records(text.substring(1), ';').size());
    }

    @Test
    void sortsAndPageSizesThatCannotBeUsedAreNamed() {
        MapWorld m = map();
        WebSession admin = WebSession.admin();
        Response page = admin.given().get("/resultats/organisations?campagne=" + m.campaign
                + "&tri=inconnu&lignes=7");
        assertEquals(400, page.statusCode());
        String html = page.asString();
        assertTrue(html.contains("<a href=\"#f-lignes\">Lignes par page : cette valeur n&#39;est pas reconnue.</a>"),
                html);
        Response unknownColumn = admin.given().get("/resultats/organisations?campagne=" + m.campaign
                + "&tri=inconnu");
        assertEquals(400, unknownColumn.statusCode());
        assertTrue(unknownColumn.asString().contains("<a href=\"#f-tri\">Trier par : cette valeur n&#39;est pas "
                + "reconnue.</a>"));
        assertTrue(unknownColumn.asString().contains("aria-invalid=\"true\" aria-describedby=\"f-tri-error\""));
        assertEquals(400, admin.given().get("/resultats/organisations?ordre=haut").statusCode());
        assertEquals(400, admin.given().get("/resultats/organisations/scores.csv?ordre=haut").statusCode());
    }

    @Test
    void aFacilitatorSeesOnlyTheDiagnosticsAssignedToThem() {
        ComparisonWorld w = world();
        WebSession facilitator = WebSession.signIn(w.facilitatorEmail, TestData.password(w.facilitatorEmail));
        String html = page(facilitator, "/resultats/organisations?campagne=" + w.later);
        assertEquals(List.of(w.communeNames.get(0)), names(html));
        assertTrue(html.contains("Vous voyez uniquement les organisations dont un diagnostic vous est attribué"));
        WebSession other = WebSession.signIn(w.otherFacilitatorEmail, TestData.password(w.otherFacilitatorEmail));
        String none = page(other, "/resultats/organisations?campagne=" + w.later);
        assertEquals(List.of(), names(none));
        assertTrue(none.contains("Aucun diagnostic noté ne correspond à ces filtres."));
        String all = page(WebSession.admin(), "/resultats/organisations?campagne=" + w.later);
        assertEquals(7, names(all).size(), "the admin sees all seven");
        assertTrue(all.contains("Vous voyez tous les diagnostics notés"));
    }

    // -------------------------------------------------------------------------------------------- organisation page

    @Test
    void anOrganisationPageListsItsDiagnosticsAcrossCampaigns() throws Exception {
        ComparisonWorld w = world();
        long org = w.firstOrganization;
        JsonPath history = admin().get("/api/organizations/" + org + "/evolution").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, history.getList("diagnostics").size());
        String html = page(WebSession.admin(), "/resultats/organisations/" + org + "?campagne=" + w.later
                + "&type=commune&tri=overall&ordre=desc&page=1");
        assertTrue(html.contains("<h1>" + w.communeNames.get(0) + "</h1>"));
        assertTrue(html.contains("2 diagnostics notés, de la plus ancienne campagne à la plus récente."));
        assertTrue(html.contains("<a href=\"/resultats/organisations?campagne=" + w.later
                + "&amp;type=commune&amp;tri=overall&amp;ordre=desc\">Retour au tableau des organisations</a>"), html);
        assertTrue(html.contains("<a href=\"/admin/organisations/" + org + "\">"), "admins reach the admin page");
        List<String> series = new ArrayList<>();
        Matcher m = Pattern.compile("<tr data-series=\"([^\"]+)\">").matcher(html);
        while (m.find()) {
            series.add(m.group(1));
        }
        assertEquals(List.of("Comparaison antérieure " + w.suffix + " (2026)", "Comparaison " + w.suffix + " (2026)"),
                series);
        for (int i = 0; i < 2; i++) {
            double overall = history.getDouble("diagnostics[" + i + "].overall");
            assertTrue(html.contains("data-score=\"" + String.format(Locale.ROOT, "%.1f", overall) + "\">"
                    + french(overall) + "<span class=\"level\">"), html);
        }
        double piloter = history.getDouble("diagnostics[1].axes.find { it.axisId == 'piloter' }.score");
        assertTrue(html.contains("data-axis=\"piloter\" data-score=\"" + String.format(Locale.ROOT, "%.1f", piloter)
                + "\">" + french(piloter)), html);
        assertTrue(html.contains("<th scope=\"col\" data-axis=\"valoriser\">Valoriser</th>"));
        assertTrue(html.contains("<script src=\"/js/resultats-organisation.js\" defer></script>"));
        assertTrue(html.contains("href=\"/animation/diagnostics/" + w.laterDiagnostics.get(0) + "/plan\""));

        // the CSV of the history
        List<CSVRecord> csv = records(WebSession.admin().given()
                .get("/resultats/organisations/" + org + "/historique.csv").asString(), ',');
        assertEquals(2, csv.size());
        for (int i = 0; i < 2; i++) {
            assertEquals(history.getDouble("diagnostics[" + i + "].overall"),
                    Double.parseDouble(csv.get(i).get("overall")), 1e-9);
            assertEquals(history.getString("diagnostics[" + i + "].overallLevel"), csv.get(i).get("overall_level"));
            assertEquals(history.getString("diagnostics[" + i + "].campaign.name"), csv.get(i).get("campaign"));
        }
        assertEquals(piloter, Double.parseDouble(csv.get(1).get("piloter")), 1e-9);
        String english = page(WebSession.admin(), "/resultats/organisations/" + org + "?lang=en");
        assertTrue(english.contains("2 scored diagnostics, from the oldest campaign to the latest."));
    }

    @Test
    void aFacilitatorOpensOnlyTheOrganisationsAssignedToThem() throws Exception {
        ComparisonWorld w = world();
        WebSession assigned = WebSession.signIn(w.facilitatorEmail, TestData.password(w.facilitatorEmail));
        String html = page(assigned, "/resultats/organisations/" + w.firstOrganization);
        assertTrue(html.contains("1 diagnostic noté"), "only the diagnostic assigned to them");
        assertFalse(html.contains("/admin/organisations/"), "no admin link for a facilitator");
        assertEquals(1, records(assigned.given().get("/resultats/organisations/" + w.firstOrganization
                + "/historique.csv").asString(), ',').size());

        WebSession other = WebSession.signIn(w.otherFacilitatorEmail, TestData.password(w.otherFacilitatorEmail));
        Response foreign = other.given().get("/resultats/organisations/" + w.firstOrganization);
        assertEquals(404, foreign.statusCode());
        assertTrue(foreign.asString().contains("Page introuvable"), foreign.asString());
        assertEquals(404, other.given().get("/resultats/organisations/" + w.firstOrganization + "/historique.csv")
                .statusCode());
        assertEquals(404, assigned.given().get("/resultats/organisations/" + w.epci).statusCode());
        assertEquals(404, WebSession.admin().given().get("/resultats/organisations/999999999").statusCode());
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    /** The cells of the map table's row of a département, as text. */
    private static List<String> row(String html, String code) {
        Matcher m = Pattern.compile("<tr data-code=\"" + code + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "no row for " + code);
        return cells(m.group(1));
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        Matcher c = Pattern.compile("<t[dh][^>]*>(.*?)</t[dh]>", Pattern.DOTALL).matcher(row);
        while (c.find()) {
            cells.add(c.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").trim());
        }
        return cells;
    }

    /** The organisations of the heatmap, in the order of its rows. */
    private static List<String> names(String html) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("<th scope=\"row\"><a href=\"/resultats/organisations/[0-9]+[^\"]*\">([^<]+)</a>")
                .matcher(html);
        while (m.find()) {
            names.add(m.group(1).replace("&#39;", "'"));
        }
        return names;
    }

    private static List<CSVRecord> records(String text, char separator) throws Exception {
        assertNotNull(text);
        return CSVFormat.RFC4180.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }
}
