package org.odmaturity.opendata;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/, v1; read alike by v2): the fields of a
 * CSV resource in the order of its columns, its primary key, its foreign keys and the cell values that mean "no
 * value". Written as JSON inside datapackage.json.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TableSchema(List<Field> fields, List<String> primaryKey, List<ForeignKey> foreignKeys,
        List<String> missingValues) {

    /** The one missing value of every resource: an empty cell. */
    public static final List<String> MISSING = List.of("");

    /**
     * A column: {@code type} is a Table Schema type ({@code string}, {@code integer}, {@code number}…), {@code
     * description} in French.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Field(String name, String title, String type, String description, Constraints constraints) {
    }

    /** The constraints of a field; absent ones are left out of the JSON. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Constraints(Boolean required, Boolean unique, Number minimum, Number maximum,
            @JsonProperty("enum") List<String> enumeration, String pattern) {

        public static Constraints none() {
            return new Constraints(null, null, null, null, null, null);
        }

        public Constraints andRequired() {
            return new Constraints(true, unique, minimum, maximum, enumeration, pattern);
        }

        public Constraints andUnique() {
            return new Constraints(required, true, minimum, maximum, enumeration, pattern);
        }

        public Constraints andRange(Number min, Number max) {
            return new Constraints(required, unique, min, max, enumeration, pattern);
        }

        public Constraints andEnum(List<String> values) {
            return new Constraints(required, unique, minimum, maximum, List.copyOf(values), pattern);
        }

        public Constraints andPattern(String regex) {
            return new Constraints(required, unique, minimum, maximum, enumeration, regex);
        }
    }

    /** Fields of this resource that reference fields of another resource of the package. */
    public record ForeignKey(List<String> fields, Reference reference) {
    }

    public record Reference(String resource, List<String> fields) {
    }
}
