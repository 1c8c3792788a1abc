package org.odmaturity.organization.directory;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a directory file, each with the header names it is recognised by (French and English; compared
 * without case, accents, spaces, hyphens or dots: {@code Département}, {@code departement} and {@code DEPARTEMENT} are
 * one column). {@link #apiName()} is how the API and the reports name a column.
 */
public enum Column {

    SIREN("siren", true, "siren", "numero_siren"),
    NAME("name", true, "nom", "name", "denomination", "raison_sociale"),
    TYPE("type", true, "type", "type_organisation", "organisation_type", "organization_type"),
    DEPARTEMENT("departement", false, "departement", "department", "code_departement", "departement_code", "dep"),
    POPULATION("population", false, "population"),
    CONTACT_NAME("contact_name", false, "contact_nom", "contact_name", "nom_contact", "contact"),
    CONTACT_EMAIL("contact_email", false, "contact_email", "contact_courriel", "courriel_contact", "email_contact",
            "contact_mail", "email", "courriel");

    private final String apiName;
    private final boolean required;
    private final List<String> headers;

    Column(String apiName, boolean required, String... headers) {
        this.apiName = apiName;
        this.required = required;
        this.headers = List.of(headers);
    }

    public String apiName() {
        return apiName;
    }

    /** A file without this column is refused as a whole. */
    public boolean required() {
        return required;
    }

    /** The column a header names, if any. */
    public static Optional<Column> ofHeader(String header) {
        String key = normalize(header);
        return Arrays.stream(values()).filter(c -> c.headers.contains(key)).findFirst();
    }

    /** The header names accepted, for messages: {@code siren, nom|name, …}. */
    public static String documented() {
        return String.join(", ", Arrays.stream(values()).map(c -> c.headers.get(0)
                + (c.headers.size() > 1 && !c.headers.get(1).equals(c.headers.get(0)) ? "|" + c.headers.get(1) : ""))
                .toList());
    }

    /** Lower case, without accents, byte-order mark or surrounding spaces; spaces, hyphens, dots, quotes → '_'. */
    static String normalize(String text) {
        String plain = Normalizer.normalize(text.replace("\uFEFF", "").strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[\\s\\-.'’]+", "_").replaceAll("_+", "_").replaceAll("^_|_$", "");
    }
}
