package org.odmaturity.comparison.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.odmaturity.comparison.ComparisonWorld;
import org.odmaturity.testsupport.TestData;
import org.odmaturity.testsupport.WebSession;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The dashboard's overview over diagnostics validated through the API: the page shows the API's figures, facilitators
 * get the anonymity rule, filters that cannot be used are named, and each table downloads as the CSV of what is shown.
 */
@QuarkusTest
class DashboardPagesTest {

    private static ComparisonWorld world;

    private static synchronized ComparisonWorld world() {
        if (world == null) {
            world = ComparisonWorld.build();
        }
        return world;
    }

    private static String overview(WebSession who, String query) {
        Response page = who.given().get("/resultats?campagne=" + world().later + query);
        assertEquals(200, page.statusCode(), page::asString);
        return page.asString();
    }

    private static JsonPath api(String query) {
        return admin().get("/api/campaigns/" + world().later + "/results" + query).then().statusCode(200).extract()
                .jsonPath();
    }

    private static String french(double value) {
        return String.format(Locale.FRANCE, "%.1f", value);
    }

    @Test
    void anAdminSeesTheFiguresOfTheApi() {
        ComparisonWorld w = world();
        JsonPath results = api("");
        String html = overview(WebSession.admin(), "");
        assertTrue(html.contains("Résultats régionaux : Comparaison " + w.suffix), "the campaign in the title");
        assertTrue(html.contains("<span class=\"count\">7</span> Diagnostics validés"), "seven validated");
        String overallRow = html.substring(html.indexOf("data-node=\"overall\""));
        overallRow = overallRow.substring(0, overallRow.indexOf("</tr>"));
        assertTrue(overallRow.contains(">" + french(results.getDouble("distributions[0].mean")) + "<"), overallRow);
        assertTrue(overallRow.contains(">" + french(results.getDouble("distributions[0].median")) + "<"), overallRow);
        assertTrue(html.contains("Établissement public de coopération intercommunale"), "the EPCI is counted");
        assertFalse(html.contains("class=\"notice anonymity\""), "no anonymity note for admins");
        assertTrue(overview(WebSession.admin(), "&lang=en").contains("Regional results: Comparaison " + w.suffix));
    }

    @Test
    void aFacilitatorSeesOnlyProfilesSharedByFive() {
        ComparisonWorld w = world();
        WebSession facilitator = WebSession.signIn(w.facilitatorEmail, TestData.password(w.facilitatorEmail));
        String html = overview(facilitator, "");
        assertTrue(html.contains("class=\"notice anonymity\""));
        assertTrue(html.contains("<span class=\"count\">6</span> Organisations invitées"), "the lone EPCI is left out");
        assertFalse(html.contains("Établissement public de coopération intercommunale</th>"));
        String epci = overview(facilitator, "&type=epci");
        assertTrue(epci.contains("moins de 5 organisations"));
        assertFalse(epci.contains("data-shown=\"true\""), "no figure of the EPCI alone");
    }

    @Test
    void filtersThatCannotBeUsedAreNamedAndNothingIsShown() {
        WebSession admin = WebSession.admin();
        Response page = admin.given().get("/resultats?type=ville&departement=20&status=all");
        assertEquals(400, page.statusCode());
        String html = page.asString();
        assertTrue(html.contains("<a href=\"#f-type\">Type d&#39;organisation : cette valeur n&#39;est pas reconnue.</a>"),
                html);
        assertTrue(html.contains("href=\"#f-departement\""));
        assertTrue(html.contains("href=\"#f-status\""));
        assertTrue(html.contains("aria-invalid=\"true\" aria-describedby=\"f-type-error\""));
        assertFalse(html.contains("Répartition des scores"));
        Response unknown = admin.given().get("/resultats?campagne=999999999");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.asString().contains("cette campagne n&#39;existe pas"));
    }

    @Test
    void eachTableDownloadsAsTheCsvOfWhatIsShown() throws Exception {
        ComparisonWorld w = world();
        JsonPath results = api("");
        WebSession admin = WebSession.admin();
        Response csv = admin.given().get("/resultats/distributions.csv?campagne=" + w.later);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertTrue(csv.header("Content-Disposition").contains("distributions-campagne-" + w.later + ".csv"));
        Map<String, CSVRecord> rows = records(csv.asString(), ',').stream()
                .collect(Collectors.toMap(r -> r.get("node_id"), Function.identity()));
        assertEquals(Double.toString(results.getDouble("distributions[0].mean")), rows.get("overall").get("mean"));
        assertEquals("7", rows.get("overall").get("organizations"));

        Response excel = admin.given().get("/resultats/distributions.csv?campagne=" + w.later + "&excel=true");
        String text = new String(excel.asByteArray(), StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        CSVRecord overall = records(text.substring(1), ';').stream().filter(r -> r.get("node_id").equals("overall"))
                .findFirst().orElseThrow();
        assertEquals(Double.toString(results.getDouble("distributions[0].mean")).replace('.', ','),
                overall.get("mean"));

        List<CSVRecord> participation = records(admin.given()
                .get("/resultats/participation.csv?campagne=" + w.later + "&type=epci").asString(), ',');
        assertEquals("1", participation.stream().filter(r -> r.get("key").equals("invited")).findFirst()
                .orElseThrow().get("diagnostics"));
    }

    @Test
    void theCampaignsFilesDownloadFromEveryViewWithItsFilters() throws Exception {
        ComparisonWorld w = world();
        WebSession admin = WebSession.admin();
        String html = overview(admin, "&type=commune");
        String files = "/resultats/telechargements/resultats.csv?campagne=" + w.later + "&amp;type=commune";
        assertTrue(html.contains("href=\"" + files + "\""), "the results' file keeps the filters");
        assertTrue(html.contains("/resultats/telechargements/resultats.xlsx?campagne=" + w.later));
        assertTrue(html.contains("/resultats/telechargements/reponses.csv?campagne=" + w.later));

        Response csv = admin.given().get(files.replace("&amp;", "&"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.header("Content-Disposition").startsWith("attachment"));
        assertEquals(6, records(csv.asString(), ',').size(), "the six communes, not the EPCI");
        Response xlsx = admin.given().get("/resultats/telechargements/resultats.xlsx?campagne=" + w.later);
        assertEquals(200, xlsx.statusCode());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.asByteArray()))) {
            assertTrue(book.getNumberOfSheets() >= 4, "readme, overall, axes, themes");
        }
        Response answers = admin.given().get("/resultats/telechargements/reponses.csv?campagne=" + w.later);
        assertEquals(14, records(answers.asString(), ',').size(), "two answers of each of the seven diagnostics");

        Response pdf = admin.given().get("/resultats/telechargements/synthese.pdf?campagne=" + w.later);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.contentType());
        String text = org.odmaturity.testsupport.PdfTools.text(pdf.asByteArray());
        assertTrue(text.contains("Comparaison " + w.suffix), "the campaign's synthesis");
        assertTrue(text.contains("Comparaison antérieure " + w.suffix), "with the evolution since the one before");
        assertFalse(text.contains(w.epciName), "no organisation's name in a public output");

        WebSession facilitator = WebSession.signIn(w.facilitatorEmail, TestData.password(w.facilitatorEmail));
        assertTrue(overview(facilitator, "").contains("vos diagnostics seulement"));
        assertEquals(1, records(facilitator.given().get("/resultats/telechargements/resultats.csv?campagne="
                + w.later).asString(), ',').size(), "only the diagnostic assigned to the facilitator");
        assertEquals(400, admin.given().get("/resultats/telechargements/resultats.csv?type=ville").statusCode());
    }

    private static List<CSVRecord> records(String text, char separator) throws Exception {
        return CSVFormat.RFC4180.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }
}
