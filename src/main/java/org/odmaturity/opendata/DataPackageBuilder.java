package org.odmaturity.opendata;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.odmaturity.comparison.Needs;
import org.odmaturity.comparison.PopulationBand;
import org.odmaturity.comparison.Results;
import org.odmaturity.comparison.Results.Count;
import org.odmaturity.comparison.Results.DepartementFigure;
import org.odmaturity.comparison.Results.Distribution;
import org.odmaturity.comparison.Results.LevelCount;
import org.odmaturity.comparison.Results.LevelRef;
import org.odmaturity.comparison.export.Csv;
import org.odmaturity.comparison.geo.DepartementMap;
import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.opendata.TableSchema.Constraints;
import org.odmaturity.opendata.TableSchema.Field;
import org.odmaturity.opendata.TableSchema.ForeignKey;
import org.odmaturity.opendata.TableSchema.Reference;
import org.odmaturity.organization.OrganizationType;

/**
 * Writes a campaign's open data package from the figures of the public audience (the anonymity rule applied, no
 * individual result): five CSV resources ({@code participation}, {@code distributions}, {@code niveaux}, {@code
 * departements}, {@code besoins}) written with {@link Csv} in its standard dialect, each described by a Table Schema,
 * and the {@code datapackage.json} (Frictionless Data Package v1, read alike by v2) naming them. Column names, titles
 * and descriptions are in French. Plain Java: the same figures always give the same files (but for the publication
 * date). See docs/open-data.md.
 *
 * <p>Figures the anonymity rule hides are <b>empty cells</b> in {@code distributions} and {@code departements} (the
 * schemas' {@code missingValues} is the empty string) and <b>rows left out</b> in {@code participation} (a category
 * without a counted diagnostic has no row), {@code niveaux} (no level counts for a hidden node) and {@code besoins}
 * (no row at all when fewer than the minimum diagnostics are counted).
 */
public final class DataPackageBuilder {

    /** The resources, in the order of the package. */
    public static final List<String> RESOURCES = List.of("participation", "distributions", "niveaux", "departements",
            "besoins");
    public static final String DATAPACKAGE = "datapackage.json";
    public static final String CSV_MEDIA_TYPE = "text/csv";
    public static final String JSON_MEDIA_TYPE = "application/json";
    /** What a département code looks like (metropolitan, Corsica, overseas), as an XML Schema regular expression. */
    public static final String DEPARTEMENT_PATTERN = "0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-6]";
    static final String LICENSE_NAME = "etalab-2.0";
    static final String LICENSE_PATH = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";
    static final String LICENSE_TITLE = "Licence Ouverte / Open Licence version 2.0";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String NODE_TYPES = "ensemble = score global, axe = un axe du questionnaire, theme = un thème";

    private DataPackageBuilder() {
    }

    /** Who publishes (the package's {@code contributors}); {@code email} may be null. */
    public record Producer(String name, String url, String email) {
    }

    /**
     * What a package is about.
     *
     * @param slug               the package's name and public folder
     * @param opensOn            the campaign's first day, or null (then the 1st of January of its year)
     * @param closesOn           the campaign's last day, or null (then the 31st of December of its year)
     * @param publicationCount   how many times the package is published, this time included (its version: 1.n.0)
     * @param minimumGroupSize   the anonymity rule's threshold ({@code odm.peers.minimum-group-size})
     */
    public record Publication(String slug, String campaignName, int year, LocalDate opensOn, LocalDate closesOn,
            String questionnaireId, int questionnaireVersion, String questionnaireTitle, Instant created,
            int publicationCount, Producer producer, int minimumGroupSize) {

        public String version() {
            return DataPackageBuilder.version(publicationCount);
        }
    }

    /** A written resource: its CSV file and what datapackage.json says of it. */
    public record Resource(String name, String fileName, String title, String description, TableSchema schema,
            String csv, int rows, long bytes, String sha256) {
    }

    /** The whole package: datapackage.json and the resources in order. */
    public record Content(String datapackage, List<Resource> resources) {

        public Resource resource(String name) {
            return resources.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
        }
    }

    /**
     * The package of a campaign.
     *
     * @param results the campaign's results for the public audience (validated diagnostics, no other filter)
     * @param needs   its support needs for the same audience
     */
    public static Content build(Publication publication, Results results, Needs needs) {
        if (!results.anonymity().applied() || !needs.anonymity().applied()) {
            throw new IllegalArgumentException("open data is computed for the public audience only");
        }
        List<Table> tables = List.of(participation(results), distributions(results), levels(results),
                departements(results), needs(needs, publication.minimumGroupSize()));
        List<Resource> resources = tables.stream().map(DataPackageBuilder::write).toList();
        return new Content(datapackage(publication, results, resources), resources);
    }

    /** The title of a campaign's package. */
    public static String title(String campaignName, int year) {
        return "Maturité open data des collectivités – " + campaignName + " (" + year + ")";
    }

    /** A package's version: 1.0.0 at the first publication, 1.1.0 at the second… (the schemas stay those of 1.x). */
    public static String version(int publicationCount) {
        return "1." + (publicationCount - 1) + ".0";
    }

    // ---------------------------------------------------------------------------------------------------- resources

    /** A resource being built: its schema and its rows (cells as numbers, text or null). */
    private static final class Table {
        final String name;
        final String title;
        final String description;
        final List<Field> fields = new ArrayList<>();
        List<String> primaryKey = List.of();
        List<ForeignKey> foreignKeys = List.of();
        final List<List<Object>> rows = new ArrayList<>();

        Table(String name, String title, String description) {
            this.name = name;
            this.title = title;
            this.description = description;
        }

        Table field(String name, String title, String type, String description, Constraints constraints) {
            fields.add(new Field(name, title, type, description, constraints));
            return this;
        }

        void row(Object... cells) {
            if (cells.length != fields.size()) {
                throw new IllegalStateException(name + ": " + cells.length + " cells for " + fields.size() + " fields");
            }
            rows.add(Arrays.asList(cells));
        }

        TableSchema schema() {
            return new TableSchema(List.copyOf(fields), primaryKey, foreignKeys, TableSchema.MISSING);
        }
    }

    private static Constraints required() {
        return Constraints.none().andRequired();
    }

    private static Constraints count() {
        return required().andRange(0, null);
    }

    private static Constraints score() {
        return Constraints.none().andRange(0, 100);
    }

    private static Table participation(Results results) {
        Table t = new Table("participation", "Participation",
                "Nombre de diagnostics de la campagne, tous statuts confondus, au total et par statut, mode, type "
                        + "d'organisme, tranche de population et département. Seuls les diagnostics comptés par la "
                        + "règle d'anonymat figurent ; une catégorie sans diagnostic compté n'a pas de ligne.");
        t.field("dimension", "Dimension", "string", "Ce que la ligne compte : ensemble (totaux), statut, mode, "
                + "type_organisme, tranche_population ou departement.", required().andEnum(List.of("ensemble", "statut",
                        "mode", "type_organisme", "tranche_population", "departement")))
                .field("code", "Code", "string", "La valeur comptée : pour ensemble, invites (diagnostics ouverts), "
                        + "commences (au moins une réponse), soumis (soumis ou validés), valides ; pour statut, "
                        + codes(DiagnosticStatus.values(), DiagnosticStatus::key) + " ; pour mode, "
                        + codes(DiagnosticMode.values(), DiagnosticMode::key) + " ; pour type_organisme, "
                        + codes(OrganizationType.values(), OrganizationType::apiName) + " ; pour tranche_population, "
                        + codes(PopulationBand.values(), PopulationBand::key) + " ; pour departement, le code "
                        + "officiel géographique du département.", required())
                .field("libelle", "Libellé", "string", "Le libellé de la valeur comptée, en français.", required())
                .field("nombre_diagnostics", "Nombre de diagnostics", "integer", "Nombre de diagnostics comptés.",
                        count());
        t.primaryKey = List.of("dimension", "code");
        Results.Participation p = results.participation();
        t.row("ensemble", "invites", "Diagnostics ouverts (organisations invitées)", p.invited());
        t.row("ensemble", "commences", "Diagnostics commencés (au moins une réponse)", p.started());
        t.row("ensemble", "soumis", "Diagnostics soumis ou validés", p.submitted());
        t.row("ensemble", "valides", "Diagnostics validés", p.validated());
        counts(t, "statut", p.byStatus());
        counts(t, "mode", p.byMode());
        counts(t, "type_organisme", p.byType());
        counts(t, "tranche_population", p.byBand());
        for (Count c : p.byDepartement()) {
            if (c.count() > 0) {
                t.row("departement", c.key(), DepartementMap.get().name(c.key()).orElse(c.key()), c.count());
            }
        }
        return t;
    }

    private static void counts(Table t, String dimension, List<Count> counts) {
        for (Count c : counts) {
            if (c.count() > 0) {
                t.row(dimension, c.key(), c.label(), c.count());
            }
        }
    }

    private static <E> String codes(E[] values, java.util.function.Function<E, String> key) {
        return Arrays.stream(values).map(key).collect(Collectors.joining(", "));
    }

    private static String nodeType(String key) {
        return switch (key) {
            case "overall" -> "ensemble";
            case "axis" -> "axe";
            case "theme" -> "theme";
            default -> throw new IllegalArgumentException("node type " + key);
        };
    }

    private static Table distributions(Results results) {
        Table t = new Table("distributions", "Distribution des scores",
                "Pour le score global, chaque axe et chaque thème : nombre de diagnostics validés notés, moyenne, "
                        + "minimum, quartiles et maximum de leurs scores (0 à 100, une décimale). Quand moins de "
                        + results.anonymity().minimumGroupSize() + " organisations ont un score pour un nœud, ses "
                        + "statistiques ne sont pas diffusées : les cellules nombre_diagnostics à maximum sont vides.");
        nodeFields(t);
        t.field("axe", "Axe", "string", "L'identifiant de l'axe : l'axe lui-même pour une ligne axe, l'axe du thème "
                + "pour une ligne theme, vide pour le score global.", null)
                .field("intitule", "Intitulé", "string", "L'intitulé du nœud dans le questionnaire, en français.",
                        required())
                .field("nombre_diagnostics", "Nombre de diagnostics", "integer", "Nombre de diagnostics validés ayant "
                        + "un score pour ce nœud ; vide quand il est inférieur au seuil d'anonymat.",
                        Constraints.none().andRange(0, null));
        scoreField(t, "moyenne", "Moyenne", "Score moyen.");
        scoreField(t, "minimum", "Minimum", "Score le plus bas.");
        scoreField(t, "premier_quartile", "Premier quartile", "Premier quartile (25 %), interpolation linéaire "
                + "entre les rangs les plus proches (comme QUARTILE.INCLURE des tableurs).");
        scoreField(t, "mediane", "Médiane", "Médiane.");
        scoreField(t, "troisieme_quartile", "Troisième quartile", "Troisième quartile (75 %), même méthode.");
        scoreField(t, "maximum", "Maximum", "Score le plus haut.");
        t.primaryKey = List.of("type_noeud", "noeud");
        for (Distribution d : results.distributions()) {
            String type = nodeType(d.nodeType());
            String axis = "ensemble".equals(type) ? null : "axe".equals(type) ? d.nodeId() : d.axisId();
            boolean shown = d.shown();
            t.row(type, d.nodeId(), axis, d.title(), shown ? d.count() : null, shown ? d.mean() : null,
                    shown ? d.min() : null, shown ? d.q1() : null, shown ? d.median() : null, shown ? d.q3() : null,
                    shown ? d.max() : null);
        }
        return t;
    }

    private static void nodeFields(Table t) {
        t.field("type_noeud", "Type de nœud", "string", "Le niveau de détail : " + NODE_TYPES + ".",
                required().andEnum(List.of("ensemble", "axe", "theme")))
                .field("noeud", "Nœud", "string", "L'identifiant du nœud dans le questionnaire (overall pour le "
                        + "score global).", required());
    }

    private static void scoreField(Table t, String name, String title, String description) {
        t.field(name, title, "number", description + " De 0 à 100 ; vide quand la statistique n'est pas diffusée.",
                score());
    }

    private static Table levels(Results results) {
        List<String> ids = results.levels().stream().map(LevelRef::id).toList();
        String scale = results.levels().stream().map(l -> l.id() + " (« " + l.label() + " », à partir de "
                + number(l.threshold()) + ")").collect(Collectors.joining(", "));
        Table t = new Table("niveaux", "Répartition par niveau",
                "Pour le score global, chaque axe et chaque thème : nombre de diagnostics validés à chaque niveau de "
                        + "maturité du questionnaire (" + scale + "). Les nœuds dont les statistiques ne sont pas "
                        + "diffusées (moins de " + results.anonymity().minimumGroupSize() + " organisations) n'ont "
                        + "pas de ligne.");
        nodeFields(t);
        t.field("niveau", "Niveau", "string", "L'identifiant du niveau de maturité : " + String.join(", ", ids) + ".",
                ids.isEmpty() ? required() : required().andEnum(ids))
                .field("libelle_niveau", "Libellé du niveau", "string", "Le libellé du niveau, en français.",
                        required())
                .field("seuil", "Seuil", "number", "Le score à partir duquel ce niveau est atteint (0 à 100).",
                        required().andRange(0, 100))
                .field("nombre_diagnostics", "Nombre de diagnostics", "integer", "Nombre de diagnostics validés à "
                        + "ce niveau pour ce nœud.", count());
        t.primaryKey = List.of("type_noeud", "noeud", "niveau");
        t.foreignKeys = List.of(new ForeignKey(List.of("type_noeud", "noeud"),
                new Reference("distributions", List.of("type_noeud", "noeud"))));
        Map<String, LevelRef> byId = new LinkedHashMap<>();
        results.levels().forEach(l -> byId.put(l.id(), l));
        for (Distribution d : results.distributions()) {
            if (!d.shown()) {
                continue;
            }
            for (LevelCount c : d.levels()) {
                LevelRef level = byId.get(c.level());
                if (level != null) {
                    t.row(nodeType(d.nodeType()), d.nodeId(), level.id(), level.label(), level.threshold(),
                            c.count());
                }
            }
        }
        return t;
    }

    private static Table departements(Results results) {
        int minimum = results.anonymity().minimumGroupSize();
        Table t = new Table("departements", "Départements",
                "Par département des organisations : nombre de diagnostics (tous statuts), nombre de diagnostics "
                        + "validés notés et leur score global moyen. Seuls les diagnostics comptés par la règle "
                        + "d'anonymat figurent ; le score moyen est vide quand moins de " + minimum
                        + " diagnostics validés sont notés dans le département.");
        t.field("departement", "Département", "string", "Code officiel géographique du département (01 à 95, 2A, "
                + "2B, 971 à 976).", required().andUnique().andPattern(DEPARTEMENT_PATTERN))
                .field("nom", "Nom", "string", "Nom du département (IGN – Admin Express, INSEE – COG) ; vide pour un "
                        + "département sans contour connu.", null)
                .field("nombre_diagnostics", "Nombre de diagnostics", "integer", "Diagnostics de la campagne dans le "
                        + "département, tous statuts confondus.", count())
                .field("nombre_diagnostics_valides", "Diagnostics validés notés", "integer", "Diagnostics validés "
                        + "ayant un score global.", count())
                .field("score_moyen", "Score global moyen", "number", "Moyenne des scores globaux des diagnostics "
                        + "validés (0 à 100, une décimale) ; vide quand elle n'est pas diffusée.", score());
        t.primaryKey = List.of("departement");
        for (DepartementFigure d : results.departements()) {
            if (d.participants() > 0) {
                t.row(d.code(), DepartementMap.get().name(d.code()).orElse(null), d.participants(), d.scored(),
                        d.shown() ? d.meanScore() : null);
            }
        }
        return t;
    }

    private static Table needs(Needs needs, int minimum) {
        Table t = new Table("besoins", "Besoins d'accompagnement",
                "Les actions d'amélioration recommandées par le questionnaire qui figurent dans les plans des "
                        + "diagnostics validés comptés (plans revus tels que revus, les autres tels que proposés), de "
                        + "la plus fréquente à la moins fréquente. Aucune ligne quand moins de " + minimum
                        + " diagnostics validés sont comptés. Les textes sont ceux du questionnaire, jamais ceux "
                        + "des plans.");
        t.field("rang", "Rang", "integer", "Rang de l'action, 1 pour la plus fréquente.",
                required().andUnique().andRange(1, null))
                .field("question", "Question", "string", "L'identifiant de la question que l'action améliore.",
                        required())
                .field("origine", "Origine", "string", "D'où vient la recommandation : question (la question) ou "
                        + "option:<identifiant> (la réponse choisie), suivi de :<n> pour la n-ième recommandation "
                        + "d'une liste (à partir de 2).", required().andPattern("question(:[1-9][0-9]*)?|option:.+"))
                .field("axe", "Axe", "string", "L'identifiant de l'axe de la question.", required())
                .field("axe_intitule", "Intitulé de l'axe", "string", "L'intitulé de l'axe, en français.", required())
                .field("theme", "Thème", "string", "L'identifiant du thème de la question.", required())
                .field("theme_intitule", "Intitulé du thème", "string", "L'intitulé du thème, en français.",
                        required())
                .field("action", "Action", "string", "Le texte de l'action recommandée, en français.", required())
                .field("effort", "Effort", "string", "L'effort estimé : low (faible), medium (moyen), high (élevé).",
                        required().andEnum(List.of("low", "medium", "high")))
                .field("horizon", "Horizon", "string", "L'horizon : short (0 à 6 mois), medium (6 à 18 mois), long "
                        + "(au-delà de 18 mois).", required().andEnum(List.of("short", "medium", "long")))
                .field("nombre_organisations", "Nombre d'organisations", "integer", "Nombre d'organisations dont le "
                        + "plan contient l'action.", required().andRange(1, null))
                .field("part_organisations", "Part des organisations", "number", "Part des diagnostics validés "
                        + "comptés dont le plan contient l'action, en pourcentage (0 à 100, une décimale).",
                        required().andRange(0, 100));
        t.primaryKey = List.of("question", "origine");
        if (needs.diagnostics() == null || needs.diagnostics() < minimum) {
            return t;
        }
        int rank = 0;
        for (Needs.Action a : needs.actions()) {
            t.row(++rank, a.questionId(), a.source() == null ? "question" : a.source(), a.axisId(), a.axisTitle(),
                    a.themeId(), a.themeTitle(), a.text(), a.effort(), a.horizon(), a.organizations(), a.share());
        }
        return t;
    }

    private static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static Resource write(Table t) {
        StringWriter out = new StringWriter();
        try (Csv csv = Csv.to(out, Csv.Dialect.STANDARD)) {
            csv.row(t.fields.stream().map(Field::name).toList());
            t.rows.forEach(csv::row);
        }
        String text = out.toString();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new Resource(t.name, t.name + ".csv", t.title, t.description, t.schema(), text, t.rows.size(),
                bytes.length, sha256(bytes));
    }

    /** The SHA-256 of some bytes, in lower-case hexadecimal. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------- datapackage.json

    private static String datapackage(Publication p, Results results, List<Resource> resources) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("profile", "tabular-data-package");
        json.put("name", p.slug());
        json.put("title", title(p.campaignName(), p.year()));
        json.put("description", description(p, results));
        json.put("version", p.version());
        json.put("created", p.created().truncatedTo(ChronoUnit.SECONDS).toString());
        json.put("language", "fr");
        json.put("keywords", List.of("données ouvertes", "open data", "maturité", "collectivités territoriales",
                "diagnostic"));
        Map<String, Object> temporal = new LinkedHashMap<>();
        temporal.put("start", (p.opensOn() != null ? p.opensOn() : LocalDate.of(p.year(), 1, 1)).toString());
        temporal.put("end", (p.closesOn() != null ? p.closesOn() : LocalDate.of(p.year(), 12, 31)).toString());
        json.put("temporal", temporal);
        json.put("licenses", List.of(ordered("name", LICENSE_NAME, "path", LICENSE_PATH, "title", LICENSE_TITLE)));
        Map<String, Object> producer = ordered("title", p.producer().name(), "path", p.producer().url());
        if (p.producer().email() != null && !p.producer().email().isBlank()) {
            producer.put("email", p.producer().email());
        }
        producer.put("role", "publisher"); // Data Package v1
        producer.put("roles", List.of("publisher")); // Data Package v2
        json.put("contributors", List.of(producer));
        json.put("sources", List.of(ordered("title", "Diagnostics de maturité open data de la campagne « "
                + p.campaignName() + " » (questionnaire " + p.questionnaireId() + ", version "
                + p.questionnaireVersion() + ")")));
        List<Object> list = new ArrayList<>();
        for (Resource r : resources) {
            Map<String, Object> resource = new LinkedHashMap<>();
            resource.put("profile", "tabular-data-resource");
            resource.put("name", r.name());
            resource.put("path", r.fileName());
            resource.put("title", r.title());
            resource.put("description", r.description());
            resource.put("format", "csv");
            resource.put("mediatype", CSV_MEDIA_TYPE);
            resource.put("encoding", "utf-8");
            resource.put("bytes", r.bytes());
            resource.put("hash", "sha256:" + r.sha256());
            resource.put("dialect", ordered("delimiter", ",", "lineTerminator", "\r\n", "quoteChar", "\"",
                    "doubleQuote", true, "header", true));
            resource.put("schema", r.schema());
            list.add(resource);
        }
        json.put("resources", list);
        try {
            return JSON.writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String description(Publication p, Results results) {
        String scale = results.levels().stream().map(l -> l.label() + " à partir de " + number(l.threshold()))
                .collect(Collectors.joining(", "));
        int n = p.minimumGroupSize();
        return String.format(Locale.ROOT, """
                Résultats agrégés de la campagne « %s » (%d) du diagnostic de maturité open data des collectivités \
                et organismes publics (questionnaire %s « %s », version %d), publiés par %s.

                Méthode : chaque organisation répond au questionnaire, seule (auto-évaluation) ou avec un animateur \
                (entretien accompagné). Ses scores — global, par axe et par thème, de 0 à 100 avec une décimale — \
                sont calculés et conservés (instantanés) à la soumission puis à la validation du diagnostic ; ces \
                fichiers reprennent le dernier instantané de chaque diagnostic validé, jamais recalculé avec des \
                règles plus récentes. Niveaux de maturité : %s. Les quartiles sont calculés par interpolation \
                linéaire entre les rangs les plus proches.

                Règle d'anonymat : ne sont comptés que les diagnostics dont le profil (statut, mode, type \
                d'organisme, département, tranche de population) est partagé par au moins %d diagnostics de la \
                campagne, et aucune statistique portant sur moins de %d organisations n'est diffusée : cellules \
                vides dans distributions et departements, lignes absentes dans participation, niveaux et besoins. \
                Aucune réponse, aucun commentaire, aucun nom ni numéro SIREN n'est publié.

                Les fichiers sont figés à la date de publication (%s) : un diagnostic modifié ensuite n'y change \
                rien tant que le paquet n'est pas republié (nouvelle version, nouvelle date).""",
                p.campaignName(), p.year(), p.questionnaireId(), p.questionnaireTitle(), p.questionnaireVersion(),
                p.producer().name(), scale, n, n, p.created().truncatedTo(ChronoUnit.SECONDS));
    }
}
