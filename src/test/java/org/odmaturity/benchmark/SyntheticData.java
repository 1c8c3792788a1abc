package org.odmaturity.benchmark;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.odmaturity.benchmark.SyntheticAnswers.Complete;
import org.odmaturity.benchmark.SyntheticAnswers.Planned;
import org.odmaturity.benchmark.SyntheticOrganizations.Org;
import org.odmaturity.diagnostic.AnswerState;
import org.odmaturity.organization.OrganizationType;
import org.odmaturity.plan.PlanGenerator;
import org.odmaturity.plan.SuggestedAction;
import org.odmaturity.questionnaire.load.ParseResult;
import org.odmaturity.questionnaire.load.QuestionnaireParser;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.scoring.AxisScore;
import org.odmaturity.scoring.Completeness;
import org.odmaturity.scoring.ScoreCard;
import org.odmaturity.scoring.ThemeScore;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * Generates a synthetic data set in a PostgreSQL database, for benchmarks and development ONLY (a {@code main} under
 * src/test: never in the production jar, never run by the build). Organisations of the Grand Est, two campaigns of
 * the shipped questionnaire (an earlier closed one and a current open one), diagnostics in every status and mode with
 * answers, the score snapshots the service takes at submission and validation — computed by the real scoring engine
 * and written as the service writes them (snapshot row with the score card's JSON, one row per axis and theme) —,
 * some curated improvement plans, an admin account and facilitator accounts. Seeded: the same arguments give the same
 * data. Loaded with COPY in one transaction.
 *
 * <p>Safety: every synthetic organisation, campaign and account is marked (the e-mail domain
 * {@value SyntheticOrganizations#MARKER_DOMAIN}, campaign names ending with {@value #CAMPAIGN_MARK}). The generator
 * refuses a database holding any organisation or campaign that is not synthetic unless {@code --force} is given; the
 * synthetic data of an earlier run is removed first. Command, options and figures: docs/performance.md.
 */
public final class SyntheticData {

    static final String CAMPAIGN_MARK = "(données synthétiques)";

    /** The generator's options. */
    record Options(String url, String user, String password, int organizations, int diagnostics, int previous,
            int year, long seed, Path questionnaire, String accountPassword, boolean force) {

        static Options parse(String... args) {
            Map<String, String> given = new LinkedHashMap<>();
            boolean force = false;
            for (int i = 0; i < args.length; i++) {
                if ("--force".equals(args[i])) {
                    force = true;
                } else if (args[i].startsWith("--") && i + 1 < args.length) {
                    given.put(args[i].substring(2), args[++i]);
                } else {
                    throw new IllegalArgumentException("unexpected argument " + args[i]);
                }
            }
            String url = given.remove("url");
            if (url == null) {
                throw new IllegalArgumentException("--url is required");
            }
            int diagnostics = Integer.parseInt(given.getOrDefault("diagnostics", "10000"));
            Options options = new Options(url, given.getOrDefault("user", "postgres"),
                    given.getOrDefault("password", ""),
                    Integer.parseInt(given.getOrDefault("organizations", String.valueOf(diagnostics))),
                    diagnostics, Integer.parseInt(given.getOrDefault("previous", String.valueOf(diagnostics))),
                    Integer.parseInt(given.getOrDefault("year", "2026")),
                    Long.parseLong(given.getOrDefault("seed", "20261207")),
                    Path.of(given.getOrDefault("questionnaire", "questionnaires/od-maturity.v1.yaml")),
                    given.get("account-password"), force);
            for (String key : List.of("user", "password", "organizations", "diagnostics", "previous", "year", "seed",
                    "questionnaire", "account-password")) {
                given.remove(key);
            }
            if (!given.isEmpty()) {
                throw new IllegalArgumentException("unknown option(s) " + given.keySet());
            }
            if (options.diagnostics > options.organizations || options.previous > options.organizations) {
                throw new IllegalArgumentException("a campaign has at most one diagnostic per organisation: "
                        + "--diagnostics and --previous must not exceed --organizations");
            }
            return options;
        }
    }

    /** What a run made, for the summary and the tests. */
    record Summary(int organizations, int facilitators, Map<String, Long> campaigns, long diagnostics, long answers,
            long snapshots, long plans, Duration took) {
    }

    /** Refusal to touch a database that holds real data. */
    static final class NotSyntheticException extends RuntimeException {
        NotSyntheticException(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 500;

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: SyntheticData --url jdbc:postgresql://host:5432/db [--user postgres] "
                    + "[--password ''] [--diagnostics 10000] [--previous N] [--organizations N] [--year 2026] "
                    + "[--seed 20261207] "
                    + "[--questionnaire questionnaires/od-maturity.v1.yaml] [--account-password secret] [--force]");
            System.exit(2);
            return;
        }
        try {
            Summary summary = run(options);
            System.out.printf(Locale.ROOT, "%d organisations, %d facilitators, campaigns %s: %d diagnostics, "
                    + "%d answers, %d snapshots, %d curated plans in %.1f s%n", summary.organizations(),
                    summary.facilitators(), summary.campaigns(), summary.diagnostics(), summary.answers(),
                    summary.snapshots(), summary.plans(), summary.took().toMillis() / 1000.0);
        } catch (NotSyntheticException e) {
            System.err.println(e.getMessage());
            System.exit(3);
        }
    }

    /** Migrates the schema if needed, then replaces the synthetic data of the database by a new set. */
    static Summary run(Options options) throws SQLException, IOException {
        long start = System.nanoTime();
        Questionnaire questionnaire;
        String contentHash;
        byte[] content = Files.readAllBytes(options.questionnaire());
        String fileName = options.questionnaire().getFileName().toString();
        ParseResult parsed = new QuestionnaireParser().parse(fileName, content);
        if (!parsed.valid()) {
            throw new IllegalArgumentException(fileName + " does not load: " + parsed.errors());
        }
        questionnaire = parsed.questionnaire();
        contentHash = parsed.contentHash();

        Flyway.configure().dataSource(options.url(), options.user(), options.password())
                .locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(options.url(), options.user(), options.password())) {
            connection.setAutoCommit(false);
            boolean onlySynthetic = checkSynthetic(connection, options.force());
            removeSynthetic(connection, onlySynthetic);
            pin(connection, questionnaire, contentHash, fileName, new String(content,
                    java.nio.charset.StandardCharsets.UTF_8));
            Summary summary = new Generation(connection, options, questionnaire, contentHash).generate(start);
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                // the planner's statistics and the visibility map (index-only scans) of what was just loaded
                statement.execute("VACUUM ANALYZE app_user, organization, campaign, diagnostic, answer, answer_change, "
                        + "score_snapshot, score_snapshot_node, improvement_plan, improvement_plan_action, "
                        + "improvement_plan_target, questionnaire_version");
            }
            return new Summary(summary.organizations(), summary.facilitators(), summary.campaigns(),
                    summary.diagnostics(), summary.answers(), summary.snapshots(), summary.plans(),
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    // ------------------------------------------------------------------------------------------------------- safety

    /**
     * Refuses (unless forced) a database with an organisation or a campaign that the generator did not make; whether
     * all of them are synthetic.
     */
    static boolean checkSynthetic(Connection connection, boolean force) throws SQLException {
        long organizations = count(connection, "SELECT count(*) FROM organization WHERE contact_email IS NULL "
                + "OR contact_email NOT LIKE '%@" + SyntheticOrganizations.MARKER_DOMAIN + "'");
        long campaigns = count(connection, "SELECT count(*) FROM campaign WHERE name NOT LIKE '%" + CAMPAIGN_MARK
                + "'");
        if ((organizations > 0 || campaigns > 0) && !force) {
            throw new NotSyntheticException("Refused: this database holds " + organizations + " organisation(s) and "
                    + campaigns + " campaign(s) that are not synthetic. The generator is for benchmark and "
                    + "development databases only; give --force to add synthetic data next to them anyway.");
        }
        return organizations == 0 && campaigns == 0;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Removes the synthetic rows of an earlier run: when only synthetic data is there, by emptying the tables of
     * organisations, campaigns, diagnostics and what hangs on them (fast, no bloat), otherwise row by row.
     */
    private static void removeSynthetic(Connection connection, boolean onlySynthetic) throws SQLException {
        String marker = "'%@" + SyntheticOrganizations.MARKER_DOMAIN + "'";
        if (onlySynthetic) {
            try (Statement s = connection.createStatement()) {
                s.execute("TRUNCATE improvement_plan_action, improvement_plan_target, improvement_plan, invitation, "
                        + "answer_change, answer, score_snapshot_node, score_snapshot, diagnostic, campaign, "
                        + "organization CASCADE");
                s.execute("DELETE FROM staff_session WHERE user_id IN (SELECT id FROM app_user WHERE email LIKE "
                        + marker + ")");
                s.execute("DELETE FROM app_user WHERE email LIKE " + marker);
            }
            return;
        }
        String diagnostics = "SELECT d.id FROM diagnostic d JOIN organization o ON o.id = d.organization_id "
                + "JOIN campaign c ON c.id = d.campaign_id WHERE o.contact_email LIKE " + marker
                + " OR c.name LIKE '%" + CAMPAIGN_MARK + "'";
        String plans = "SELECT id FROM improvement_plan WHERE diagnostic_id IN (" + diagnostics + ")";
        String snapshots = "SELECT id FROM score_snapshot WHERE diagnostic_id IN (" + diagnostics + ")";
        try (Statement s = connection.createStatement()) {
            s.execute("DELETE FROM improvement_plan_action WHERE plan_id IN (" + plans + ")");
            s.execute("DELETE FROM improvement_plan_target WHERE plan_id IN (" + plans + ")");
            s.execute("DELETE FROM improvement_plan WHERE diagnostic_id IN (" + diagnostics + ")");
            s.execute("DELETE FROM invitation WHERE diagnostic_id IN (" + diagnostics + ")");
            s.execute("DELETE FROM answer_change WHERE diagnostic_id IN (" + diagnostics + ")");
            s.execute("DELETE FROM answer WHERE diagnostic_id IN (" + diagnostics + ")");
            s.execute("DELETE FROM score_snapshot_node WHERE snapshot_id IN (" + snapshots + ")");
            s.execute("DELETE FROM score_snapshot WHERE diagnostic_id IN (" + diagnostics + ")");
            s.execute("DELETE FROM diagnostic WHERE id IN (" + diagnostics + ")");
            s.execute("DELETE FROM campaign WHERE name LIKE '%" + CAMPAIGN_MARK + "'");
            s.execute("DELETE FROM organization WHERE contact_email LIKE " + marker);
            s.execute("DELETE FROM staff_session WHERE user_id IN (SELECT id FROM app_user WHERE email LIKE "
                    + marker + ")");
            s.execute("DELETE FROM app_user WHERE email LIKE " + marker);
        }
    }

    /** Records the questionnaire version as used, as the service does; refuses one recorded with another content. */
    private static void pin(Connection connection, Questionnaire q, String contentHash, String file, String content)
            throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT content_hash FROM questionnaire_version WHERE questionnaire_id = ? AND version = ?")) {
            find.setString(1, q.id());
            find.setInt(2, q.version());
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    if (!rs.getString(1).equals(contentHash)) {
                        throw new IllegalStateException(q.id() + "@" + q.version() + " is recorded with another "
                                + "content in this database: give the file that was used");
                    }
                    return;
                }
            }
        }
        SequenceIds ids = new SequenceIds(connection, "questionnaire_version_seq");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO questionnaire_version (id, "
                + "questionnaire_id, version, content_hash, source_file, content, first_used_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, now())")) {
            insert.setLong(1, ids.next());
            insert.setString(2, q.id());
            insert.setInt(3, q.version());
            insert.setString(4, contentHash);
            insert.setString(5, file);
            insert.setString(6, content);
            insert.executeUpdate();
        }
    }

    // --------------------------------------------------------------------------------------------------- generation

    /** One run's state: the connection, its id sources, its COPY buffers. */
    private static final class Generation {

        private final Connection connection;
        private final CopyManager copy;
        private final Options options;
        private final Questionnaire questionnaire;
        private final String contentHash;
        private final SyntheticAnswers answers;
        private final Random random;

        private final CopyBuffer diagnosticRows = new CopyBuffer("diagnostic", "id", "organization_id", "campaign_id",
                "mode", "status", "facilitator_id", "created_at", "updated_at", "submitted_at", "validated_at",
                "version");
        private final CopyBuffer answerRows = new CopyBuffer("answer", "id", "diagnostic_id", "question_id",
                "value_json", "not_applicable", "unsure", "comment", "evidence", "note", "answered_by", "answered_at",
                "revision");
        private final CopyBuffer changeRows = new CopyBuffer("answer_change", "id", "diagnostic_id", "seq",
                "question_id", "old_state", "new_state", "changed_by", "changed_at");
        private final CopyBuffer snapshotRows = new CopyBuffer("score_snapshot", "id", "diagnostic_id", "kind",
                "questionnaire_id", "questionnaire_version", "content_hash", "overall_score", "overall_level",
                "score_card", "created_by", "created_at");
        private final CopyBuffer nodeRows = new CopyBuffer("score_snapshot_node", "snapshot_id", "node_type",
                "node_id", "axis_id", "score", "level", "answered", "relevant");
        private final CopyBuffer planRows = new CopyBuffer("improvement_plan", "id", "diagnostic_id",
                "next_custom_number", "created_by", "created_at", "updated_by", "updated_at", "version");
        private final CopyBuffer actionRows = new CopyBuffer("improvement_plan_action", "id", "plan_id", "sort_order",
                "action_key", "question_id", "source", "axis_id", "theme_id");
        private final CopyBuffer targetRows = new CopyBuffer("improvement_plan_target", "plan_id", "axis_id",
                "level_id");

        private final SequenceIds diagnosticIds;
        private final SequenceIds answerIds;
        private final SequenceIds changeIds;
        private final SequenceIds snapshotIds;
        private final SequenceIds planIds;
        private final SequenceIds actionIds;
        private final SequenceIds campaignIds;

        private final List<Long> facilitators = new ArrayList<>();
        private final List<String> facilitatorLabels = new ArrayList<>();
        private String adminLabel;
        private long diagnostics;
        private long plans;

        Generation(Connection connection, Options options, Questionnaire questionnaire, String contentHash)
                throws SQLException {
            this.connection = connection;
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
            this.options = options;
            this.questionnaire = questionnaire;
            this.contentHash = contentHash;
            this.answers = new SyntheticAnswers(questionnaire);
            this.random = new Random(options.seed());
            diagnosticIds = new SequenceIds(connection, "diagnostic_seq");
            answerIds = new SequenceIds(connection, "answer_seq");
            changeIds = new SequenceIds(connection, "answer_change_seq");
            snapshotIds = new SequenceIds(connection, "score_snapshot_seq");
            planIds = new SequenceIds(connection, "improvement_plan_seq");
            actionIds = new SequenceIds(connection, "improvement_plan_action_seq");
            campaignIds = new SequenceIds(connection, "campaign_seq");
        }

        Summary generate(long start) throws SQLException, IOException {
            accounts();
            List<Org> orgs = SyntheticOrganizations.generate(options.organizations(), random, takenSirens());
            List<Long> orgIds = organizations(orgs);
            int year = options.year();
            long previous = campaign("Campagne " + (year - 1) + " " + CAMPAIGN_MARK, year - 1, "CLOSED");
            long current = campaign("Campagne " + year + " " + CAMPAIGN_MARK, year, "OPEN");
            Map<String, Long> campaigns = new LinkedHashMap<>();
            campaigns.put("previous=" + previous, (long) options.previous());
            campaigns.put("current=" + current, (long) options.diagnostics());

            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < orgs.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            diagnostics(previous, year - 1, order.subList(0, options.previous()), orgs, orgIds, -0.05,
                    new double[] { 0.04, 0.12 });
            Collections.shuffle(order, random);
            diagnostics(current, year, order.subList(0, options.diagnostics()), orgs, orgIds, 0.0,
                    new double[] { 0.2, 0.25 });
            return new Summary(orgs.size(), facilitators.size(), campaigns, diagnostics, answerRows.total(),
                    snapshotRows.total(), plans, Duration.ofNanos(System.nanoTime() - start));
        }

        private Set<String> takenSirens() throws SQLException {
            Set<String> taken = new HashSet<>();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT siren FROM organization")) {
                while (rs.next()) {
                    taken.add(rs.getString(1));
                }
            }
            return taken;
        }

        /** A synthetic admin and one facilitator per 250 organisations (at least 5), each on a few départements. */
        private void accounts() throws SQLException, IOException {
            String password = options.accountPassword();
            String hash = password == null ? null : BcryptUtil.bcryptHash(password, 10);
            SequenceIds ids = new SequenceIds(connection, "app_user_seq");
            CopyBuffer users = new CopyBuffer("app_user", "id", "email", "display_name", "password_hash", "role",
                    "active", "created_at", "version");
            Instant created = Instant.parse("2024-01-08T09:00:00Z");
            String adminEmail = "admin@" + SyntheticOrganizations.MARKER_DOMAIN;
            users.row(ids.next(), adminEmail, "Administratrice synthétique", hash, "ADMIN", true, created, 0);
            adminLabel = "Administratrice synthétique <" + adminEmail + ">";
            int count = Math.max(5, options.organizations() / 250);
            for (int i = 1; i <= count; i++) {
                long id = ids.next();
                String email = String.format(Locale.ROOT, "animation-%02d@%s", i,
                        SyntheticOrganizations.MARKER_DOMAIN);
                String name = String.format(Locale.ROOT, "Animatrice synthétique %02d", i);
                users.row(id, email, name, hash, "FACILITATOR", true, created, 0);
                facilitators.add(id);
                facilitatorLabels.add(name + " <" + email + ">");
            }
            users.flush(copy);
        }

        private List<Long> organizations(List<Org> orgs) throws SQLException, IOException {
            SequenceIds ids = new SequenceIds(connection, "organization_seq");
            CopyBuffer rows = new CopyBuffer("organization", "id", "name", "siren", "type", "departement_code",
                    "region", "population", "contact_name", "contact_email", "contact_phone", "created_at",
                    "updated_at", "version");
            List<Long> result = new ArrayList<>();
            Instant created = Instant.parse("2024-01-15T08:00:00Z");
            for (Org o : orgs) {
                long id = ids.next();
                result.add(id);
                rows.row(id, o.name(), o.siren(), o.type().name(), o.departement(), "Grand Est", o.population(),
                        o.contactName(), o.contactEmail(), null, created, created, 0);
            }
            rows.flush(copy);
            return result;
        }

        private long campaign(String name, int year, String status) throws SQLException {
            long id = campaignIds.next();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO campaign (id, name, "
                    + "campaign_year, questionnaire_id, questionnaire_version, opens_on, closes_on, status, "
                    + "created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                insert.setLong(1, id);
                insert.setString(2, name);
                insert.setInt(3, year);
                insert.setString(4, questionnaire.id());
                insert.setInt(5, questionnaire.version());
                insert.setObject(6, LocalDate.of(year, 1, 15));
                insert.setObject(7, LocalDate.of(year, 12, 15));
                insert.setString(8, status);
                insert.setObject(9, java.time.OffsetDateTime.of(year - 1, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC));
                insert.executeUpdate();
            }
            return id;
        }

        /**
         * One diagnostic per listed organisation.
         *
         * @param drift  added to each organisation's maturity (an earlier campaign: a bit lower)
         * @param drafts the shares of drafts and of submitted (not yet validated) diagnostics; the rest is validated
         */
        private void diagnostics(long campaign, int year, List<Integer> participants, List<Org> orgs,
                List<Long> orgIds, double drift, double[] drafts) throws SQLException, IOException {
            Instant opens = LocalDate.of(year, 1, 20).atStartOfDay().toInstant(ZoneOffset.UTC);
            int n = 0;
            for (int index : participants) {
                Org org = orgs.get(index);
                long id = diagnosticIds.next();
                boolean interview = random.nextDouble() < 0.4;
                int f = facilitatorOf(org, random);
                Long facilitator = interview || random.nextDouble() < 0.3 ? facilitators.get(f) : null;
                String respondent = interview ? facilitatorLabels.get(f)
                        : "Lien d'invitation n°" + id + " (répondant synthétique)";
                double r = random.nextDouble();
                String status = r < drafts[0] ? "DRAFT" : r < drafts[0] + drafts[1] ? "SUBMITTED" : "VALIDATED";
                double maturity = Math.max(0, Math.min(1, org.maturity() + drift + random.nextGaussian() * 0.05));
                Complete complete = answers.complete(org.type(), maturity, interview, random);

                Instant created = opens.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 120)));
                Instant answered = created.plus(Duration.ofMinutes(30 + random.nextInt(60 * 24 * 40)));
                Instant submitted = "DRAFT".equals(status) ? null
                        : answered.plus(Duration.ofMinutes(10 + random.nextInt(60 * 24 * 20)));
                Instant validated = "VALIDATED".equals(status)
                        ? submitted.plus(Duration.ofMinutes(60 + random.nextInt(60 * 24 * 30))) : null;
                List<Planned> given = complete.answers();
                if ("DRAFT".equals(status)) {
                    // a third of the drafts not started, the others part-way
                    int count = random.nextDouble() < 0.33 ? 0 : 1 + random.nextInt(given.size());
                    given = SyntheticAnswers.started(complete, count);
                }
                Instant updated = validated != null ? validated : submitted != null ? submitted
                        : given.isEmpty() ? created : answered;
                int batches = given.isEmpty() ? 0 : 1 + given.size() / 12;
                long version = batches + (submitted != null ? 1 : 0) + (validated != null ? 1 : 0);
                diagnosticRows.row(id, orgIds.get(index), campaign, interview ? "INTERVIEW" : "SELF_ASSESSMENT",
                        status, facilitator, created, updated, submitted, validated, version);
                long seq = 0;
                for (Planned p : given) {
                    answerRows.row(answerIds.next(), id, p.question(), p.value() == null ? null : p.value().toString(),
                            p.notApplicable(), p.unsure(), p.comment(), null, p.note(), respondent, answered, 1);
                    changeRows.row(changeIds.next(), id, ++seq, p.question(), null, json(new AnswerState(p.value(),
                            p.notApplicable(), p.unsure(), p.comment(), null, p.note())), respondent, answered);
                }
                if (submitted != null) {
                    snapshot(id, "SUBMITTED", complete.card(), respondent, submitted);
                }
                if (validated != null) {
                    String validator = facilitator != null ? facilitatorLabels.get(f) : adminLabel;
                    snapshot(id, "VALIDATED", complete.card(), validator, validated);
                    if (random.nextDouble() < 0.1) {
                        plan(id, complete, validator, validated.plus(Duration.ofDays(2)));
                    }
                }
                diagnostics++;
                if (++n % BATCH == 0) {
                    flush();
                }
            }
            flush();
        }

        /**
         * Facilitators work by département: each département has its own group of them (a tenth of all, at least
         * one), the Région the first one.
         */
        private int facilitatorOf(Org org, Random random) {
            int count = facilitators.size();
            int index = 0;
            for (int i = 0; i < SyntheticOrganizations.GRAND_EST.size(); i++) {
                if (SyntheticOrganizations.GRAND_EST.get(i).code().equals(org.departement())) {
                    index = i;
                }
            }
            int group = Math.max(1, count / SyntheticOrganizations.GRAND_EST.size());
            return (index * count / SyntheticOrganizations.GRAND_EST.size() + random.nextInt(group)) % count;
        }

        /** A snapshot as the service writes it: the card's JSON, then one row per axis and theme. */
        private void snapshot(long diagnostic, String kind, ScoreCard card, String by, Instant at)
                throws SQLException {
            long id = snapshotIds.next();
            Double overall = card.overall().score();
            snapshotRows.row(id, diagnostic, kind, questionnaire.id(), questionnaire.version(), contentHash,
                    overall == null ? null : BigDecimal.valueOf(overall), card.overall().level(), json(card), by, at);
            for (AxisScore axis : card.axes()) {
                node(id, "AXIS", axis.id(), axis.id(), axis.score(), axis.level(), axis.completeness());
                for (ThemeScore theme : axis.themes()) {
                    node(id, "THEME", theme.id(), axis.id(), theme.score(), theme.level(), theme.completeness());
                }
            }
        }

        private void node(long snapshot, String type, String id, String axis, Double score, String level,
                Completeness completeness) {
            nodeRows.row(snapshot, type, id, axis, score == null ? null : BigDecimal.valueOf(score), level,
                    completeness.answered(), completeness.relevant());
        }

        /** A curated plan: the suggestion's first five actions kept, in its order, with its targets. */
        private void plan(long diagnostic, Complete complete, String by, Instant at) throws SQLException {
            PlanGenerator.Suggestion suggestion = PlanGenerator.suggest(questionnaire, complete.card(),
                    complete.typed());
            long id = planIds.next();
            planRows.row(id, diagnostic, 1, by, at, by, at, 1);
            int order = 0;
            for (SuggestedAction a : suggestion.actions().subList(0, Math.min(5, suggestion.actions().size()))) {
                actionRows.row(actionIds.next(), id, order++, a.key(), a.questionId(), a.source(), a.axisId(),
                        a.themeId());
            }
            suggestion.targets().forEach((axis, level) -> targetRows.row(id, axis, level));
            plans++;
        }

        private void flush() throws SQLException, IOException {
            for (CopyBuffer buffer : List.of(diagnosticRows, answerRows, changeRows, snapshotRows, nodeRows, planRows,
                    actionRows, targetRows)) {
                buffer.flush(copy);
            }
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
