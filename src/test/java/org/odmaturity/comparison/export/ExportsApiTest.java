package org.odmaturity.comparison.export;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The exports read back as a spreadsheet or an analyst's script would read them: the results CSV in both dialects and
 * the XLSX workbook give, for each diagnostic the caller may read, the scores and levels its stored snapshot has
 * (compared with what {@code GET /api/diagnostics/{id}} reports); the answers CSV gives every stored answer with its
 * labels and flags but never the facilitator's note; formulas are neutralised; a facilitator gets only the
 * diagnostics assigned to them; filters and bad parameters behave as in the results API.
 */
@QuarkusTest
class ExportsApiTest {

    static final String HOSTILE_NAME = "=cmd|' /C calc'!A0";
    static final String PHONE_COMMENT = "+33 6 12 34 56 78";
    static final String MINUS_COMMENT = "-2 jeux depuis l'an dernier";
    static final String AT_COMMENT = "@maire à relancer";

    /** Built once through the API. */
    static final class World {
        final String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        long campaign;
        String campaignName;
        String facilitatorEmail;
        String idleFacilitatorEmail;
        String note;
        /** Validated: a commune answering everything (assigned), the hostile one (assigned), a commune, an EPCI. */
        long full;
        long hostile;
        long plain;
        long epci;
        long submitted;
        long draft;

        List<Long> validated() {
            return List.of(full, hostile, plain, epci);
        }
    }

    private static World world;

    private static synchronized World world() {
        if (world == null) {
            World w = new World();
            w.campaignName = "Campagne exportée « Grand Est » " + w.suffix;
            w.campaign = TestData.campaign(w.campaignName);
            w.facilitatorEmail = TestData.uniqueEmail("exp-f");
            w.idleFacilitatorEmail = TestData.uniqueEmail("exp-g");
            long facilitator = TestData.facilitator(w.facilitatorEmail);
            TestData.facilitator(w.idleFacilitatorEmail);
            w.note = "NOTE-PRIVEE-" + w.suffix;

            w.full = TestData.diagnostic(TestData.organization("Commune exportée A " + w.suffix), w.campaign,
                    "self-assessment", facilitator);
            answer(w.full, "["
                    + "{\"question\": \"referent\", \"value\": \"nomme\", \"note\": \"" + w.note + "\"},"
                    + "{\"question\": \"budget\", \"value\": true, \"unsure\": true, \"comment\": \"Voté en 2025\"},"
                    + "{\"question\": \"publie\", \"value\": true},"
                    + "{\"question\": \"nb_jeux\", \"value\": 12.5},"
                    + "{\"question\": \"formats\", \"value\": [\"csv\", \"api\"]},"
                    + "{\"question\": \"schemas\", \"notApplicable\": true},"
                    + "{\"question\": \"reutilisations\", \"value\": \"quelques\"},"
                    + "{\"question\": \"attentes\", \"value\": \"Des ateliers, \\\"concrets\\\"; merci\"}]");
            validate(w.full);

            long hostileOrganization = TestData.organization(HOSTILE_NAME);
            w.hostile = TestData.diagnostic(hostileOrganization, w.campaign, "self-assessment", facilitator);
            answer(w.hostile, "["
                    + "{\"question\": \"referent\", \"value\": \"informel\", \"comment\": \"" + MINUS_COMMENT + "\"},"
                    + "{\"question\": \"budget\", \"value\": false, \"comment\": \"" + PHONE_COMMENT + "\"},"
                    + "{\"question\": \"publie\", \"value\": false, \"comment\": \"" + AT_COMMENT + "\"},"
                    + "{\"question\": \"schemas\", \"value\": 3}]");
            validate(w.hostile);

            w.plain = TestData.diagnostic(TestData.organization("Commune exportée C " + w.suffix), w.campaign,
                    "self-assessment", null);
            answer(w.plain, "[{\"question\": \"referent\", \"value\": \"personne\"},"
                    + "{\"question\": \"publie\", \"value\": true}, {\"question\": \"schemas\", \"value\": 1}]");
            validate(w.plain);

            long epci = admin().contentType(ContentType.JSON)
                    .body(Map.of("name", "Communauté exportée " + w.suffix, "siren", TestData.newSiren(), "type",
                            "epci", "departement", "54", "population", 40_000))
                    .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
            w.epci = TestData.diagnostic(epci, w.campaign, "interview", null);
            answer(w.epci, "[{\"question\": \"referent\", \"value\": \"nomme\"},"
                    + "{\"question\": \"publie\", \"value\": true}, {\"question\": \"formats\", \"value\": [\"pdf\"]},"
                    + "{\"question\": \"reutilisations\", \"value\": \"suivies\"}]");
            validate(w.epci);

            w.submitted = TestData.diagnostic(TestData.organization("Commune exportée D " + w.suffix), w.campaign,
                    "self-assessment", null);
            answer(w.submitted, "[{\"question\": \"referent\", \"value\": \"informel\"},"
                    + "{\"question\": \"publie\", \"value\": false}]");
            admin().header("If-Match", etag(w.submitted)).post(path(w.submitted) + "/submit").then().statusCode(200);

            w.draft = TestData.diagnostic(TestData.organization("Commune exportée E " + w.suffix), w.campaign,
                    "self-assessment", facilitator);
            answer(w.draft, "[{\"question\": \"referent\", \"value\": \"nomme\"}]");
            world = w;
        }
        return world;
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private static String path(long diagnostic) {
        return "/api/diagnostics/" + diagnostic;
    }

    private static String etag(long diagnostic) {
        return admin().get(path(diagnostic)).then().statusCode(200).extract().header("ETag");
    }

    private static void answer(long diagnostic, String answers) {
        admin().contentType(ContentType.JSON).header("If-Match", etag(diagnostic))
                .body("{\"answers\": " + answers + "}").patch(path(diagnostic) + "/answers").then().statusCode(200);
    }

    private static void validate(long diagnostic) {
        admin().header("If-Match", etag(diagnostic)).post(path(diagnostic) + "/submit").then().statusCode(200);
        admin().header("If-Match", etag(diagnostic)).post(path(diagnostic) + "/validate").then().statusCode(200);
    }

    private static RequestSpecification as(String email) {
        return TestData.as(email, TestData.password(email));
    }

    private static String exportPath(String file) {
        return "/api/campaigns/" + world().campaign + "/" + file;
    }

    private static Response download(RequestSpecification who, String file, String query) {
        Response response = who.get(exportPath(file) + query);
        response.then().statusCode(200);
        return response;
    }

    /** A CSV file read back: its header and its records by column name. */
    record Table(List<String> header, List<Map<String, String>> rows) {

        Map<String, String> row(String column, Object value) {
            return rows.stream().filter(r -> String.valueOf(value).equals(r.get(column))).findFirst().orElseThrow(
                    () -> new AssertionError("no row with " + column + " = " + value + " in " + rows));
        }

        List<Long> ids() {
            return rows.stream().map(r -> Long.parseLong(r.get("diagnostic"))).toList();
        }
    }

    private static Table csv(Response response, boolean excel) throws Exception {
        assertTrue(response.contentType().startsWith("text/csv"), response.contentType());
        byte[] bytes = response.asByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (excel) {
            assertEquals('\uFEFF', text.charAt(0), "the Excel dialect starts with a byte-order mark");
            text = text.substring(1);
        } else {
            assertFalse(text.startsWith("\uFEFF"), "standard CSV has no byte-order mark");
        }
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(excel ? ';' : ',').setHeader()
                .setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toMap());
            }
            return new Table(parser.getHeaderNames(), rows);
        }
    }

    /** A number of the CSV in its dialect; null for an empty cell. */
    private static Double number(String cell, boolean excel) {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        return Double.valueOf(excel ? cell.replace(',', '.') : cell);
    }

    /** The questionnaire as the public API serves it in a language: the source of the expected labels. */
    private static JsonPath questionnaire(String lang) {
        return TestData.admin().get("/api/questionnaires/" + TestData.QUESTIONNAIRE + "/1?lang=" + lang).then()
                .statusCode(200).extract().jsonPath();
    }

    private static Map<String, String> levelLabels(String lang) {
        JsonPath q = questionnaire(lang);
        Map<String, String> labels = new HashMap<>();
        List<String> ids = q.getList("levels.id");
        List<String> names = q.getList("levels.label");
        for (int i = 0; i < ids.size(); i++) {
            labels.put(ids.get(i), names.get(i));
        }
        return labels;
    }

    /** What the diagnostic reports: node column suffix (global, axe_x, theme_y) → [score, level id]. */
    private static Map<String, Object[]> snapshot(long diagnostic) {
        JsonPath d = admin().get(path(diagnostic)).then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        Map<String, Object[]> scores = new LinkedHashMap<>();
        scores.put("global", new Object[] { d.get("score.overall.score"), d.getString("score.overall.level") });
        List<Map<String, Object>> axes = d.getList("score.axes");
        for (Map<String, Object> axis : axes) {
            scores.put("axe_" + axis.get("id"), new Object[] { axis.get("score"), axis.get("level") });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> themes = (List<Map<String, Object>>) axis.get("themes");
            for (Map<String, Object> theme : themes) {
                scores.put("theme_" + theme.get("id"), new Object[] { theme.get("score"), theme.get("level") });
            }
        }
        return scores;
    }

    private static Double asDouble(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    // ------------------------------------------------------------------------------------------------ results CSV

    @Test
    void theResultsCsvGivesEachValidatedDiagnosticWithItsSnapshotScoresInBothDialects() throws Exception {
        World w = world();
        Map<String, String> levels = levelLabels("fr");
        for (boolean excel : List.of(false, true)) {
            Response response = download(admin(), "results.csv", excel ? "?excel=true" : "");
            assertTrue(response.header("Content-Disposition").matches(
                    "attachment; filename=\"resultats-campagne-exportee-grand-est-[a-z0-9]+-\\d{4}-\\d\\d-\\d\\d"
                            + "\\.csv\""), response.header("Content-Disposition"));
            assertEquals("fr", response.header("Content-Language"));
            Table table = csv(response, excel);

            // the header: the diagnostic's columns, then score and level per node in questionnaire order
            List<String> expectedHeader = new ArrayList<>(List.of("diagnostic", "organisation", "siren", "type",
                    "departement", "population", "tranche_population", "mode", "statut", "cree_le", "soumis_le",
                    "valide_le"));
            for (String node : snapshot(w.full).keySet()) {
                expectedHeader.add("score_" + node);
                expectedHeader.add("niveau_" + node);
            }
            assertEquals(expectedHeader, table.header());
            assertEquals(List.of("score_global", "niveau_global", "score_axe_piloter", "niveau_axe_piloter",
                    "score_theme_gouvernance"), table.header().subList(12, 17),
                    "overall, then each axis and its themes");

            assertEquals(w.validated(), table.ids(),
                    "the validated diagnostics, by id; not the submitted or draft one");
            boolean decimals = false;
            for (long id : w.validated()) {
                Map<String, String> row = table.row("diagnostic", id);
                for (Map.Entry<String, Object[]> node : snapshot(id).entrySet()) {
                    String score = row.get("score_" + node.getKey());
                    assertEquals(asDouble(node.getValue()[0]), number(score, excel), id + " " + node.getKey());
                    decimals |= score.contains(excel ? "," : ".");
                    String level = (String) node.getValue()[1];
                    assertEquals(level == null ? "" : levels.get(level), row.get("niveau_" + node.getKey()));
                }
            }
            assertTrue(decimals, "some score has a decimal part, written with the dialect's decimal mark");

            JsonPath diagnostic = admin().get(path(w.epci)).then().extract().jsonPath();
            Map<String, String> epci = table.row("diagnostic", w.epci);
            assertEquals("Communauté exportée " + w.suffix, epci.get("organisation"));
            assertEquals(diagnostic.getString("organization.siren"), epci.get("siren"));
            assertEquals("Établissement public de coopération intercommunale", epci.get("type"));
            assertEquals("54", epci.get("departement"));
            assertEquals("40000", epci.get("population"));
            assertEquals("Autres collectivités et organismes", epci.get("tranche_population"));
            assertEquals("Entretien accompagné", epci.get("mode"));
            assertEquals("Validé", epci.get("statut"));
            assertEquals(Instant.parse(diagnostic.getString("validatedAt")).truncatedTo(ChronoUnit.SECONDS),
                    OffsetDateTime.parse(epci.get("valide_le")).toInstant());
            assertEquals(ZoneId.of("Europe/Paris").getRules().getOffset(Instant.now()),
                    OffsetDateTime.parse(epci.get("cree_le")).getOffset(), "Paris time");
            assertEquals("Communes de moins de 3 500 habitants",
                    table.row("diagnostic", w.full).get("tranche_population"));
        }
    }

    @Test
    void theResultsCsvFollowsTheFiltersAndTheLanguage() throws Exception {
        World w = world();
        assertEquals(List.of(w.full, w.hostile, w.plain, w.submitted, w.epci).stream().sorted().toList(),
                csv(download(admin(), "results.csv", "?status=submitted-or-validated"), false).ids());
        assertEquals(List.of(w.epci), csv(download(admin(), "results.csv", "?type=epci"), false).ids());
        assertEquals(List.of(w.epci), csv(download(admin(), "results.csv", "?mode=interview"), false).ids());
        assertEquals(List.of(w.epci), csv(download(admin(), "results.csv", "?departement=54"), false).ids());
        assertEquals(List.of(w.full, w.hostile, w.plain),
                csv(download(admin(), "results.csv", "?population=moins-de-3500&mode="), false).ids());
        assertEquals(List.of(), csv(download(admin(), "results.csv", "?departement=2A"), false).ids());

        Response english = download(admin(), "results.csv", "?lang=en&type=epci");
        assertTrue(english.header("Content-Disposition").contains("filename=\"results-campagne-exportee"));
        assertEquals("en", english.header("Content-Language"));
        Table table = csv(english, false);
        assertEquals(List.of("diagnostic", "organisation", "siren", "type", "departement", "population",
                "population_band", "mode", "status", "created_at", "submitted_at", "validated_at", "score_overall",
                "level_overall", "score_axis_piloter", "level_axis_piloter", "score_theme_gouvernance"),
                table.header().subList(0, 17));
        Map<String, String> epci = table.row("diagnostic", w.epci);
        assertEquals("Validated", epci.get("status"));
        assertEquals("Facilitated interview", epci.get("mode"));
        assertEquals(levelLabels("en").get(snapshot(w.epci).get("global")[1]), epci.get("level_overall"));
    }

    // ---------------------------------------------------------------------------------------------- answers CSV

    @Test
    void theAnswersCsvGivesEveryStoredAnswerInLongFormatButNoPrivateNote() throws Exception {
        World w = world();
        JsonPath fr = questionnaire("fr");
        for (boolean excel : List.of(false, true)) {
            Response response = download(admin(), "answers.csv", excel ? "?excel=true" : "");
            assertTrue(response.header("Content-Disposition").contains("filename=\"reponses-campagne-exportee-"));
            String text = response.asString();
            assertFalse(text.contains(w.note), "the facilitator's private note never leaves the interview");
            Table table = csv(response, excel);
            assertEquals(List.of("diagnostic", "organisation", "siren", "question", "axe", "theme", "type_question",
                    "valeur", "libelles", "incertain", "sans_objet", "commentaire", "modifie_le"), table.header());

            // one row per stored answer of the validated diagnostics, each diagnostic's in questionnaire order
            int expected = 0;
            for (long id : w.validated()) {
                expected += admin().get(path(id)).then().extract().jsonPath().getList("answers").size();
            }
            assertEquals(expected, table.rows().size());
            assertEquals(Set.copyOf(w.validated()), Set.copyOf(table.ids()));
            List<String> fullQuestions = table.rows().stream()
                    .filter(r -> r.get("diagnostic").equals(Long.toString(w.full))).map(r -> r.get("question"))
                    .toList();
            assertEquals(List.of("referent", "budget", "publie", "nb_jeux", "formats", "schemas", "reutilisations",
                    "attentes"), fullQuestions);

            Map<String, Map<String, String>> full = table.rows().stream()
                    .filter(r -> r.get("diagnostic").equals(Long.toString(w.full)))
                    .collect(Collectors.toMap(r -> r.get("question"), r -> r));
            Map<String, String> referent = full.get("referent");
            assertEquals("Commune exportée A " + w.suffix, referent.get("organisation"));
            assertEquals("piloter", referent.get("axe"));
            assertEquals("gouvernance", referent.get("theme"));
            assertEquals("single-choice", referent.get("type_question"));
            assertEquals("nomme", referent.get("valeur"));
            assertEquals(fr.getString("axes[0].themes[0].questions[0].options.find { it.id == 'nomme' }.label"),
                    referent.get("libelles"));
            assertEquals("false", referent.get("incertain"));
            assertEquals("", referent.get("commentaire"));
            assertNotNull(OffsetDateTime.parse(referent.get("modifie_le")));

            assertEquals("yes", full.get("budget").get("valeur"));
            assertEquals("Oui", full.get("budget").get("libelles"));
            assertEquals("true", full.get("budget").get("incertain"));
            assertEquals("Voté en 2025", full.get("budget").get("commentaire"));
            assertEquals(excel ? "12,5" : "12.5", full.get("nb_jeux").get("valeur"));
            assertEquals("number", full.get("nb_jeux").get("type_question"));
            assertEquals("csv|api", full.get("formats").get("valeur"));
            assertEquals("CSV|API", full.get("formats").get("libelles"));
            assertEquals("", full.get("schemas").get("valeur"));
            assertEquals("true", full.get("schemas").get("sans_objet"));
            assertEquals("Des ateliers, \"concrets\"; merci", full.get("attentes").get("valeur"));
            assertEquals("", full.get("attentes").get("libelles"));

            Map<String, String> scale = table.rows().stream().filter(r -> r.get("diagnostic")
                    .equals(Long.toString(w.plain)) && r.get("question").equals("schemas")).findFirst().orElseThrow();
            assertEquals("1", scale.get("valeur"));
            assertEquals("", scale.get("libelles"), "point 1 of the scale has no label");
        }
        Table english = csv(download(admin(), "answers.csv", "?lang=en&type=epci"), false);
        assertEquals("question_type", english.header().get(6));
        assertEquals(List.of(w.epci), english.ids().stream().distinct().toList());
        assertEquals("PDF", english.row("question", "formats").get("labels"));
        assertEquals("Listed and showcased", english.row("question", "reutilisations").get("labels"));
    }

    // ----------------------------------------------------------------------------------------------------- XLSX

    @Test
    void theWorkbookHasAReadmeAndOneSheetPerLevelOfDetailWithNumericScores() throws Exception {
        World w = world();
        Response response = download(admin(), "results.xlsx", "");
        assertEquals(Downloads.XLSX, response.contentType());
        assertTrue(response.header("Content-Disposition").matches(
                "attachment; filename=\"resultats-campagne-exportee-grand-est-[a-z0-9-]+\\.xlsx\""));
        Map<String, String> levels = levelLabels("fr");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            assertEquals(List.of("lisez-moi", "global", "axes", "thèmes"), sheetNames(workbook));

            String readme = text(workbook.getSheet("lisez-moi"));
            assertTrue(readme.contains(w.campaignName), readme);
            assertTrue(readme.contains("sample-od-maturity, version 1"), readme);
            assertTrue(readme.contains("Statut : Diagnostics validés"), readme);
            assertTrue(readme.contains("Mode : tous"), readme);
            assertTrue(readme.contains("instantané"), "scores come from stored snapshots");
            assertTrue(readme.contains("score_theme_gouvernance"), "every column is described");
            assertTrue(readme.contains(levels.get("structure")), "the levels are listed");
            Sheet readmeSheet = workbook.getSheet("lisez-moi");
            Row count = rowStartingWith(readmeSheet, "Diagnostics");
            assertEquals(4.0, count.getCell(1).getNumericCellValue());

            Sheet overall = workbook.getSheet("global");
            assertFrozenHeader(overall);
            List<String> header = headerOf(overall);
            assertEquals("Diagnostic", header.get(0));
            assertEquals("Organisation", header.get(1));
            assertTrue(header.containsAll(List.of("Score global", "Niveau global", "Validé le")), header.toString());
            assertEquals(w.validated(), ids(overall));
            Sheet axes = workbook.getSheet("axes");
            Sheet themes = workbook.getSheet("thèmes");
            assertFrozenHeader(axes);
            assertFrozenHeader(themes);
            assertEquals(List.of("Diagnostic", "Organisation", "SIREN", "Piloter (score)", "Piloter (niveau)",
                    "Partager (score)"), headerOf(axes).subList(0, 6));
            assertEquals("Gouvernance (score)", headerOf(themes).get(3));
            assertEquals(w.validated(), ids(axes));
            assertEquals(w.validated(), ids(themes));

            for (long id : w.validated()) {
                Map<String, Object[]> snapshot = snapshot(id);
                Row row = rowOf(overall, id);
                checkScore(row, header.indexOf("Score global"), header.indexOf("Niveau global"),
                        snapshot.get("global"), levels);
                Cell validated = row.getCell(header.indexOf("Validé le"));
                assertEquals(CellType.NUMERIC, validated.getCellType());
                assertTrue(DateUtil.isCellDateFormatted(validated), "a date cell");
                List<String> axisHeader = headerOf(axes);
                List<String> themeHeader = headerOf(themes);
                JsonPath q = questionnaire("fr");
                for (String axis : q.<String>getList("axes.id")) {
                    String title = q.getString("axes.find { it.id == '" + axis + "' }.title");
                    checkScore(rowOf(axes, id), axisHeader.indexOf(title + " (score)"),
                            axisHeader.indexOf(title + " (niveau)"), snapshot.get("axe_" + axis), levels);
                }
                for (String theme : q.<String>getList("axes.themes.flatten().id")) {
                    String title = q.getString("axes.themes.flatten().find { it.id == '" + theme + "' }.title");
                    checkScore(rowOf(themes, id), themeHeader.indexOf(title + " (score)"),
                            themeHeader.indexOf(title + " (niveau)"), snapshot.get("theme_" + theme), levels);
                }
            }
        }

        Response english = download(admin(), "results.xlsx", "?lang=en&status=submitted-or-validated");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english.asByteArray()))) {
            assertEquals(List.of("readme", "overall", "axes", "themes"), sheetNames(workbook));
            String readme = text(workbook.getSheet("readme"));
            assertTrue(readme.contains("Status: Submitted or validated diagnostics"), readme);
            assertTrue(readme.contains("snapshot"), readme);
            assertEquals(5, ids(workbook.getSheet("overall")).size());
            assertEquals("Overall score", headerOf(workbook.getSheet("overall")).get(12));
        }
    }

    private static void checkScore(Row row, int scoreColumn, int levelColumn, Object[] expected,
            Map<String, String> levels) {
        assertTrue(scoreColumn > 0 && levelColumn > 0, "columns found");
        Cell score = row.getCell(scoreColumn);
        if (expected[0] == null) {
            assertTrue(score == null || score.getCellType() == CellType.BLANK, "no score, an empty cell");
        } else {
            assertEquals(CellType.NUMERIC, score.getCellType(), "a numeric cell");
            assertEquals(asDouble(expected[0]), score.getNumericCellValue(), 1e-9);
            assertEquals("0.0", score.getCellStyle().getDataFormatString());
        }
        Cell level = row.getCell(levelColumn);
        if (expected[1] == null) {
            assertNull(level);
        } else {
            assertEquals(CellType.STRING, level.getCellType());
            assertEquals(levels.get((String) expected[1]), level.getStringCellValue());
        }
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
        return names;
    }

    private static void assertFrozenHeader(Sheet sheet) {
        assertNotNull(sheet.getPaneInformation(), sheet.getSheetName() + " has a frozen pane");
        assertTrue(sheet.getPaneInformation().isFreezePane());
        assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header row is frozen");
        assertTrue(sheet.getColumnWidth(1) >= 30 * 256, "the organisation's name is readable");
    }

    private static List<String> headerOf(Sheet sheet) {
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
        return header;
    }

    private static List<Long> ids(Sheet sheet) {
        List<Long> ids = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Cell cell = sheet.getRow(r).getCell(0);
            assertEquals(CellType.NUMERIC, cell.getCellType());
            ids.add((long) cell.getNumericCellValue());
        }
        return ids;
    }

    private static Row rowOf(Sheet sheet, long diagnostic) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if ((long) sheet.getRow(r).getCell(0).getNumericCellValue() == diagnostic) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("no row for " + diagnostic + " in " + sheet.getSheetName());
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row " + text + " in " + sheet.getSheetName());
    }

    private static String text(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                all.append(cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                        : cell.toString()).append('\t');
            }
            all.append('\n');
        }
        return all.toString();
    }

    // --------------------------------------------------------------------------------- formulas never evaluated

    @Test
    void textThatASpreadsheetWouldEvaluateIsNeutralisedInEveryExport() throws Exception {
        World w = world();
        for (boolean excel : List.of(false, true)) {
            String query = excel ? "?excel=true" : "";
            Table results = csv(download(admin(), "results.csv", query), excel);
            assertEquals("'" + HOSTILE_NAME, results.row("diagnostic", w.hostile).get("organisation"));

            Table answers = csv(download(admin(), "answers.csv", query), excel);
            Map<String, String> comments = answers.rows().stream()
                    .filter(r -> r.get("diagnostic").equals(Long.toString(w.hostile)))
                    .collect(Collectors.toMap(r -> r.get("question"), r -> r.get("commentaire")));
            assertEquals("'" + MINUS_COMMENT, comments.get("referent"));
            assertEquals("'" + PHONE_COMMENT, comments.get("budget"));
            assertEquals("'" + AT_COMMENT, comments.get("publie"));
            assertTrue(answers.rows().stream().filter(r -> r.get("diagnostic").equals(Long.toString(w.hostile)))
                    .allMatch(r -> r.get("organisation").equals("'" + HOSTILE_NAME)));
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                download(admin(), "results.xlsx", "").asByteArray()))) {
            for (String sheet : List.of("global", "axes", "thèmes")) {
                Cell name = rowOf(workbook.getSheet(sheet), w.hostile).getCell(1);
                assertEquals(CellType.STRING, name.getCellType(), "text, never a formula");
                assertEquals("'" + HOSTILE_NAME, name.getStringCellValue());
            }
        }
    }

    // ------------------------------------------------------------------------------------------- who sees what

    @Test
    void aFacilitatorGetsOnlyTheDiagnosticsAssignedToThem() throws Exception {
        World w = world();
        List<Long> assigned = List.of(w.full, w.hostile);
        assertEquals(assigned, csv(download(as(w.facilitatorEmail), "results.csv", ""), false).ids());
        Table answers = csv(download(as(w.facilitatorEmail), "answers.csv", ""), false);
        assertEquals(assigned, answers.ids().stream().distinct().toList());
        assertFalse(answers.rows().stream().anyMatch(r -> r.get("organisation").startsWith("Commune exportée C")));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                download(as(w.facilitatorEmail), "results.xlsx", "").asByteArray()))) {
            assertEquals(assigned, ids(workbook.getSheet("global")));
            assertEquals(assigned, ids(workbook.getSheet("thèmes")));
            assertTrue(text(workbook.getSheet("lisez-moi")).contains("Les diagnostics qui vous sont confiés"));
        }
        // the assigned draft stays out even with submitted diagnostics included
        assertEquals(assigned, csv(download(as(w.facilitatorEmail), "results.csv",
                "?status=submitted-or-validated"), false).ids());

        // a facilitator with nothing assigned gets the header and nothing else
        Table nothing = csv(download(as(w.idleFacilitatorEmail), "results.csv", ""), false);
        assertEquals("diagnostic", nothing.header().get(0));
        assertEquals(List.of(), nothing.rows());
        assertEquals(List.of(), csv(download(as(w.idleFacilitatorEmail), "answers.csv", ""), false).rows());
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                download(as(w.idleFacilitatorEmail), "results.xlsx", "").asByteArray()))) {
            assertEquals(List.of(), ids(workbook.getSheet("global")));
        }
    }

    @Test
    void badParametersAreProblemsNamingTheParameterAndAnUnknownCampaignIsNotFound() {
        World w = world();
        for (String file : List.of("results.csv", "results.xlsx", "answers.csv")) {
            List<String> queries = new ArrayList<>(List.of("status=all", "mode=phone", "type=ville",
                    "departement=20", "population=big", "lang=de"));
            if (file.endsWith(".csv")) {
                queries.add("excel=yes");
            }
            for (String query : queries) {
                String parameter = query.substring(0, query.indexOf('='));
                admin().get("/api/campaigns/" + w.campaign + "/" + file + "?" + query).then().statusCode(400)
                        .contentType(startsWith("application/problem+json"))
                        .body("errors.field", hasItem(equalTo(parameter)));
            }
            admin().get("/api/campaigns/999999999/" + file).then().statusCode(404)
                    .contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("urn:od-maturity:problem:not-found"));
            // the results API next to them is not shadowed
            admin().get("/api/campaigns/" + w.campaign + "/results").then().statusCode(200);
        }
    }

    @Test
    void theExportsAreDescribedInTheOpenApiDocument() {
        JsonPath openApi = io.restassured.RestAssured.given().accept("application/json").get("/q/openapi").then()
                .statusCode(200).extract().jsonPath();
        Map<String, String> mediaTypes = Map.of("results.csv", Csv.MEDIA_TYPE, "answers.csv", Csv.MEDIA_TYPE,
                "results.xlsx", Downloads.XLSX);
        for (Map.Entry<String, String> export : mediaTypes.entrySet()) {
            Map<String, Object> get = openApi.getMap("paths.'/api/campaigns/{id}/" + export.getKey() + "'.get");
            assertNotNull(get, export.getKey());
            assertEquals(List.of("Comparisons"), get.get("tags"));
            assertTrue(openApi.getMap("paths.'/api/campaigns/{id}/" + export.getKey() + "'.get.responses.'200'"
                    + ".content").containsKey(export.getValue()), export.getKey() + " answers " + export.getValue());
            List<String> parameters = openApi.getList("paths.'/api/campaigns/{id}/" + export.getKey()
                    + "'.get.parameters.name");
            assertTrue(parameters.containsAll(List.of("status", "mode", "type", "departement", "population", "lang")),
                    parameters.toString());
            assertEquals(export.getKey().endsWith(".csv"), parameters.contains("excel"), parameters.toString());
        }
    }

    @Test
    void theWorkbookLeavesNoTemporaryFileBehind() throws Exception {
        world();
        download(admin(), "results.xlsx", "");
        long before = sxssfFiles();
        for (int i = 0; i < 3; i++) {
            download(admin(), "results.xlsx", "?lang=en");
        }
        assertEquals(before, sxssfFiles(), "the streaming workbook's temporary sheets are deleted");
    }

    private static long sxssfFiles() throws Exception {
        Path dir = TempFile.createTempFile("odm-probe", ".tmp").toPath();
        Path parent = dir.getParent();
        Files.deleteIfExists(dir);
        try (Stream<Path> files = Files.list(parent)) {
            return files.filter(p -> p.getFileName().toString().startsWith("poi-sxssf")).count();
        }
    }
}
