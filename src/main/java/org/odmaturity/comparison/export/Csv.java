package org.odmaturity.comparison.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * How every CSV of the regional comparisons is written (dashboard downloads, API exports, open data): UTF-8, a header
 * row, CRLF line ends (RFC 4180), fields quoted when needed, and text cells that a spreadsheet would read as a
 * formula neutralised.
 *
 * <p>Two dialects: {@link Dialect#STANDARD} ({@code ,} separator, {@code .} decimal point, no byte-order mark: for
 * programs and open data) and {@link Dialect#EXCEL} (a UTF-8 byte-order mark, {@code ;} separator and {@code ,}
 * decimal comma: what French spreadsheet software opens correctly with a double click).
 *
 * <p>Formula injection: a text cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return gets a leading apostrophe, so that no spreadsheet evaluates it (OWASP "CSV injection"). Numbers are written as
 * numbers (a negative change stays {@code -3.5}); only text is neutralised. Write numbers as {@link Number}, never as
 * preformatted strings.
 */
public final class Csv implements AutoCloseable {

    /** The media type of the answers. */
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    public enum Dialect {
        STANDARD(',', '.', false), EXCEL(';', ',', true);

        private final char separator;
        private final char decimal;
        private final boolean bom;

        Dialect(char separator, char decimal, boolean bom) {
            this.separator = separator;
            this.decimal = decimal;
            this.bom = bom;
        }

        /** {@link #EXCEL} when asked for ({@code ?excel=true}), else {@link #STANDARD}. */
        public static Dialect of(boolean excel) {
            return excel ? EXCEL : STANDARD;
        }

        public char separator() {
            return separator;
        }
    }

    private final CSVPrinter printer;
    private final Dialect dialect;

    private Csv(Writer writer, Dialect dialect) throws IOException {
        this.dialect = dialect;
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setDelimiter(dialect.separator)
                .setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\r\n").get());
    }

    /**
     * A CSV written to a stream (UTF-8, with the byte-order mark of the Excel dialect). Closing it flushes and closes
     * the stream.
     */
    public static Csv to(OutputStream out, Dialect dialect) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (dialect.bom) {
                writer.write('\uFEFF');
            }
            return new Csv(writer, dialect);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV written to a writer (no byte-order mark: the caller owns the encoding). */
    public static Csv to(Writer writer, Dialect dialect) {
        try {
            return new Csv(writer, dialect);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record: text is neutralised, numbers written in the dialect's decimal notation, null as an empty cell. */
    public Csv row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    public Csv row(List<?> cells) {
        try {
            for (Object cell : cells) {
                printer.print(cell(cell));
            }
            printer.println();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number(number);
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        return neutralise(value.toString());
    }

    private String number(Number number) {
        String text;
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return "";
            }
            text = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        } else if (number instanceof BigDecimal big) {
            text = big.stripTrailingZeros().toPlainString();
        } else {
            text = number.toString();
        }
        return dialect.decimal == '.' ? text : text.replace('.', dialect.decimal);
    }

    /**
     * A text cell a spreadsheet will not evaluate: a leading apostrophe before {@code = + - @}, a tab or a carriage
     * return. Other text is unchanged.
     */
    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
