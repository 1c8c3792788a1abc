package org.odmaturity.questionnaire.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.odmaturity.questionnaire.load.DirectoryLoader;
import org.odmaturity.questionnaire.load.LoadError;
import org.odmaturity.questionnaire.load.ParseResult;
import org.odmaturity.questionnaire.load.QuestionnaireParser;
import org.odmaturity.questionnaire.model.Questionnaire;

import io.quarkus.runtime.StartupEvent;

/**
 * The questionnaires the service serves: every valid file of the configured folder whose content matches the hash
 * recorded for its version. Refused files are kept with their errors (logs, health check) while the others serve.
 * Reads are lock-free on an immutable snapshot; reloads (start, and file edits when {@code watch} is on) swap it.
 */
@ApplicationScoped
public class QuestionnaireRegistry {

    private static final Logger LOG = Logger.getLogger(QuestionnaireRegistry.class);
    private static final long WATCH_INTERVAL_MILLIS = 1000;

    /**
     * One questionnaire version being served.
     *
     * @param content the file's text (what is recorded when the version is first used)
     * @param listed false for a recorded version whose file is gone: still available by id and version, not listed
     */
    public record Entry(Questionnaire questionnaire, String file, String contentHash, String content, boolean listed) {
    }

    /** An immutable view of what is loaded. */
    public record Snapshot(Map<String, Entry> entries, List<DirectoryLoader.Refused> refused, String fingerprint) {
        static final Snapshot EMPTY = new Snapshot(Map.of(), List.of(), "");
    }

    private final QuestionnairesConfig config;
    private final QuestionnaireVersionService versions;
    private final QuestionnaireParser parser = new QuestionnaireParser();
    private final DirectoryLoader loader = new DirectoryLoader(parser);
    /** Parsed recorded versions by content hash (immutable, so never stale). */
    private final Map<String, Entry> recordCache = new ConcurrentHashMap<>();
    private volatile Snapshot snapshot = Snapshot.EMPTY;
    private volatile long lastWatchCheck;

    public QuestionnaireRegistry(QuestionnairesConfig config, QuestionnaireVersionService versions) {
        this.config = config;
        this.versions = versions;
    }

    void onStart(@Observes StartupEvent event) {
        reload();
    }

    /** Re-reads the configured folder now and serves what it holds. */
    public synchronized Snapshot reload() {
        Snapshot next = read(config.dir());
        log(next);
        snapshot = next;
        lastWatchCheck = System.currentTimeMillis();
        return next;
    }

    /**
     * Reads a folder: its valid files, and the versions recorded in the database. A file whose version is recorded with
     * another content is refused and the recorded content is served for that version instead; a recorded version whose
     * file is gone stays available by id and version (for the diagnostics that use it) but is no longer listed. Records
     * new versions when {@code pin-on-load} is on. Does not change what is served.
     */
    public Snapshot read(Path dir) {
        String fingerprint = DirectoryLoader.fingerprint(dir);
        DirectoryLoader.Report report;
        try {
            report = loader.load(dir);
        } catch (IOException e) {
            LOG.errorf("cannot list questionnaire folder %s: %s", dir.toAbsolutePath(), e.getMessage());
            report = new DirectoryLoader.Report(List.of(), List.of());
        }
        Map<String, QuestionnaireVersion> recorded = new LinkedHashMap<>(versions.recorded());
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<DirectoryLoader.Refused> refused = new ArrayList<>(report.refused());
        for (DirectoryLoader.Loaded loaded : report.loaded()) {
            Questionnaire q = loaded.questionnaire();
            String key = QuestionnaireVersionService.key(q.id(), q.version());
            QuestionnaireVersion pinned = recorded.remove(key);
            if (pinned == null && config.pinOnLoad()) {
                pinned = versions.recordUse(q.id(), q.version(), loaded.contentHash(), loaded.file(), loaded.content());
            }
            if (pinned != null && !pinned.contentHash.equals(loaded.contentHash())) {
                refused.add(new DirectoryLoader.Refused(loaded.file(), List.of(new LoadError(loaded.file(), 1, 1,
                        "version", "questionnaire '" + q.id() + "' version " + q.version()
                                + " is already in use with another content (recorded from " + pinned.sourceFile + " on "
                                + DateTimeFormatter.ISO_LOCAL_DATE.format(pinned.firstUsedAt.atOffset(ZoneOffset.UTC))
                                + "; the recorded content is served instead): a used version never changes, give this "
                                + "file a new version number"))));
                fromRecord(pinned, true).ifPresent(entry -> entries.put(key, entry));
                continue;
            }
            if (!loaded.warnings().isEmpty()) {
                StringBuilder message = new StringBuilder("questionnaire file " + loaded.file() + " loads with "
                        + loaded.warnings().size() + " warning(s):");
                loaded.warnings().forEach(warning -> message.append("\n  ").append(warning));
                LOG.warn(message);
            }
            entries.put(key, new Entry(q, loaded.file(), loaded.contentHash(), loaded.content(), true));
        }
        for (QuestionnaireVersion pinned : recorded.values()) {
            fromRecord(pinned, false).ifPresent(entry -> entries.put(
                    QuestionnaireVersionService.key(pinned.questionnaireId, pinned.version), entry));
        }
        refused.sort(Comparator.comparing(DirectoryLoader.Refused::file));
        return new Snapshot(Map.copyOf(entries), List.copyOf(refused), fingerprint);
    }

    /** A recorded version, parsed from its stored content (which loaded when it was recorded). */
    private Optional<Entry> fromRecord(QuestionnaireVersion pinned, boolean listed) {
        Entry cached = recordCache.get(pinned.contentHash);
        if (cached != null) {
            return Optional.of(new Entry(cached.questionnaire(), cached.file(), cached.contentHash(), cached.content(),
                    listed));
        }
        ParseResult result = parser.parse(pinned.sourceFile, pinned.content.getBytes(StandardCharsets.UTF_8));
        if (!result.valid()) {
            // only if this version of the service checks more than the one that recorded the content
            LOG.errorf("recorded questionnaire %s@%d no longer loads: %s", pinned.questionnaireId, pinned.version,
                    result.errors());
            return Optional.empty();
        }
        Entry entry = new Entry(result.questionnaire(), pinned.sourceFile + " (recorded)", pinned.contentHash,
                pinned.content, listed);
        recordCache.put(pinned.contentHash, entry);
        return Optional.of(entry);
    }

    private void log(Snapshot next) {
        LOG.infof("questionnaires: %d served from %s %s", next.entries().size(), config.dir().toAbsolutePath(),
                next.entries().values().stream().map(e -> e.questionnaire().id() + "@" + e.questionnaire().version()
                        + (e.listed() ? "" : " (recorded, file gone)")).sorted().toList());
        for (DirectoryLoader.Refused file : next.refused()) {
            StringBuilder message = new StringBuilder("questionnaire file refused: " + file.file());
            file.errors().forEach(error -> message.append("\n  ").append(error));
            LOG.warn(message);
        }
    }

    /** The current snapshot, re-reading the folder first when watching and a file changed. */
    public Snapshot snapshot() {
        if (config.watch() && System.currentTimeMillis() - lastWatchCheck > WATCH_INTERVAL_MILLIS) {
            lastWatchCheck = System.currentTimeMillis();
            if (!DirectoryLoader.fingerprint(config.dir()).equals(snapshot.fingerprint())) {
                reload();
            }
        }
        return snapshot;
    }

    /**
     * Records that a version is used (by a campaign): from then on its content never changes. Idempotent; returns
     * false when the version was already recorded with another content (the caller should not use this entry then).
     */
    public boolean recordUse(Entry entry) {
        Questionnaire q = entry.questionnaire();
        QuestionnaireVersion recorded = versions.recordUse(q.id(), q.version(), entry.contentHash(), entry.file(),
                entry.content());
        return recorded.contentHash.equals(entry.contentHash());
    }

    /** Every questionnaire version listed, by id then version. */
    public List<Entry> all() {
        return snapshot().entries().values().stream().filter(Entry::listed)
                .sorted(Comparator.comparing((Entry e) -> e.questionnaire().id())
                        .thenComparingInt(e -> e.questionnaire().version()))
                .toList();
    }

    public Optional<Entry> find(String id, int version) {
        return Optional.ofNullable(snapshot().entries().get(QuestionnaireVersionService.key(id, version)));
    }

    /** The highest version of a questionnaire. */
    public Optional<Entry> latest(String id) {
        return snapshot().entries().values().stream().filter(e -> e.listed() && e.questionnaire().id().equals(id))
                .max(Comparator.comparingInt(e -> e.questionnaire().version()));
    }

    public List<DirectoryLoader.Refused> refused() {
        return snapshot().refused();
    }
}
