package org.odmaturity.organization.directory;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.hibernate.Session;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.http.ClientText;
import org.odmaturity.organization.Organization;
import org.odmaturity.security.Actor;
import org.odmaturity.time.Instants;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Imports directory files (CSV of organisations, see {@link DirectoryFile}): every line checked ({@link LineCheck}),
 * then a report line by line. A known SIREN updates its organisation (only the values the line gives), an unknown one
 * creates it, the same values leave it unchanged: importing a file twice changes nothing the second time.
 *
 * <p>Three ways: {@link #dryRun} (the report, nothing written), {@link #importFile} (checked and applied at once; with
 * {@code atomic}, any refused line means nothing is written and a 422 carries the refused lines) and, for the page,
 * {@link #preview} (the checked lines stored as a preview) then {@link #confirm} (applied once: a second confirmation,
 * from this instance or another, finds it applied and applies nothing).
 *
 * <p>Two imports creating the same SIRENs at the same time: the loser's insert hits the unique constraint; its whole
 * transaction is run again (it then finds the organisations and updates or leaves them), up to
 * {@value #ATTEMPTS} times, then a 409.
 */
@ApplicationScoped
public class DirectoryImportService {

    private static final Logger LOG = Logger.getLogger(DirectoryImportService.class);

    /** The file to import and how to read it ({@code encoding} and {@code delimiter} null: detected). */
    public record Upload(String fileName, byte[] content, Charset encoding, Character delimiter, boolean atomic) {
    }

    /** An import's figures. {@code id} is null for a dry run; {@code applied} false for a preview. */
    public record ImportSummary(Long id, String fileName, String createdBy, Instant createdAt, boolean applied,
            boolean atomic, String encoding, String delimiter, Instant appliedAt, int lines, int created, int updated,
            int unchanged, int refused) {
    }

    /** A line of the report: what it did (or would do) and, when refused, why (a code, the column, a message). */
    public record ReportLine(int line, Outcome outcome, Long organizationId, String siren, String name,
            Refusal reason, String field, String message) {
    }

    public record ImportReport(ImportSummary summary, List<ReportLine> lines) {

        public List<ReportLine> refused() {
            return lines.stream().filter(l -> l.outcome() == Outcome.REFUSED).toList();
        }
    }

    static final int ATTEMPTS = 3;
    private static final int CHUNK = 1000;
    private static final int BATCH = 100;
    private static final String SIREN_UNIQUE = "uq_organization_siren";

    private final EntityManager em;
    private final LineCheck lineCheck;

    public DirectoryImportService(EntityManager em, Validator validator) {
        this.em = em;
        this.lineCheck = new LineCheck(validator);
    }

    /** The report of what the file would do now; nothing is written. */
    @Transactional
    public ImportReport dryRun(Upload upload, Actor actor) {
        Checked checked = check(upload);
        List<Planned> plan = plan(checked.lines());
        List<ReportLine> lines = new ArrayList<>();
        for (Planned p : plan) {
            lines.add(p.reportLine(p.predicted()));
        }
        return new ImportReport(summary(null, upload, checked, actor, Instants.now(), false, null, lines), lines);
    }

    /** Checks and applies the file at once, recorded as an applied import. */
    public ImportReport importFile(Upload upload, Actor actor) {
        long start = System.nanoTime();
        Checked checked = check(upload);
        long checkedAt = System.nanoTime();
        if (upload.atomic() && checked.refusedCount() > 0) {
            throw atomicRefusal(checked.lines().stream().filter(LineCheck.Checked::refused).map(c -> refusedLine(c))
                    .toList());
        }
        ImportReport report = retrying(() -> {
            DirectoryImport record = newImport(upload, checked, actor, DirectoryImport.Status.APPLIED);
            List<DirectoryImportLine> lines = new ArrayList<>();
            Map<String, Organization> existing = new HashMap<>();
            for (Planned p : plan(checked.lines())) {
                lines.add(line(record.id, p));
                if (p.existing() != null) {
                    existing.put(p.existing().siren, p.existing());
                }
            }
            applyLines(record, lines, existing);
            // the report from the lines just written, not read back
            return new ImportReport(summary(record), lines.stream().map(DirectoryImportService::reportLine).toList());
        });
        ImportSummary s = report.summary();
        LOG.infof("directory import %d (%s): %d lines, %d created, %d updated, %d unchanged, %d refused; read and "
                + "checked in %d ms, applied in %d ms", s.id(), s.fileName(), s.lines(), s.created(), s.updated(),
                s.unchanged(), s.refused(), (checkedAt - start) / 1_000_000, (System.nanoTime() - checkedAt) / 1_000_000);
        return report;
    }

    /** Checks the file and keeps its lines as a preview, to be confirmed by {@link #confirm}. */
    @Transactional
    public ImportReport preview(Upload upload, Actor actor) {
        Checked checked = check(upload);
        DirectoryImport record = newImport(upload, checked, actor, DirectoryImport.Status.PREVIEW);
        List<DirectoryImportLine> lines = new ArrayList<>();
        for (Planned p : plan(checked.lines())) {
            DirectoryImportLine line = line(record.id, p);
            line.outcome = p.predicted();
            line.organizationId = null; // set when applied: a preview names no organisation (enrolment reads these)
            lines.add(line);
        }
        count(record, lines);
        persistAll(lines);
        return report(record.id);
    }

    /**
     * Applies a preview (what it holds, checked again against the directory as it is now). A preview already
     * applied is left as it is and its report returned. An atomic preview with refused lines is refused (422).
     */
    public ImportReport confirm(long id) {
        retrying(() -> {
            DirectoryImport record = find(id);
            if (record.atomic && record.refusedCount > 0 && record.status == DirectoryImport.Status.PREVIEW) {
                throw atomicRefusal(lines(id).stream().filter(l -> l.outcome == Outcome.REFUSED)
                        .map(DirectoryImportService::reportLine).toList());
            }
            // only one transaction moves it from PREVIEW to APPLIED; the others wait for it, then find it applied
            int moved = em.createQuery("update DirectoryImport set status = :applied, appliedAt = :now "
                    + "where id = :id and status = :preview").setParameter("applied", DirectoryImport.Status.APPLIED)
                    .setParameter("now", Instants.now()).setParameter("id", id)
                    .setParameter("preview", DirectoryImport.Status.PREVIEW).executeUpdate();
            if (moved == 0) {
                return id;
            }
            em.refresh(record);
            List<DirectoryImportLine> lines = lines(id);
            Map<String, Organization> existing = existing(lines.stream().filter(l -> l.outcome != Outcome.REFUSED)
                    .map(l -> l.siren).toList());
            for (DirectoryImportLine line : lines) {
                if (line.outcome != Outcome.REFUSED) {
                    Organization current = existing.get(line.siren);
                    line.outcome = predict(line.entry(), current);
                    line.organizationId = current == null ? null : current.id;
                }
            }
            applyLines(record, lines, existing);
            return id;
        });
        return report(id);
    }

    @Transactional
    public ImportReport report(long id) {
        DirectoryImport record = find(id);
        List<ReportLine> lines = lines(id).stream().map(DirectoryImportService::reportLine).toList();
        return new ImportReport(summary(record), lines);
    }

    /** The latest applied imports, newest first (for the import page and for enrolling "the organisations of an import"). */
    @Transactional
    public List<ImportSummary> recent(int limit) {
        return DirectoryImport.<DirectoryImport>find("status = ?1 order by createdAt desc, id desc",
                DirectoryImport.Status.APPLIED).page(0, limit).list().stream().map(DirectoryImportService::summary)
                .toList();
    }

    /**
     * The organisations an applied import created, updated or found unchanged, in the file's order; empty for a
     * preview. 404 when there is no such import.
     */
    @Transactional
    public List<Long> organizationIds(long importId) {
        DirectoryImport record = find(importId);
        if (record.status != DirectoryImport.Status.APPLIED) {
            return List.of();
        }
        return em.createQuery("select l.organizationId from DirectoryImportLine l where l.importId = :id "
                + "and l.organizationId is not null and l.outcome <> :refused order by l.lineNumber", Long.class)
                .setParameter("id", importId).setParameter("refused", Outcome.REFUSED).getResultList();
    }

    // ------------------------------------------------------------------------------------------------ checking

    /** The lines checked, duplicates of an earlier SIREN refused. */
    private record Checked(DirectoryFile.Parsed parsed, List<LineCheck.Checked> lines) {

        int refusedCount() {
            return (int) lines.stream().filter(LineCheck.Checked::refused).count();
        }
    }

    private Checked check(Upload upload) {
        DirectoryFile.Parsed parsed = DirectoryFile.parse(upload.content(), upload.encoding(), upload.delimiter());
        Map<String, Integer> firstLine = new HashMap<>();
        List<LineCheck.Checked> lines = new ArrayList<>(parsed.lines().size());
        for (DirectoryFile.Line line : parsed.lines()) {
            LineCheck.Checked checked = lineCheck.check(line);
            if (!checked.refused()) {
                Integer first = firstLine.putIfAbsent(checked.entry().siren(), line.number());
                if (first != null) {
                    checked = checked.duplicateOf(first);
                }
            }
            lines.add(checked);
        }
        return new Checked(parsed, lines);
    }

    // ------------------------------------------------------------------------------------------------ planning

    /** A checked line and the organisation its SIREN names now (or null). */
    private record Planned(LineCheck.Checked checked, Organization existing) {

        Outcome predicted() {
            return checked.refused() ? Outcome.REFUSED : predict(checked.entry(), existing);
        }

        ReportLine reportLine(Outcome outcome) {
            if (checked.refused()) {
                return refusedLine(checked);
            }
            return new ReportLine(checked.line(), outcome, existing == null ? null : existing.id,
                    checked.entry().siren(), checked.entry().name(), null, null, null);
        }
    }

    private List<Planned> plan(List<LineCheck.Checked> lines) {
        Map<String, Organization> existing = existing(lines.stream().filter(l -> !l.refused())
                .map(l -> l.entry().siren()).toList());
        return lines.stream().map(l -> new Planned(l, l.refused() ? null : existing.get(l.entry().siren()))).toList();
    }

    static Outcome predict(DirectoryEntry entry, Organization current) {
        if (current == null) {
            return Outcome.CREATED;
        }
        return entry.sameAs(current.name, current.type, current.departementCode, current.population,
                current.contactName, current.contactEmail) ? Outcome.UNCHANGED : Outcome.UPDATED;
    }

    /** The organisations of these SIRENs, by SIREN: one query per {@value #CHUNK} SIRENs. */
    private Map<String, Organization> existing(Collection<String> sirens) {
        Map<String, Organization> found = new HashMap<>();
        List<String> all = List.copyOf(sirens);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            for (Organization o : Organization.<Organization>list("siren in ?1", chunk)) {
                found.put(o.siren, o);
            }
        }
        return found;
    }

    // ------------------------------------------------------------------------------------------------ writing

    private DirectoryImport newImport(Upload upload, Checked checked, Actor actor, DirectoryImport.Status status) {
        DirectoryImport record = new DirectoryImport();
        record.fileName = fileName(upload.fileName());
        record.createdBy = actor.label() == null ? "?" : cut(actor.label(), 300);
        record.createdAt = Instants.now();
        record.status = status;
        record.atomic = upload.atomic();
        record.encoding = checked.parsed().encoding().name();
        record.delimiter = String.valueOf(checked.parsed().delimiter());
        record.appliedAt = status == DirectoryImport.Status.APPLIED ? record.createdAt : null;
        record.lineCount = checked.lines().size();
        record.persist();
        return record;
    }

    private static DirectoryImportLine line(long importId, Planned p) {
        DirectoryImportLine line = new DirectoryImportLine();
        line.importId = importId;
        line.lineNumber = p.checked().line();
        if (p.checked().refused()) {
            line.outcome = Outcome.REFUSED;
            line.reason = p.checked().refusal();
            line.reasonField = p.checked().column() == null ? null : p.checked().column().apiName();
            line.message = cut(p.checked().message(), 1000);
            line.siren = p.checked().siren();
            line.name = p.checked().name();
        } else {
            DirectoryEntry e = p.checked().entry();
            line.siren = e.siren();
            line.name = e.name();
            line.type = e.type();
            line.departementCode = e.departement();
            line.population = e.population();
            line.contactName = e.contactName();
            line.contactEmail = e.contactEmail();
        }
        return line;
    }

    /** Creates or updates the organisations of the accepted lines, then stores the lines with their outcome. */
    private void applyLines(DirectoryImport record, List<DirectoryImportLine> lines,
            Map<String, Organization> existing) {
        em.unwrap(Session.class).setJdbcBatchSize(BATCH);
        List<Organization> created = new ArrayList<>();
        Map<DirectoryImportLine, Organization> byLine = new HashMap<>();
        for (DirectoryImportLine line : lines) {
            if (line.outcome == Outcome.REFUSED) {
                continue;
            }
            DirectoryEntry entry = line.entry();
            Organization current = existing.get(line.siren);
            line.outcome = predict(entry, current);
            if (current == null) {
                current = new Organization();
                current.siren = entry.siren();
                created.add(current);
            }
            if (line.outcome != Outcome.UNCHANGED) {
                write(current, entry);
            }
            byLine.put(line, current);
        }
        for (Organization o : created) {
            o.persist();
        }
        em.flush();
        for (Map.Entry<DirectoryImportLine, Organization> e : byLine.entrySet()) {
            e.getKey().organizationId = e.getValue().id;
        }
        // data minimisation: once applied, the contacts live in the organisations only (docs/privacy.md)
        for (DirectoryImportLine line : lines) {
            line.contactName = null;
            line.contactEmail = null;
        }
        count(record, lines);
        persistAll(lines);
    }

    private static void write(Organization o, DirectoryEntry e) {
        o.name = e.name();
        o.type = e.type();
        if (e.gives(Column.DEPARTEMENT)) {
            o.departementCode = e.departement();
        }
        if (e.gives(Column.POPULATION)) {
            o.population = e.population();
        }
        if (e.gives(Column.CONTACT_NAME)) {
            o.contactName = e.contactName();
        }
        if (e.gives(Column.CONTACT_EMAIL)) {
            o.contactEmail = e.contactEmail();
        }
    }

    private static void count(DirectoryImport record, List<DirectoryImportLine> lines) {
        record.lineCount = lines.size();
        record.createdCount = (int) lines.stream().filter(l -> l.outcome == Outcome.CREATED).count();
        record.updatedCount = (int) lines.stream().filter(l -> l.outcome == Outcome.UPDATED).count();
        record.unchangedCount = (int) lines.stream().filter(l -> l.outcome == Outcome.UNCHANGED).count();
        record.refusedCount = (int) lines.stream().filter(l -> l.outcome == Outcome.REFUSED).count();
    }

    private void persistAll(List<DirectoryImportLine> lines) {
        em.unwrap(Session.class).setJdbcBatchSize(BATCH);
        for (DirectoryImportLine line : lines) {
            if (line.id == null) {
                line.persist();
            }
        }
        em.flush();
    }

    /**
     * Runs {@code work} in its own transaction; when it loses a race on a SIREN (unique constraint) or on an
     * organisation's version, runs it again, at most {@value #ATTEMPTS} times.
     */
    private <T> T retrying(Supplier<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work::get);
            } catch (RuntimeException e) {
                if (!lostRace(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw new ConflictException("file", "Other changes to the same organisations (by another "
                            + "import or an edit) kept conflicting with this import; nothing of it was written. "
                            + "Run it again.");
                }
                LOG.debugf("directory import lost a race (attempt %d), running it again", attempt);
            }
        }
    }

    private static boolean lostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c && SIREN_UNIQUE.equalsIgnoreCase(c.getConstraintName())
                    || t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------------ reading

    private static DirectoryImport find(long id) {
        return DirectoryImport.<DirectoryImport>findByIdOptional(id)
                .orElseThrow(() -> new ResourceNotFoundException("No directory import " + id + "."));
    }

    private static List<DirectoryImportLine> lines(long id) {
        return DirectoryImportLine.<DirectoryImportLine>list("importId = ?1 order by lineNumber", id);
    }

    private static ReportLine reportLine(DirectoryImportLine l) {
        return new ReportLine(l.lineNumber, l.outcome, l.organizationId, l.siren, l.name, l.reason, l.reasonField,
                l.message);
    }

    private static ReportLine refusedLine(LineCheck.Checked c) {
        return new ReportLine(c.line(), Outcome.REFUSED, null, c.siren(), c.name(), c.refusal(),
                c.column() == null ? null : c.column().apiName(), c.message());
    }

    private static ImportSummary summary(DirectoryImport r) {
        return new ImportSummary(r.id, r.fileName, r.createdBy, r.createdAt, r.status == DirectoryImport.Status.APPLIED,
                r.atomic, r.encoding, r.delimiter, r.appliedAt, r.lineCount, r.createdCount, r.updatedCount,
                r.unchangedCount, r.refusedCount);
    }

    private static ImportSummary summary(Long id, Upload upload, Checked checked, Actor actor, Instant at,
            boolean applied, Instant appliedAt, List<ReportLine> lines) {
        return new ImportSummary(id, fileName(upload.fileName()), actor.label(), at, applied, upload.atomic(),
                checked.parsed().encoding().name(), String.valueOf(checked.parsed().delimiter()), appliedAt,
                lines.size(), count(lines, Outcome.CREATED), count(lines, Outcome.UPDATED),
                count(lines, Outcome.UNCHANGED), count(lines, Outcome.REFUSED));
    }

    private static int count(List<ReportLine> lines, Outcome outcome) {
        return (int) lines.stream().filter(l -> l.outcome() == outcome).count();
    }

    private static InvalidInputException atomicRefusal(List<ReportLine> refused) {
        return new InvalidInputException("directory-import-refused", "Import refused",
                refused.size() + " line(s) of the file are refused and the import was asked all-or-nothing: nothing "
                        + "was written. Correct them (see errors) and import the file again.", refused);
    }

    static String fileName(String name) {
        String plain = name == null || name.isBlank() || !ClientText.storable(name) ? "import.csv" : name.strip();
        int slash = Math.max(plain.lastIndexOf('/'), plain.lastIndexOf('\\'));
        return cut(plain.substring(slash + 1).isEmpty() ? "import.csv" : plain.substring(slash + 1), 255);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
