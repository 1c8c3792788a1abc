package org.odmaturity.organization.directory;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.odmaturity.http.ClientText;
import org.odmaturity.i18n.Labels;
import org.odmaturity.organization.OrganizationRequest;
import org.odmaturity.organization.OrganizationType;

/**
 * Checks one line of a directory file with the rules of an organisation — the constraints of
 * {@link OrganizationRequest} (SIREN with its Luhn key, département code, email syntax, sizes), so that a file and the
 * form accept exactly the same values — and turns it into a {@link DirectoryEntry} or a refusal.
 *
 * <p>Cells are stripped of surrounding spaces. A type is its API name ({@code etablissement-public}), its enum name
 * ({@code ETABLISSEMENT_PUBLIC}) or its French or English label ({@code Établissement public}), case and accents
 * ignored. A population may hold spaces between thousands ({@code 104 000}). A cell that starts like a spreadsheet
 * formula is kept as it is (it is a name); the exports neutralise it.
 */
public final class LineCheck {

    /**
     * A checked line: the entry, or the refusal with the column at fault (or null) and an English message; a refused
     * line keeps its SIREN and name cells (cut to size, when storable) for the report.
     */
    public record Checked(int line, DirectoryEntry entry, Refusal refusal, Column column, String message,
            String siren, String name) {

        static Checked refused(DirectoryFile.Line line, Refusal refusal, Column column, String message) {
            return new Checked(line.number(), null, refusal, column, message,
                    shown(line.cells().get(Column.SIREN), 9), shown(line.cells().get(Column.NAME), 200));
        }

        /** The same line refused as a duplicate of an earlier line's SIREN. */
        Checked duplicateOf(int first) {
            return new Checked(line, null, Refusal.DUPLICATE_SIREN, Column.SIREN, "siren: " + entry.siren()
                    + " is already on line " + first + " of the file.", entry.siren(), entry.name());
        }

        private static String shown(String value, int max) {
            if (value == null || !ClientText.storable(value) || value.isBlank()) {
                return null;
            }
            String stripped = value.strip();
            return stripped.length() > max ? stripped.substring(0, max) : stripped;
        }

        public boolean refused() {
            return refusal != null;
        }
    }

    private static final Map<String, OrganizationType> TYPES = types();

    private final Validator validator;

    public LineCheck(Validator validator) {
        this.validator = validator;
    }

    public Checked check(DirectoryFile.Line line) {
        if (line.refused()) {
            return Checked.refused(line, line.refusal(), null, line.detail());
        }
        Map<Column, String> cells = new HashMap<>();
        for (Map.Entry<Column, String> cell : line.cells().entrySet()) {
            String problem = ClientText.problem(cell.getValue());
            if (problem != null) {
                return Checked.refused(line, Refusal.UNSTORABLE_TEXT, cell.getKey(),
                        cell.getKey().apiName() + ": " + problem);
            }
            String value = cell.getValue().strip();
            if (!value.isEmpty()) {
                cells.put(cell.getKey(), value);
            }
        }
        for (Column required : new Column[] { Column.SIREN, Column.NAME, Column.TYPE }) {
            if (!cells.containsKey(required)) {
                return Checked.refused(line, Refusal.MISSING_VALUE, required,
                        required.apiName() + ": a value is required.");
            }
        }
        Optional<OrganizationType> type = type(cells.get(Column.TYPE));
        if (type.isEmpty()) {
            return Checked.refused(line, Refusal.INVALID_VALUE, Column.TYPE, "type: must be one of "
                    + OrganizationType.apiNames() + " (or its French or English label).");
        }
        Integer population = null;
        if (cells.containsKey(Column.POPULATION)) {
            String digits = cells.get(Column.POPULATION).replaceAll("[\\s\u00A0\u202F]", "");
            if (!digits.matches("[0-9]{1,9}")) {
                return Checked.refused(line, Refusal.INVALID_VALUE, Column.POPULATION,
                        "population: must be a whole number of inhabitants (0 or more), e.g. 104000.");
            }
            population = Integer.valueOf(digits);
        }
        String departement = cells.get(Column.DEPARTEMENT);
        if (departement != null) {
            departement = departement.toUpperCase(Locale.ROOT);
            if (departement.matches("[1-9]")) {
                departement = "0" + departement; // a spreadsheet drops the leading zero of "08"
            }
        }
        String[][] checks = {
                { "siren", cells.get(Column.SIREN) }, { "name", cells.get(Column.NAME) },
                { "departement", departement }, { "contactName", cells.get(Column.CONTACT_NAME) },
                { "contactEmail", cells.get(Column.CONTACT_EMAIL) } };
        Column[] columnsOfChecks = { Column.SIREN, Column.NAME, Column.DEPARTEMENT, Column.CONTACT_NAME,
                Column.CONTACT_EMAIL };
        for (int i = 0; i < checks.length; i++) {
            if (checks[i][1] == null) {
                continue;
            }
            Set<ConstraintViolation<OrganizationRequest>> violations = validator.validateValue(
                    OrganizationRequest.class, checks[i][0], checks[i][1]);
            if (!violations.isEmpty()) {
                Column column = columnsOfChecks[i];
                return Checked.refused(line, Refusal.INVALID_VALUE, column,
                        column.apiName() + ": " + violations.iterator().next().getMessage() + ".");
            }
        }
        Set<Column> given = EnumSet.noneOf(Column.class);
        given.addAll(cells.keySet());
        return new Checked(line.number(), new DirectoryEntry(cells.get(Column.SIREN), cells.get(Column.NAME),
                type.get(), departement, population, cells.get(Column.CONTACT_NAME), cells.get(Column.CONTACT_EMAIL),
                given), null, null, null, null, null);
    }

    /** A type by its API name, enum name or label (either language), case, accents and separators ignored. */
    static Optional<OrganizationType> type(String text) {
        return Optional.ofNullable(TYPES.get(key(text)));
    }

    private static Map<String, OrganizationType> types() {
        Map<String, OrganizationType> types = new HashMap<>();
        for (OrganizationType type : OrganizationType.values()) {
            types.put(key(type.apiName()), type);
            types.put(key(type.name()), type);
            types.put(key(Labels.of("fr").label("organization.type", type)), type);
            types.put(key(Labels.of("en").label("organization.type", type)), type);
        }
        return Map.copyOf(types);
    }

    private static String key(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-'’]+", " ");
    }
}
