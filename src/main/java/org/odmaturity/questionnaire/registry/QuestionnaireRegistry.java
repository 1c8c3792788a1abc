package org.odmaturity.questionnaire.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.odmaturity.questionnaire.load.DirectoryLoader;
import org.odmaturity.questionnaire.load.LoadError;
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

    /** One questionnaire version being served. */
    public record Entry(Questionnaire questionnaire, String file, String contentHash) {
    }

    /** An immutable view of what is loaded. */
    public record Snapshot(Map<String, Entry> entries, List<DirectoryLoader.Refused> refused, String fingerprint) {
        static final Snapshot EMPTY = new Snapshot(Map.of(), List.of(), "");
    }

    private final QuestionnairesConfig config;
    private final QuestionnaireVersionService versions;
    private final DirectoryLoader loader = new DirectoryLoader(new QuestionnaireParser());
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
     * Reads a folder: its valid files, less those whose version is recorded with another content. Records new
     * versions when {@code pin-on-load} is on. Does not change what is served.
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
        Map<String, QuestionnaireVersion> recorded = versions.recorded();
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<DirectoryLoader.Refused> refused = new ArrayList<>(report.refused());
        for (DirectoryLoader.Loaded loaded : report.loaded()) {
            Questionnaire q = loaded.questionnaire();
            String key = QuestionnaireVersionService.key(q.id(), q.version());
            QuestionnaireVersion pinned = recorded.get(key);
            if (pinned == null && config.pinOnLoad()) {
                pinned = versions.recordUse(q.id(), q.version(), loaded.contentHash(), loaded.file());
            }
            if (pinned != null && !pinned.contentHash.equals(loaded.contentHash())) {
                refused.add(new DirectoryLoader.Refused(loaded.file(), List.of(new LoadError(loaded.file(), 1, 1,
                        "version", "questionnaire '" + q.id() + "' version " + q.version()
                                + " is already in use with another content (recorded from " + pinned.sourceFile + " on "
                                + DateTimeFormatter.ISO_LOCAL_DATE.format(pinned.firstUsedAt.atOffset(ZoneOffset.UTC))
                                + "): a used version never changes, give this file a new version number"))));
                continue;
            }
            entries.put(key, new Entry(q, loaded.file(), loaded.contentHash()));
        }
        refused.sort(Comparator.comparing(DirectoryLoader.Refused::file));
        return new Snapshot(Map.copyOf(entries), List.copyOf(refused), fingerprint);
    }

    private void log(Snapshot next) {
        LOG.infof("questionnaires: %d loaded from %s %s", next.entries().size(), config.dir().toAbsolutePath(),
                next.entries().keySet().stream().sorted().toList());
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

    /** Every questionnaire version served, by id then version. */
    public List<Entry> all() {
        return snapshot().entries().values().stream()
                .sorted(Comparator.comparing((Entry e) -> e.questionnaire().id())
                        .thenComparingInt(e -> e.questionnaire().version()))
                .toList();
    }

    public Optional<Entry> find(String id, int version) {
        return Optional.ofNullable(snapshot().entries().get(QuestionnaireVersionService.key(id, version)));
    }

    /** The highest version of a questionnaire. */
    public Optional<Entry> latest(String id) {
        return snapshot().entries().values().stream().filter(e -> e.questionnaire().id().equals(id))
                .max(Comparator.comparingInt(e -> e.questionnaire().version()));
    }

    public List<DirectoryLoader.Refused> refused() {
        return snapshot().refused();
    }
}
