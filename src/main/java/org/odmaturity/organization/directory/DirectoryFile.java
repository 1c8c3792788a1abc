package org.odmaturity.organization.directory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.odmaturity.error.InvalidInputException;

/**
 * Reads a directory file (a CSV of organisations) into lines of cells, without judging the cells (that is
 * {@link LineCheck}'s job). What makes the whole file unreadable is a 422 problem ({@link InvalidInputException});
 * what is wrong with one line is that line's {@link Refusal}.
 *
 * <ul>
 * <li>Encoding: the one asked for, else UTF-8 (with or without a byte-order mark) if the bytes are valid UTF-8, else
 * Windows-1252 (what a spreadsheet saves as "CSV" on a French Windows). UTF-16 and files with NUL bytes are refused.</li>
 * <li>Delimiter: the one asked for, else the one among {@code ;}, {@code ,} and tab that the header line holds most
 * often.</li>
 * <li>Header: the first line; each name must be a known {@link Column} (case, accents and spaces ignored), each column
 * at most once, the required ones present.</li>
 * <li>Line numbers are the file's physical lines (the header is line 1), so that a spreadsheet user finds them.</li>
 * </ul>
 */
public final class DirectoryFile {

    /** A longer line is refused (a directory line is a few hundred characters). */
    public static final int MAX_LINE_CHARS = 10_000;
    /** A file with more lines is refused as a whole. */
    public static final int MAX_LINES = 20_000;

    /** The file name shown in the reports, cut to the column's size. */
    public static final int MAX_FILE_NAME = 255;

    /** One line of the file: its number, its cells by column (absent columns absent), or why it is refused. */
    public record Line(int number, Map<Column, String> cells, Refusal refusal, String detail) {

        static Line refused(int number, Refusal refusal, String detail) {
            return new Line(number, Map.of(), refusal, detail);
        }

        public boolean refused() {
            return refusal != null;
        }
    }

    /** The file read: how it was decoded, the columns in header order, its data lines. */
    public record Parsed(Charset encoding, char delimiter, List<Column> columns, List<Line> lines) {
    }

    /**
     * Why a file cannot be read as a whole (the pages word each code): {@code EMPTY}, {@code NO_HEADER},
     * {@code UTF16}, {@code NUL_BYTES}, {@code BAD_BYTES}, {@code UNKNOWN_ENCODING}, {@code UNKNOWN_DELIMITER},
     * {@code TOO_MANY_LINES}, {@code UNKNOWN_COLUMN}, {@code REPEATED_COLUMN}, {@code MISSING_COLUMN}.
     */
    public enum FileError {
        EMPTY, NO_HEADER, UTF16, NUL_BYTES, BAD_BYTES, UNKNOWN_ENCODING, UNKNOWN_DELIMITER, TOO_MANY_LINES,
        UNKNOWN_COLUMN, REPEATED_COLUMN, MISSING_COLUMN
    }

    /**
     * One problem of the file as a whole (an entry of the 422's {@code errors}): where ({@code file},
     * {@code encoding}, {@code delimiter}, {@code header[n]}), its code, the value at fault (a column name) or null.
     */
    public record FileProblem(String field, FileError code, String value, String message) {
    }

    private DirectoryFile() {
    }

    /**
     * @param encoding  the encoding to use, or null to detect it
     * @param delimiter the delimiter to use, or null to detect it
     */
    public static Parsed parse(byte[] bytes, Charset encoding, Character delimiter) {
        if (bytes.length == 0) {
            throw unreadable("file", FileError.EMPTY, "The file is empty: it needs a header line (" + Column.documented() + ").");
        }
        Charset charset = encoding != null ? encoding : detect(bytes);
        String text = decode(bytes, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String headerLine = firstLine(text);
        char separator = delimiter != null ? delimiter : detectDelimiter(headerLine);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true)
                .setTrim(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw unreadable("file", FileError.NO_HEADER, "The file has no header line.");
            }
            List<Column> columns = header(records.next());
            List<Line> lines = new ArrayList<>();
            LineCounter counter = new LineCounter(text);
            int nextLine = 2;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    lines.add(Line.refused(nextLine, Refusal.MALFORMED_CSV, "The CSV is broken from "
                            + "this line on (a quoted cell that never ends?): the rest of the file was not read."));
                    break;
                }
                int number = counter.lineAt(record.getCharacterPosition());
                nextLine = number + 1;
                if (lines.size() >= MAX_LINES) {
                    throw unreadable("file", FileError.TOO_MANY_LINES, "The file has more than " + MAX_LINES + " lines; split it.");
                }
                lines.add(line(number, record, columns));
            }
            return new Parsed(charset, separator, columns, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the line ends of the text up to a position, moving forward only (each character is read once). */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        /** The physical line (from 1) of the character at {@code target}. */
        int lineAt(long target) {
            int end = (int) Math.min(target, text.length());
            while (position < end) {
                step();
            }
            // the parser gives the position where it started looking, before the blank lines it skipped: a record
            // never starts with a line end, so these belong before it
            while (position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
                step();
            }
            return line;
        }

        private void step() {
            char c = text.charAt(position);
            if (c == '\n' || c == '\r' && (position + 1 >= text.length() || text.charAt(position + 1) != '\n')) {
                line++;
            }
            position++;
        }
    }

    private static Line line(int number, CSVRecord record, List<Column> columns) {
        long length = 0;
        for (String value : record) {
            length += value.length() + 1;
        }
        if (length > MAX_LINE_CHARS) {
            return Line.refused(number, Refusal.LINE_TOO_LONG, "The line is " + length + " characters long; at most "
                    + MAX_LINE_CHARS + " are read.");
        }
        if (record.size() != columns.size()) {
            return Line.refused(number, Refusal.WRONG_CELL_COUNT, "The line has " + record.size() + " cells; the "
                    + "header has " + columns.size() + ".");
        }
        Map<Column, String> cells = new EnumMap<>(Column.class);
        for (int i = 0; i < columns.size(); i++) {
            cells.put(columns.get(i), record.get(i));
        }
        return new Line(number, cells, null, null);
    }

    private static List<Column> header(CSVRecord record) {
        List<Column> columns = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i);
            Optional<Column> column = Column.ofHeader(name);
            String shown = name.length() > 60 ? name.substring(0, 60) + "…" : name;
            if (column.isEmpty()) {
                problems.add(new FileProblem("header[" + (i + 1) + "]", FileError.UNKNOWN_COLUMN, shown, "Unknown column \"" + shown
                        + "\"; the columns are: " + Column.documented() + "."));
            } else if (columns.contains(column.get())) {
                problems.add(new FileProblem("header[" + (i + 1) + "]", FileError.REPEATED_COLUMN, shown, "Column \"" + shown + "\" repeats column "
                        + column.get().apiName() + "."));
            } else {
                columns.add(column.get());
            }
        }
        for (Column required : Column.values()) {
            if (required.required() && !columns.contains(required)) {
                problems.add(new FileProblem("header", FileError.MISSING_COLUMN, required.apiName(), "Required column " + required.apiName() + " is missing."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid-directory-header", "Invalid header line",
                    "The header line of the file (line 1) is not the documented one: " + Column.documented() + ".",
                    problems);
        }
        return columns;
    }

    /** Detection: a UTF-16 byte-order mark or a NUL byte is refused; valid UTF-8 is UTF-8; anything else 1252. */
    static Charset detect(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw unreadable("encoding", FileError.UTF16, "The file is in UTF-16; save it as CSV in UTF-8 (or Windows-1252).");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw unreadable("encoding", FileError.NUL_BYTES, "The file holds NUL bytes: it is not a text file in UTF-8 or "
                        + "Windows-1252 (a spreadsheet file, UTF-16?). Save it as CSV.");
            }
        }
        try {
            strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The encodings a client may ask for: {@code utf-8} or {@code windows-1252} (or {@code cp1252}). */
    public static Charset encoding(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "windows-1252", "cp1252", "windows1252" -> WINDOWS_1252;
            default -> throw unreadable("encoding", FileError.UNKNOWN_ENCODING, "encoding must be utf-8 or windows-1252.");
        };
    }

    /** The delimiters a client may ask for: {@code ,}, {@code ;} or {@code tab}. */
    public static Character delimiter(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        return switch (name) {
            case "," -> ',';
            case ";" -> ';';
            case "tab", "\t" -> '\t';
            default -> throw unreadable("delimiter", FileError.UNKNOWN_DELIMITER, "delimiter must be \",\", \";\" or \"tab\".");
        };
    }

    private static String decode(byte[] bytes, Charset charset) {
        try {
            return strict(charset).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw unreadable("encoding", FileError.BAD_BYTES, "The file is not valid " + charset.name() + " text (byte "
                    + "sequence not allowed); save it as CSV in UTF-8 or Windows-1252.");
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String firstLine(String text) {
        int end = 0;
        while (end < text.length() && end < MAX_LINE_CHARS && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(0, end);
    }

    private static char detectDelimiter(String header) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        for (char c : header.toCharArray()) {
            if (c == ';') {
                semicolons++;
            } else if (c == ',') {
                commas++;
            } else if (c == '\t') {
                tabs++;
            }
        }
        if (semicolons >= commas && semicolons >= tabs && semicolons > 0) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static InvalidInputException unreadable(String field, FileError code, String message) {
        return new InvalidInputException("unreadable-directory-file", "Unreadable directory file", message,
                List.of(new FileProblem(field, code, null, message)));
    }
}
