package org.odmaturity.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.odmaturity.comparison.Needs;
import org.odmaturity.comparison.Results;
import org.odmaturity.comparison.Results.Count;
import org.odmaturity.comparison.Results.DepartementFigure;
import org.odmaturity.comparison.Results.Distribution;
import org.odmaturity.comparison.Results.LevelCount;
import org.odmaturity.comparison.Results.LevelRef;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The package written from hand-made public figures: what the anonymity rule hides becomes empty cells or missing rows
 * as the descriptions say, every CSV is valid against its Table Schema, and the test validator itself catches each
 * kind of broken file (so that a passing validation means something).
 */
class DataPackageBuilderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Results.CampaignRef CAMPAIGN = new Results.CampaignRef(7, "Diagnostic 2026", 2026, "closed",
            "sample-od-maturity", 1);
    private static final Results.AnonymityNote PUBLIC = new Results.AnonymityNote(true, 5);
    private static final List<LevelRef> LEVELS = List.of(new LevelRef("debutant", "Débutant", 0),
            new LevelRef("initie", "Initié", 20), new LevelRef("structure", "Structuré", 40));

    private static List<LevelCount> levels(int... counts) {
        List<LevelCount> list = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            list.add(new LevelCount(LEVELS.get(i).id(), counts[i]));
        }
        return list;
    }

    /** Six communes of the Bas-Rhin validated; a theme scored by two only; the Haut-Rhin's mean hidden. */
    static Results results() {
        Results.Participation participation = new Results.Participation(11, 11, 11, 11,
                List.of(new Count("draft", "En cours de saisie", 0), new Count("submitted", "Soumis", 0),
                        new Count("validated", "Validé", 11)),
                List.of(new Count("self-assessment", "Auto-évaluation", 11), new Count("interview", "Entretien", 0)),
                List.of(new Count("commune", "Commune", 11), new Count("epci", "EPCI", 0)),
                List.of(new Count("moins-de-3500", "Communes de moins de 3 500 habitants", 11)),
                List.of(new Count("67", "67", 6), new Count("68", "68", 5)));
        List<Distribution> distributions = List.of(
                new Distribution("overall", "overall", null, "Score global", 11, true, 42.5, 10.0, 30.0, 45.0, 55.5,
                        80.0, levels(2, 4, 5)),
                new Distribution("piloter", "axis", "piloter", "Piloter", 11, true, 50.0, 0.0, 25.0, 50.0, 75.0, 100.0,
                        levels(3, 3, 5)),
                new Distribution("gouvernance", "theme", "piloter", "Gouvernance", 11, true, 50.0, 0.0, 25.0, 50.0,
                        75.0, 100.0, levels(3, 3, 5)),
                new Distribution("budget", "theme", "piloter", "Budget, \"moyens\"", null, false, null, null, null,
                        null, null, null, List.of()));
        return new Results(CAMPAIGN, Map.of(), PUBLIC, participation, LEVELS, distributions,
                List.of(new DepartementFigure("67", 6, 6, true, 47.3), new DepartementFigure("68", 5, 5, true, 36.9),
                        new DepartementFigure("2A", 5, 0, false, null)));
    }

    static Needs needs(Integer diagnostics) {
        List<Needs.Action> actions = diagnostics == null ? List.of() : List.of(
                new Needs.Action("referent", "option:personne", "piloter", "Piloter", "gouvernance", "Gouvernance",
                        "Désigner un référent données", "low", "Faible", "short", "Court terme", 6, 54.5),
                new Needs.Action("budget", "question", "piloter", "Piloter", "gouvernance", "Gouvernance",
                        "=HYPERLINK(\"x\") un texte qui commence comme une formule", "medium", "Moyen", "long",
                        "Long terme", 2, 18.2));
        return new Needs(CAMPAIGN, Map.of(), PUBLIC, diagnostics, actions, List.of());
    }

    static DataPackageBuilder.Publication publication() {
        return new DataPackageBuilder.Publication("diagnostic-2026", "Diagnostic 2026", 2026,
                LocalDate.of(2026, 3, 1), null, "sample-od-maturity", 1, "Exemple", Instant.parse(
                        "2026-12-01T10:15:30.123Z"), 2, new DataPackageBuilder.Producer("DataGrandEst",
                                "https://www.datagrandest.fr", null), 5);
    }

    private static Map<String, byte[]> files(DataPackageBuilder.Content content) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        content.resources().forEach(r -> files.put(r.fileName(), r.csv().getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    private static List<String> lines(DataPackageBuilder.Content content, String resource) {
        return List.of(content.resource(resource).csv().split("\r\n"));
    }

    @Test
    void everyResourceIsValidAgainstItsSchema() throws Exception {
        DataPackageBuilder.Content content = DataPackageBuilder.build(publication(), results(), needs(11));
        JsonNode descriptor = JSON.readTree(content.datapackage());
        assertEquals(List.of(), TableSchemaValidator.validate(descriptor, files(content)));
        assertEquals(DataPackageBuilder.RESOURCES, content.resources().stream()
                .map(DataPackageBuilder.Resource::name).toList());
    }

    @Test
    void theDescriptorSaysLicenceProducerDatesAndMethod() throws Exception {
        JsonNode d = JSON.readTree(DataPackageBuilder.build(publication(), results(), needs(11)).datapackage());
        assertEquals("diagnostic-2026", d.path("name").asText());
        assertEquals("1.1.0", d.path("version").asText(), "second publication");
        assertEquals("2026-12-01T10:15:30Z", d.path("created").asText());
        assertEquals("2026-03-01", d.path("temporal").path("start").asText());
        assertEquals("2026-12-31", d.path("temporal").path("end").asText(), "no closing date: the year's end");
        assertEquals("etalab-2.0", d.path("licenses").path(0).path("name").asText());
        assertEquals("https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
                d.path("licenses").path(0).path("path").asText());
        assertEquals("Licence Ouverte / Open Licence version 2.0", d.path("licenses").path(0).path("title").asText());
        assertEquals("DataGrandEst", d.path("contributors").path(0).path("title").asText());
        assertEquals("publisher", d.path("contributors").path(0).path("role").asText());
        assertTrue(d.path("description").asText().contains("au moins 5 diagnostics"), d.path("description").asText());
        assertTrue(d.path("description").asText().contains("Initié à partir de 20"));
        JsonNode distributions = d.path("resources").path(1);
        assertEquals("distributions.csv", distributions.path("path").asText());
        assertEquals("text/csv", distributions.path("mediatype").asText());
        assertEquals(",", distributions.path("dialect").path("delimiter").asText());
        JsonNode mean = distributions.path("schema").path("fields").path(5);
        assertEquals("moyenne", mean.path("name").asText());
        assertEquals("number", mean.path("type").asText());
        assertEquals(0, mean.path("constraints").path("minimum").asInt());
        assertEquals(100, mean.path("constraints").path("maximum").asInt());
        assertEquals(List.of(""), JSON.convertValue(distributions.path("schema").path("missingValues"), List.class));
    }

    @Test
    void hiddenFiguresAreEmptyCellsOrMissingRowsAsDescribed() {
        DataPackageBuilder.Content content = DataPackageBuilder.build(publication(), results(), needs(11));
        // a hidden node: a row whose figures are empty cells (the title is quoted: it holds quotes and a comma)
        assertTrue(lines(content, "distributions").contains("theme,budget,piloter,\"Budget, \"\"moyens\"\"\",,,,,,,"),
                content.resource("distributions").csv());
        // … and no level counts
        assertFalse(content.resource("niveaux").csv().contains("budget"));
        assertEquals(1 + 3 * 3, lines(content, "niveaux").size());
        // a département with nobody scored: its mean is an empty cell
        assertTrue(lines(content, "departements").contains("2A,Corse-du-Sud,5,0,"), content.resource("departements")
                .csv());
        // categories without a counted diagnostic have no row
        String participation = content.resource("participation").csv();
        assertFalse(participation.contains("epci"), participation);
        assertFalse(participation.contains("draft"), participation);
        assertTrue(participation.contains("type_organisme,commune,Commune,11\r\n"), participation);
        assertTrue(participation.contains("departement,67,Bas-Rhin,6\r\n"), participation);
    }

    @Test
    void supportNeedsAreLeftOutWhenTooFewDiagnosticsAreCounted() {
        DataPackageBuilder.Content hidden = DataPackageBuilder.build(publication(), results(), needs(null));
        assertEquals(1, lines(hidden, "besoins").size(), "the header only");
        assertEquals(0, hidden.resource("besoins").rows());
        DataPackageBuilder.Content shown = DataPackageBuilder.build(publication(), results(), needs(11));
        assertEquals(2, shown.resource("besoins").rows());
        // text that a spreadsheet would evaluate is neutralised by the CSV writer
        assertTrue(shown.resource("besoins").csv().contains("'=HYPERLINK"), shown.resource("besoins").csv());
    }

    @Test
    void onlyPublicFiguresArePublished() {
        Results admin = new Results(CAMPAIGN, Map.of(), new Results.AnonymityNote(false, 5),
                results().participation(), LEVELS, results().distributions(), results().departements());
        assertThrows(IllegalArgumentException.class, () -> DataPackageBuilder.build(publication(), admin, needs(11)));
    }

    // ---------------------------------------------------------------------------- the validator catches breakage

    private static List<String> broken(String resource, UnaryOperator<String> change) throws Exception {
        DataPackageBuilder.Content content = DataPackageBuilder.build(publication(), results(), needs(11));
        ObjectNode descriptor = (ObjectNode) JSON.readTree(content.datapackage());
        for (JsonNode r : descriptor.path("resources")) {
            ((ObjectNode) r).remove("bytes");
            ((ObjectNode) r).remove("hash");
        }
        Map<String, byte[]> files = files(content);
        String name = resource + ".csv";
        files.put(name, change.apply(new String(files.get(name), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
        return TableSchemaValidator.validate(descriptor, files);
    }

    private static void assertReported(List<String> problems, String expected) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), "expected '" + expected + "' in " + problems);
    }

    @Test
    void theValidatorReportsEveryKindOfBrokenFile() throws Exception {
        assertEquals(List.of(), broken("distributions", s -> s));
        assertReported(broken("distributions", s -> s.replace("type_noeud,noeud", "noeud,type_noeud")),
                "is not the fields");
        assertReported(broken("departements", s -> s.replace("67,Bas-Rhin,6,6", "67,Bas-Rhin,six,6")),
                "'six' is not an integer");
        assertReported(broken("departements", s -> s.replace("47.3", "quarante")), "is not a number");
        assertReported(broken("departements", s -> s.replace("47.3", "101")), "above the maximum");
        assertReported(broken("departements", s -> s.replace("67,Bas-Rhin,6,6", "67,Bas-Rhin,-6,6")),
                "below the minimum");
        assertReported(broken("departements", s -> s.replace("68,Haut-Rhin", "6Z,Haut-Rhin")), "does not match");
        assertReported(broken("besoins", s -> s.replace(",low,", ",trivial,")), "is not one of");
        assertReported(broken("participation", s -> s.replace("ensemble,invites,", "ensemble,,")),
                "required, but missing");
        assertReported(broken("distributions", s -> s + "ensemble,overall,,Encore,1,,,,,,\r\n"), "not unique");
        assertReported(broken("niveaux", s -> s + "theme,inconnu,debutant,Débutant,0,1\r\n"),
                "is not in distributions");
        assertReported(broken("niveaux", s -> s.replace("\r\n", "\n")), "does not end with CR LF");
        assertReported(broken("niveaux", s -> s + "theme,gouvernance\r\n"), "2 cells for 6 fields");
        assertReported(broken("besoins", s -> s.replace("1,referent", "2,referent")), "is not unique");
    }

    @Test
    void theValidatorChecksSizeAndHash() throws Exception {
        DataPackageBuilder.Content content = DataPackageBuilder.build(publication(), results(), needs(11));
        JsonNode descriptor = JSON.readTree(content.datapackage());
        Map<String, byte[]> files = files(content);
        files.put("niveaux.csv", (content.resource("niveaux").csv() + "\r\n").getBytes(StandardCharsets.UTF_8));
        List<String> problems = TableSchemaValidator.validate(descriptor, files);
        assertReported(problems, "niveaux: bytes says");
        assertReported(problems, "niveaux: hash");
    }
}
