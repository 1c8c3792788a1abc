package org.odmaturity.comparison.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The one CSV writer of the comparisons: both dialects read back, formulas neutralised, numbers left as numbers. */
class CsvTest {

    private static String write(Csv.Dialect dialect, Object... cells) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Csv csv = Csv.to(out, dialect)) {
            csv.row("a", "b", "c", "d", "e", "f", "g").row(cells);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> read(String text, char separator) throws Exception {
        return CSVFormat.RFC4180.builder().setDelimiter(separator).get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void standardCsvHasNoByteOrderMarkCommasAndDecimalPoints() throws Exception {
        String text = write(Csv.Dialect.STANDARD, "Saint-Dié, \"la ville\"", 12.5, -3.0, 7, null, true, "x\ny");
        assertEquals('a', text.charAt(0));
        List<CSVRecord> records = read(text, ',');
        assertEquals(List.of("Saint-Dié, \"la ville\"", "12.5", "-3", "7", "", "true", "x\ny"),
                records.get(1).toList());
        assertEquals(true, text.contains("\r\n"));
    }

    @Test
    void excelCsvHasAByteOrderMarkSemicolonsAndDecimalCommas() throws Exception {
        String text = write(Csv.Dialect.EXCEL, "Épinal", 12.5, -3.25, 7, null, false, "ok");
        assertEquals('\uFEFF', text.charAt(0));
        List<CSVRecord> records = read(text.substring(1), ';');
        assertEquals(List.of("Épinal", "12,5", "-3,25", "7", "", "false", "ok"), records.get(1).toList());
    }

    @Test
    void textThatASpreadsheetWouldEvaluateIsNeutralisedButNumbersAreNot() throws Exception {
        String text = write(Csv.Dialect.STANDARD, "=cmd|' /C calc'!A0", "+33 1", "-2+3", "@SUM(A1)", "\t=1", -1.5,
                "a=b");
        assertEquals(List.of("'=cmd|' /C calc'!A0", "'+33 1", "'-2+3", "'@SUM(A1)", "'\t=1", "-1.5", "a=b"),
                read(text, ',').get(1).toList());
    }
}
