package org.odmaturity.comparison.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every CSV and spreadsheet the application writes goes through {@link Csv}, whose one rule neutralises text a
 * spreadsheet would evaluate ({@code =cmd|' /C calc'!A0}): no other class builds a CSV printer, and no workbook cell
 * is ever written as a formula. (The exports themselves are checked with such a name in ExportsApiTest,
 * DataPackageBuilderTest and DirectoryImportApiTest.)
 */
class OneCsvRuleTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path THE_WRITER = Path.of("src/main/java/org/odmaturity/comparison/export/Csv.java");

    private static List<Path> sourcesContaining(String text) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return Files.readString(p).contains(text);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void onlyCsvBuildsACsvPrinter() throws IOException {
        assertEquals(List.of(THE_WRITER), sourcesContaining("CSVPrinter"));
    }

    @Test
    void noWorkbookCellIsAFormula() throws IOException {
        assertEquals(List.of(), sourcesContaining("setCellFormula"));
        assertEquals(List.of(), sourcesContaining("CellType.FORMULA"));
    }

    @Test
    void theRuleNeutralisesEveryLeadingCharacterOfAFormula() {
        for (String formula : List.of("=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1")) {
            assertEquals("'" + formula, Csv.neutralise(formula));
        }
        assertEquals("Nancy", Csv.neutralise("Nancy"));
        assertTrue(Csv.neutralise("").isEmpty());
    }
}
