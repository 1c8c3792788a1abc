package org.odmaturity.opendata;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A small Frictionless validator for the tests, written from the specifications (Data Package v1, Tabular Data
 * Resource, CSV Dialect, Table Schema v1): it checks a package descriptor, then each CSV resource against its schema —
 * encoding, size and hash, dialect, header = fields in order, every cell's type, {@code required}, {@code unique},
 * {@code minimum}/{@code maximum}, {@code enum}, {@code pattern}, the primary key (present and unique) and the
 * foreign keys. Supports the types the packages use (string, integer, number, boolean, date, datetime) and reports any
 * other as a problem. Returns every problem found, as sentences; an empty list means valid.
 */
final class TableSchemaValidator {

    private static final Pattern NAME = Pattern.compile("[a-z0-9._-]+");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final Set<String> TYPES = Set.of("string", "integer", "number", "boolean", "date", "datetime");
    private static final Set<String> TRUE = Set.of("true", "True", "TRUE", "1");
    private static final Set<String> FALSE = Set.of("false", "False", "FALSE", "0");

    private final List<String> problems = new ArrayList<>();
    /** Each resource's rows as read (column name → cell), for the foreign keys. */
    private final Map<String, List<Map<String, String>>> tables = new HashMap<>();

    /**
     * Validates a whole package: the descriptor and every resource, whose bytes {@code files} gives by path.
     *
     * @return every problem, empty when the package is valid
     */
    static List<String> validate(JsonNode descriptor, Map<String, byte[]> files) {
        TableSchemaValidator v = new TableSchemaValidator();
        v.descriptor(descriptor);
        for (JsonNode resource : descriptor.path("resources")) {
            String path = resource.path("path").asText();
            byte[] bytes = files.get(path);
            if (bytes == null) {
                v.problems.add(path + ": no such file");
                continue;
            }
            v.resource(resource, bytes);
        }
        for (JsonNode resource : descriptor.path("resources")) {
            v.foreignKeys(resource);
        }
        return v.problems;
    }

    /** Validates one resource's bytes against its descriptor (no foreign keys). */
    static List<String> validateResource(JsonNode resource, byte[] bytes) {
        TableSchemaValidator v = new TableSchemaValidator();
        v.resource(resource, bytes);
        return v.problems;
    }

    // ------------------------------------------------------------------------------------------------ descriptor

    private void descriptor(JsonNode d) {
        require(d.path("name").isTextual() && NAME.matcher(d.path("name").asText()).matches(),
                "package: name must be lower-case letters, digits, '.', '-', '_'");
        require(d.path("resources").isArray() && d.path("resources").size() > 0, "package: no resources");
        require(d.path("licenses").isArray() && d.path("licenses").size() > 0, "package: no licenses");
        for (JsonNode license : d.path("licenses")) {
            require(license.hasNonNull("name") || license.hasNonNull("path"), "license: needs a name or a path");
        }
        if (d.has("created")) {
            try {
                OffsetDateTime.parse(d.path("created").asText());
            } catch (DateTimeParseException e) {
                problems.add("package: created is not an RFC 3339 date-time: " + d.path("created").asText());
            }
        }
        Set<String> names = new HashSet<>();
        for (JsonNode r : d.path("resources")) {
            String name = r.path("name").asText();
            require(NAME.matcher(name).matches(), "resource " + name + ": bad name");
            require(names.add(name), "resource " + name + ": name used twice");
            String path = r.path("path").asText();
            require(!path.isEmpty() && !path.startsWith("/") && !path.contains("..") && !path.contains(":")
                    && !path.contains("\\"), "resource " + name + ": path must be relative and plain: " + path);
            schema(name, r.path("schema"));
        }
    }

    private void schema(String resource, JsonNode schema) {
        if (!schema.path("fields").isArray() || schema.path("fields").isEmpty()) {
            problems.add(resource + ": schema has no fields");
            return;
        }
        Set<String> fields = new HashSet<>();
        for (JsonNode f : schema.path("fields")) {
            String name = f.path("name").asText();
            require(!name.isEmpty(), resource + ": a field has no name");
            require(fields.add(name), resource + ": field " + name + " twice");
            require(TYPES.contains(f.path("type").asText("string")),
                    resource + "." + name + ": unsupported type " + f.path("type").asText());
        }
        for (JsonNode key : list(schema.path("primaryKey"))) {
            require(fields.contains(key.asText()), resource + ": primary key field " + key.asText() + " unknown");
        }
        for (JsonNode fk : schema.path("foreignKeys")) {
            for (JsonNode key : list(fk.path("fields"))) {
                require(fields.contains(key.asText()), resource + ": foreign key field " + key.asText() + " unknown");
            }
            require(list(fk.path("fields")).size() == list(fk.path("reference").path("fields")).size(),
                    resource + ": foreign key fields and reference fields differ in number");
        }
    }

    /** A string or an array of strings, as a list. */
    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        if (node.isTextual()) {
            list.add(node);
        } else if (node.isArray()) {
            node.forEach(list::add);
        }
        return list;
    }

    // -------------------------------------------------------------------------------------------------- resource

    private void resource(JsonNode r, byte[] bytes) {
        String name = r.path("name").asText();
        require("csv".equals(r.path("format").asText()), name + ": format is not csv");
        String encoding = r.path("encoding").asText("utf-8");
        require("utf-8".equalsIgnoreCase(encoding), name + ": encoding " + encoding + " is not checked here");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(name + ": not UTF-8");
            return;
        }
        require(!text.startsWith("\uFEFF"), name + ": starts with a byte-order mark");
        if (r.has("bytes")) {
            require(r.path("bytes").asLong() == bytes.length, name + ": bytes says " + r.path("bytes").asLong()
                    + ", the file has " + bytes.length);
        }
        if (r.has("hash")) {
            String hash = r.path("hash").asText();
            String expected = hash.startsWith("sha256:") ? sha256(bytes) : null;
            require(expected != null && hash.equals("sha256:" + expected), name + ": hash " + hash + " does not match");
        }
        JsonNode dialect = r.path("dialect");
        String delimiter = dialect.path("delimiter").asText(",");
        String terminator = dialect.path("lineTerminator").asText("\r\n");
        boolean header = dialect.path("header").asBoolean(true);
        require(delimiter.length() == 1, name + ": delimiter must be one character");
        require(text.isEmpty() || text.endsWith(terminator),
                name + ": last line does not end with the line terminator");
        if ("\r\n".equals(terminator)) {
            require(lineEndsAreCrLf(text), name + ": a line outside quoted cells does not end with CR LF");
        }
        JsonNode schema = r.path("schema");
        List<JsonNode> fields = new ArrayList<>();
        schema.path("fields").forEach(fields::add);
        Set<String> missing = new HashSet<>();
        if (schema.has("missingValues")) {
            schema.path("missingValues").forEach(m -> missing.add(m.asText()));
        } else {
            missing.add("");
        }
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter.charAt(0)).setQuote(dialect.path("quoteChar").asText("\"").charAt(0))
                .setRecordSeparator(terminator).get())) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            problems.add(name + ": unreadable CSV: " + e.getMessage());
            return;
        }
        if (header) {
            if (records.isEmpty()) {
                problems.add(name + ": no header row");
                return;
            }
            List<String> names = fields.stream().map(f -> f.path("name").asText()).toList();
            List<String> headerCells = records.get(0).toList();
            require(names.equals(headerCells), name + ": header " + headerCells + " is not the fields " + names);
            records = records.subList(1, records.size());
        }
        List<Map<String, String>> rows = new ArrayList<>();
        Map<String, Set<String>> uniques = new HashMap<>();
        Set<List<String>> keys = new HashSet<>();
        List<String> primaryKey = list(schema.path("primaryKey")).stream().map(JsonNode::asText).toList();
        int line = header ? 1 : 0;
        for (CSVRecord record : records) {
            line++;
            String where = name + " row " + line;
            if (record.size() != fields.size()) {
                problems.add(where + ": " + record.size() + " cells for " + fields.size() + " fields");
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                JsonNode field = fields.get(i);
                String value = record.get(i);
                String fieldName = field.path("name").asText();
                boolean absent = missing.contains(value);
                row.put(fieldName, absent ? null : value);
                cell(where + ", " + fieldName, field, value, absent);
                if (!absent && field.path("constraints").path("unique").asBoolean(false)
                        && !uniques.computeIfAbsent(fieldName, k -> new HashSet<>()).add(value)) {
                    problems.add(where + ", " + fieldName + ": " + value + " is not unique");
                }
            }
            if (!primaryKey.isEmpty()) {
                List<String> key = primaryKey.stream().map(row::get).toList();
                if (key.contains(null)) {
                    problems.add(where + ": primary key " + primaryKey + " has a missing value");
                } else if (!keys.add(key)) {
                    problems.add(where + ": primary key " + key + " is not unique");
                }
            }
            rows.add(row);
        }
        tables.put(name, rows);
    }

    /** Whether every line feed outside a quoted cell follows a carriage return (and no carriage return is alone). */
    private static boolean lineEndsAreCrLf(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && ch == '\n' && (i == 0 || text.charAt(i - 1) != '\r')) {
                return false;
            } else if (!quoted && ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                return false;
            }
        }
        return true;
    }

    private void cell(String where, JsonNode field, String value, boolean absent) {
        JsonNode c = field.path("constraints");
        if (absent) {
            require(!c.path("required").asBoolean(false), where + ": required, but missing");
            return;
        }
        String type = field.path("type").asText("string");
        BigDecimal number = null;
        switch (type) {
            case "string" -> {
            }
            case "integer" -> {
                if (!INTEGER.matcher(value).matches()) {
                    problems.add(where + ": '" + value + "' is not an integer");
                    return;
                }
                number = new BigDecimal(value);
            }
            case "number" -> {
                if (!NUMBER.matcher(value).matches()) {
                    problems.add(where + ": '" + value + "' is not a number");
                    return;
                }
                number = new BigDecimal(value);
            }
            case "boolean" -> {
                if (!TRUE.contains(value) && !FALSE.contains(value)) {
                    problems.add(where + ": '" + value + "' is not a boolean");
                    return;
                }
            }
            case "date" -> {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    problems.add(where + ": '" + value + "' is not a date");
                    return;
                }
            }
            case "datetime" -> {
                try {
                    OffsetDateTime.parse(value);
                } catch (DateTimeParseException e) {
                    problems.add(where + ": '" + value + "' is not a date-time");
                    return;
                }
            }
            default -> {
                problems.add(where + ": unsupported type " + type);
                return;
            }
        }
        if (c.has("minimum")) {
            require(number != null && number.compareTo(c.path("minimum").decimalValue()) >= 0,
                    where + ": " + value + " is below the minimum " + c.path("minimum"));
        }
        if (c.has("maximum")) {
            require(number != null && number.compareTo(c.path("maximum").decimalValue()) <= 0,
                    where + ": " + value + " is above the maximum " + c.path("maximum"));
        }
        if (c.has("enum")) {
            boolean found = false;
            for (JsonNode allowed : c.path("enum")) {
                found |= number != null && allowed.isNumber() ? number.compareTo(allowed.decimalValue()) == 0
                        : allowed.asText().equals(value);
            }
            require(found, where + ": '" + value + "' is not one of " + c.path("enum"));
        }
        if (c.has("pattern")) {
            require(Pattern.compile(c.path("pattern").asText()).matcher(value).matches(),
                    where + ": '" + value + "' does not match " + c.path("pattern").asText());
        }
    }

    private void foreignKeys(JsonNode r) {
        String name = r.path("name").asText();
        List<Map<String, String>> rows = tables.get(name);
        if (rows == null) {
            return;
        }
        for (JsonNode fk : r.path("schema").path("foreignKeys")) {
            List<String> fields = list(fk.path("fields")).stream().map(JsonNode::asText).toList();
            String target = fk.path("reference").path("resource").asText();
            List<String> targetFields = list(fk.path("reference").path("fields")).stream().map(JsonNode::asText)
                    .toList();
            List<Map<String, String>> referenced = target.isEmpty() ? rows : tables.get(target);
            if (referenced == null) {
                problems.add(name + ": foreign key to unknown resource " + target);
                continue;
            }
            Set<List<String>> present = new HashSet<>();
            referenced.forEach(row -> present.add(targetFields.stream().map(row::get).toList()));
            for (Map<String, String> row : rows) {
                List<String> key = fields.stream().map(row::get).toList();
                if (!key.contains(null) && !present.contains(key)) {
                    problems.add(name + ": " + fields + " = " + key + " is not in " + target + " " + targetFields);
                }
            }
        }
    }

    private void require(boolean condition, String problem) {
        if (!condition) {
            problems.add(problem);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
