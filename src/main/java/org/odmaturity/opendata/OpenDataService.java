package org.odmaturity.opendata;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriBuilder;

import org.odmaturity.campaign.Campaign;
import org.odmaturity.campaign.CampaignStatus;
import org.odmaturity.comparison.CampaignResults;
import org.odmaturity.comparison.CampaignResults.Row;
import org.odmaturity.comparison.ComparisonService;
import org.odmaturity.comparison.Needs;
import org.odmaturity.comparison.Results;
import org.odmaturity.comparison.ResultsCalculator;
import org.odmaturity.comparison.ResultsFilter;
import org.odmaturity.comparison.Viewer;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.opendata.DataPackageBuilder.Content;
import org.odmaturity.opendata.DataPackageBuilder.Producer;
import org.odmaturity.opendata.DataPackageBuilder.Resource;
import org.odmaturity.plan.PeersConfig;
import org.odmaturity.security.Actor;
import org.odmaturity.time.Instants;

/**
 * Publishes closed campaigns' aggregated results as open data packages (docs/open-data.md), withdraws them, lists the
 * published ones and serves their stored files. The figures are those of the public audience ({@link
 * ComparisonService#publicViewer}: the anonymity rule, no individual result) over the validated diagnostics; the files
 * are written once per publication and stored, so that they never change until an admin republishes. Owns the
 * transactions; entities never leave it.
 *
 * <p>Writers of a campaign's package lock the campaign's row first, so that two admins publishing at once queue.
 */
@ApplicationScoped
public class OpenDataService {

    /** The root of the public URLs. */
    public static final String ROOT = "/donnees-ouvertes";
    /** What a slug looks like: lower-case letters and digits in hyphen-separated words. */
    public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    static final int SLUG_MAX = 80;

    private final ComparisonService comparisons;
    private final OpenDataConfig config;
    private final PeersConfig peers;
    private final EntityManager em;

    public OpenDataService(ComparisonService comparisons, OpenDataConfig config, PeersConfig peers,
            EntityManager em) {
        this.comparisons = comparisons;
        this.config = config;
        this.peers = peers;
        this.em = em;
    }

    /** A stored public file, as published. */
    public record StoredFile(String name, String mediaType, String content, String sha256, Instant publishedAt) {
    }

    /** The address of a package's file: {@code /donnees-ouvertes/{slug}/{file}}. */
    public static String url(String slug, String fileName) {
        return UriBuilder.fromPath(ROOT).path("{slug}").path("{file}").build(slug, fileName).toString();
    }

    // ----------------------------------------------------------------------------------------------------- public

    /** The published packages (withdrawn ones left out), latest campaign year first. */
    @Transactional
    public List<PublishedPackage> published() {
        List<OpenDataPackage> packages = em.createQuery("from OpenDataPackage p where p.withdrawnAt is null "
                + "order by p.campaignYear desc, p.publishedAt desc, p.id desc", OpenDataPackage.class)
                .getResultList();
        Map<Long, List<PublishedPackage.File>> files = files(packages.stream().map(p -> p.id).toList());
        return packages.stream().map(p -> new PublishedPackage(p.slug,
                DataPackageBuilder.title(p.campaignName, p.campaignYear), p.campaignName, p.campaignYear,
                DataPackageBuilder.version(p.publicationCount), p.publishedAt, p.questionnaireId,
                p.questionnaireVersion, url(p.slug, DataPackageBuilder.DATAPACKAGE),
                files.getOrDefault(p.id, List.of()))).toList();
    }

    /** A file of a published package, looked up by its exact name in the stored package; empty when there is none. */
    @Transactional
    public Optional<StoredFile> file(String slug, String fileName) {
        return em.createQuery("""
                select f.fileName, f.mediaType, f.content, f.sha256, p.publishedAt
                from OpenDataFile f, OpenDataPackage p
                where f.packageId = p.id and p.slug = :slug and f.fileName = :name and p.withdrawnAt is null
                """, Object[].class).setParameter("slug", slug).setParameter("name", fileName).getResultList()
                .stream().findFirst().map(r -> new StoredFile((String) r[0], (String) r[1], (String) r[2],
                        (String) r[3], (Instant) r[4]));
    }

    // ------------------------------------------------------------------------------------------------------ admin

    /** A campaign's open data state and a preview of what publishing it now would give; 404 for no campaign. */
    @Transactional
    public OpenDataStatus status(long campaignId) {
        Campaign campaign = campaign(campaignId, false);
        CampaignSnapshot snapshot = CampaignSnapshot.of(campaign);
        Figures figures = figures(campaignId);
        OpenDataPackage current = packageOf(campaignId);
        Content preview = build(snapshot, figures, current == null ? slug(snapshot) : current.slug,
                Instants.now(), current == null ? 1 : current.publicationCount + 1);
        return state(snapshot, current, preview, figures);
    }

    /**
     * Publishes a closed campaign, or republishes it: its files are written again from the current figures, replace
     * the former ones and get a new publication date and version (the slug, hence the URLs, stay). 404 for no
     * campaign; 409 when it is not closed; 412 when {@code expected} is stated and is not the current state's
     * version (nothing said: no check, publishing only regenerates files from the data).
     */
    @Transactional
    public OpenDataStatus publish(long campaignId, ExpectedVersion expected, Actor actor) {
        Campaign campaign = campaign(campaignId, true);
        CampaignSnapshot snapshot = CampaignSnapshot.of(campaign);
        check(expected, packageOf(campaignId), campaignId);
        if (campaign.status != CampaignStatus.CLOSED) {
            throw new ConflictException("status", "Campaign " + campaignId + " is " + campaign.status.apiName()
                    + ": only a closed campaign's results are published (close it first).");
        }
        Figures figures = figures(campaignId); // may clear the persistence context: entities are read again below
        OpenDataPackage pkg = packageOf(campaignId);
        Instant now = Instants.now().truncatedTo(ChronoUnit.SECONDS);
        if (pkg == null) {
            pkg = new OpenDataPackage();
            pkg.campaignId = campaignId;
            pkg.slug = slug(snapshot);
            pkg.publicationCount = 0;
        } else {
            em.createQuery("delete from OpenDataFile f where f.packageId = :p").setParameter("p", pkg.id)
                    .executeUpdate();
        }
        pkg.campaignName = snapshot.name();
        pkg.campaignYear = snapshot.year();
        pkg.questionnaireId = snapshot.questionnaireId();
        pkg.questionnaireVersion = snapshot.questionnaireVersion();
        pkg.publicationCount++;
        pkg.publishedAt = now;
        pkg.publishedBy = actor.label();
        pkg.withdrawnAt = null;
        pkg.withdrawnBy = null;
        if (pkg.id == null) {
            em.persist(pkg);
        }
        Content content = build(snapshot, figures, pkg.slug, now, pkg.publicationCount);
        store(pkg.id, content);
        em.flush();
        return state(snapshot, pkg, content, figures);
    }

    /**
     * Withdraws a campaign's package: its files are deleted (its URLs answer 404) and it leaves the public list; the
     * slug stays the campaign's for a later publication. Nothing to withdraw is not an error. 404 for no campaign, 412
     * as {@link #publish}.
     */
    @Transactional
    public OpenDataStatus withdraw(long campaignId, ExpectedVersion expected, Actor actor) {
        Campaign campaign = campaign(campaignId, true);
        CampaignSnapshot snapshot = CampaignSnapshot.of(campaign);
        OpenDataPackage pkg = packageOf(campaignId);
        check(expected, pkg, campaignId);
        if (pkg != null && pkg.published()) {
            em.createQuery("delete from OpenDataFile f where f.packageId = :p").setParameter("p", pkg.id)
                    .executeUpdate();
            pkg.withdrawnAt = Instants.now().truncatedTo(ChronoUnit.SECONDS);
            pkg.withdrawnBy = actor.label();
            em.flush();
        }
        Figures figures = figures(campaignId);
        pkg = packageOf(campaignId);
        Content preview = build(snapshot, figures, pkg == null ? slug(snapshot) : pkg.slug, Instants.now(),
                pkg == null ? 1 : pkg.publicationCount + 1);
        return state(snapshot, pkg, preview, figures);
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    /** What a publication needs to know of its campaign, read once (the entity may be detached afterwards). */
    private record CampaignSnapshot(long id, String name, int year, CampaignStatus status, java.time.LocalDate opensOn,
            java.time.LocalDate closesOn, String questionnaireId, int questionnaireVersion) {

        static CampaignSnapshot of(Campaign c) {
            return new CampaignSnapshot(c.id, c.name, c.year, c.status, c.opensOn, c.closesOn, c.questionnaireId,
                    c.questionnaireVersion);
        }
    }

    /** The public audience's figures of one reading of the campaign's data. */
    private record Figures(CampaignResults data, Results results, Needs needs) {
    }

    private Campaign campaign(long campaignId, boolean lock) {
        Campaign campaign = lock ? em.find(Campaign.class, campaignId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Campaign.class, campaignId);
        if (campaign == null) {
            throw new ResourceNotFoundException("No campaign " + campaignId + ".");
        }
        return campaign;
    }

    private OpenDataPackage packageOf(long campaignId) {
        return em.createQuery("from OpenDataPackage p where p.campaignId = :c", OpenDataPackage.class)
                .setParameter("c", campaignId).getResultList().stream().findFirst().orElse(null);
    }

    /** The state's version: 0 while never published, then the row's version + 1. */
    private static long stateVersion(OpenDataPackage pkg) {
        return pkg == null ? 0 : pkg.version + 1;
    }

    private static void check(ExpectedVersion expected, OpenDataPackage pkg, long campaignId) {
        if (expected.stated()) {
            expected.check(stateVersion(pkg), "the open data of campaign " + campaignId);
        }
    }

    private Figures figures(long campaignId) {
        CampaignResults data = comparisons.data(campaignId);
        Viewer audience = comparisons.publicViewer("fr");
        ResultsFilter filter = ResultsFilter.defaults();
        return new Figures(data, comparisons.results(data, filter, audience), comparisons.needs(data, filter,
                audience));
    }

    private Content build(CampaignSnapshot c, Figures figures, String slug, Instant created, int publicationCount) {
        String questionnaireTitle = figures.data().questionnaire() == null ? c.questionnaireId()
                : figures.data().questionnaire().title().in("fr", figures.data().questionnaire().defaultLanguage());
        DataPackageBuilder.Publication publication = new DataPackageBuilder.Publication(slug, c.name(), c.year(),
                c.opensOn(), c.closesOn(), c.questionnaireId(), c.questionnaireVersion(), questionnaireTitle,
                created, publicationCount, new Producer(config.producerName(), config.producerUrl(),
                        config.producerEmail().orElse(null)), peers.minimumGroupSize());
        return DataPackageBuilder.build(publication, figures.results(), figures.needs());
    }

    private void store(long packageId, Content content) {
        int order = 0;
        byte[] json = content.datapackage().getBytes(StandardCharsets.UTF_8);
        persist(packageId, DataPackageBuilder.DATAPACKAGE, null, DataPackageBuilder.JSON_MEDIA_TYPE,
                content.datapackage(), json.length, DataPackageBuilder.sha256(json), null, order++);
        for (Resource r : content.resources()) {
            persist(packageId, r.fileName(), r.name(), DataPackageBuilder.CSV_MEDIA_TYPE, r.csv(), r.bytes(),
                    r.sha256(), r.rows(), order++);
        }
    }

    private void persist(long packageId, String fileName, String resource, String mediaType, String content,
            long bytes, String sha256, Integer rows, int order) {
        OpenDataFile file = new OpenDataFile();
        file.packageId = packageId;
        file.fileName = fileName;
        file.resource = resource;
        file.mediaType = mediaType;
        file.content = content;
        file.byteCount = bytes;
        file.sha256 = sha256;
        file.rowCount = rows;
        file.sortOrder = order;
        em.persist(file);
    }

    private Map<Long, List<PublishedPackage.File>> files(List<Long> packageIds) {
        Map<Long, List<PublishedPackage.File>> files = new LinkedHashMap<>();
        if (packageIds.isEmpty()) {
            return files;
        }
        em.createQuery("""
                select f.packageId, p.slug, f.resource, f.fileName, f.mediaType, f.byteCount, f.rowCount
                from OpenDataFile f, OpenDataPackage p where f.packageId = p.id and f.packageId in :ids
                order by f.packageId, f.sortOrder
                """, Object[].class).setParameter("ids", packageIds).getResultList()
                .forEach(r -> files.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new PublishedPackage.File(
                        (String) r[2], (String) r[3], url((String) r[1], (String) r[3]), (String) r[4], (Long) r[5],
                        (Integer) r[6])));
        return files;
    }

    private OpenDataStatus state(CampaignSnapshot c, OpenDataPackage pkg, Content preview, Figures figures) {
        OpenDataStatus.Publication publication = null;
        if (pkg != null) {
            List<PublishedPackage.File> files = pkg.published() ? files(List.of(pkg.id)).getOrDefault(pkg.id,
                    List.of()) : List.of();
            publication = new OpenDataStatus.Publication(pkg.slug, pkg.published(),
                    DataPackageBuilder.version(pkg.publicationCount), pkg.publicationCount, pkg.publishedAt,
                    pkg.publishedBy, pkg.withdrawnAt, pkg.withdrawnBy,
                    pkg.published() ? url(pkg.slug, DataPackageBuilder.DATAPACKAGE) : null, files);
        }
        List<OpenDataStatus.ResourcePreview> resources = preview.resources().stream()
                .map(r -> new OpenDataStatus.ResourcePreview(r.name(), r.fileName(), r.title(), r.rows())).toList();
        return new OpenDataStatus(new OpenDataStatus.CampaignRef(c.id(), c.name(), c.year(), c.status().apiName()),
                stateVersion(pkg), c.status() == CampaignStatus.CLOSED, publication,
                new OpenDataStatus.Preview(resources, leftOut(figures)));
    }

    private OpenDataStatus.LeftOut leftOut(Figures f) {
        Viewer audience = comparisons.publicViewer("fr");
        List<Row> counted = ResultsCalculator.counted(f.data(), ResultsFilter.defaults(), audience);
        Set<Long> countedIds = new java.util.HashSet<>();
        counted.forEach(r -> countedIds.add(r.diagnosticId()));
        int diagnostics = 0;
        int validated = 0;
        Set<String> all = new TreeSet<>();
        Set<String> shown = new TreeSet<>();
        for (Row row : f.data().rows()) {
            if (row.profile().departement() != null) {
                all.add(row.profile().departement());
                if (countedIds.contains(row.diagnosticId())) {
                    shown.add(row.profile().departement());
                }
            }
            if (!countedIds.contains(row.diagnosticId())) {
                diagnostics++;
                validated += row.profile().status() == DiagnosticStatus.VALIDATED ? 1 : 0;
            }
        }
        all.removeAll(shown);
        List<OpenDataStatus.Node> hidden = f.results().distributions().stream().filter(d -> !d.shown())
                .map(d -> new OpenDataStatus.Node(d.nodeType(), d.nodeId(), d.title())).toList();
        List<String> withoutMean = f.results().departements().stream()
                .filter(d -> d.participants() > 0 && !d.shown()).map(Results.DepartementFigure::code).toList();
        return new OpenDataStatus.LeftOut(audience.minimumGroupSize(), diagnostics, validated, List.copyOf(all),
                hidden, withoutMean, f.needs().diagnostics() == null);
    }

    /** A new package's slug: its campaign's name (with its year), unique among packages. */
    private String slug(CampaignSnapshot c) {
        String base = slugify(c.name());
        if (base.isEmpty()) {
            base = "campagne-" + c.year();
        } else if (!base.matches("(.*-)?" + c.year() + "(-.*)?")) {
            base = base + "-" + c.year();
        }
        String slug = cut(base);
        if (slugTaken(slug)) {
            String suffix = "-" + c.id();
            slug = cut(base.substring(0, Math.min(base.length(), SLUG_MAX - suffix.length()))) + suffix;
        }
        return slug;
    }

    private boolean slugTaken(String slug) {
        return !em.createQuery("select p.id from OpenDataPackage p where p.slug = :s", Long.class)
                .setParameter("s", slug).getResultList().isEmpty();
    }

    /**
     * Lower-case ASCII letters and digits, words joined by hyphens: "Diagnostic 2026 – Grand Est" →
     * diagnostic-2026-grand-est.
     */
    static String slugify(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
                .toLowerCase(Locale.ROOT);
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String cut(String slug) {
        String s = slug.length() <= SLUG_MAX ? slug : slug.substring(0, SLUG_MAX);
        return s.replaceAll("-+$", "");
    }
}
