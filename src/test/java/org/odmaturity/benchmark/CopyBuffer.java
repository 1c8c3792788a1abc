package org.odmaturity.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

import org.postgresql.copy.CopyManager;

/**
 * Rows of one table in PostgreSQL's COPY text format, sent in one {@code COPY … FROM STDIN} when flushed: the fast way
 * to load hundreds of thousands of rows (benchmark data only).
 */
final class CopyBuffer {

    private final String sql;
    private final int columns;
    private final StringBuilder text = new StringBuilder(1 << 16);
    private long rows;
    private long total;

    CopyBuffer(String table, String... columns) {
        this.sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        this.columns = columns.length;
    }

    /** Appends a row: null, String, Number, Boolean, Instant or LocalDate values, one per column. */
    void row(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(sql + ": " + values.length + " values for " + columns + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            append(values[i]);
        }
        text.append('\n');
        rows++;
    }

    private void append(Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
        } else if (value instanceof Number || value instanceof Instant || value instanceof LocalDate) {
            text.append(value);
        } else {
            String s = value.toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }
    }

    /** Sends the buffered rows (if any) and empties the buffer. */
    void flush(CopyManager copy) throws SQLException, IOException {
        if (rows == 0) {
            return;
        }
        copy.copyIn(sql, new StringReader(text.toString()));
        total += rows;
        rows = 0;
        text.setLength(0);
    }

    /** Rows sent so far. */
    long total() {
        return total;
    }
}
