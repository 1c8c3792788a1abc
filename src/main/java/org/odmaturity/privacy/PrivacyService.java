package org.odmaturity.privacy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.time.Instants;

/**
 * The rights of the people whose data the service holds (docs/privacy.md): what is held about an email address (an
 * export), erasing an organisation's contact or everything erasable about an address, and the retention purge.
 *
 * <p>Where an address appears: organisations' contacts ({@code organization.contact_email}); accounts
 * ({@code app_user.email}) with their API tokens and sessions; the labels that record who acted
 * ({@code "Name <email>"} in {@code answer.answered_by} and {@code answer.assessed_by}, {@code answer_change.changed_by},
 * {@code score_snapshot.created_by}, {@code improvement_plan.created_by/updated_by}, {@code invitation.created_by},
 * {@code open_data_package.published_by/withdrawn_by}, {@code directory_import.created_by}); invitation links' labels
 * (free text, which may name a person); previews of directory imports; and what {@link PersonalDataSource} beans add.
 */
@ApplicationScoped
public class PrivacyService {

    private static final Logger LOG = Logger.getLogger(PrivacyService.class);

    /** A part of the export: where the data are, what they are, the rows. */
    public record Section(String name, String description, List<Map<String, Object>> rows) {
    }

    /** Everything held about an address. */
    public record SubjectExport(String email, Instant generatedAt, List<Section> sections) {
    }

    /** What an erasure changed, by section. */
    public record Erasure(String email, Map<String, Integer> erased) {
    }

    /** What a purge erased. */
    public record Purge(Instant contactCutoff, int contactsErased, int previewsDeleted, Map<String, Integer> others) {
    }

    /** An erased organisation contact: its new version (the ETag). */
    public record ContactErased(long organizationId, long version) {
    }

    private record Query(String name, String description, String sql) {
    }

    private static final String LABEL = "(lower(%1$s) = :email or lower(%1$s) like :label escape '!')";

    private static final List<Query> QUERIES = List.of(
            new Query("organizationContacts", "Organisations whose contact this address is (name, email, phone).",
                    "select id, name, siren, contact_name, contact_email, contact_phone, updated_at from organization "
                            + "where lower(contact_email) = :email order by id"),
            new Query("accounts", "Accounts (admins, facilitators) signing in with this address.",
                    "select id, email, display_name, role, active, created_at from app_user where lower(email) = :email"),
            new Query("apiTokens", "Personal API tokens of these accounts (names and dates; tokens are stored hashed).",
                    "select t.id, t.name, t.created_at, t.expires_at, t.revoked_at, t.last_used_at from api_token t "
                            + "join app_user u on u.id = t.user_id where lower(u.email) = :email order by t.id"),
            new Query("webSessions", "Signed-in sessions of these accounts (dates; tokens are stored hashed).",
                    "select s.id, s.created_at, s.last_seen_at, s.expires_at from staff_session s "
                            + "join app_user u on u.id = s.user_id where lower(u.email) = :email order by s.id"),
            new Query("invitations", "Invitation links created by this person, or whose label contains the address.",
                    "select id, diagnostic_id, label, created_by, created_at, expires_at, revoked_at, last_used_at "
                            + "from invitation where " + String.format(LABEL, "created_by")
                            + " or lower(label) like :anywhere escape '!' order by id"),
            new Query("answers", "Current answers recorded as given by this person.",
                    "select diagnostic_id, question_id, answered_by, answered_at from answer where "
                            + String.format(LABEL, "answered_by") + " order by diagnostic_id, question_id"),
            new Query("assessments", "Answers this person scored as facilitator, with the justification given.",
                    "select diagnostic_id, question_id, assessed_points, assessment_justification, assessed_by, "
                            + "assessed_at from answer where " + String.format(LABEL, "assessed_by")
                            + " order by diagnostic_id, question_id"),
            new Query("answerHistory", "Entries of the answers' history recorded under this person's name.",
                    "select diagnostic_id, question_id, changed_by, changed_at from answer_change where "
                            + String.format(LABEL, "changed_by") + " order by id"),
            new Query("scoreSnapshots", "Score snapshots taken by this person.",
                    "select id, diagnostic_id, kind, created_by, created_at from score_snapshot where "
                            + String.format(LABEL, "created_by") + " order by id"),
            new Query("improvementPlans", "Improvement plans created or last changed by this person.",
                    "select id, diagnostic_id, created_by, created_at, updated_by, updated_at from improvement_plan "
                            + "where " + String.format(LABEL, "created_by") + " or "
                            + String.format(LABEL, "updated_by") + " order by id"),
            new Query("openDataPackages", "Open-data publications published or withdrawn by this person.",
                    "select id, campaign_id, published_by, published_at, withdrawn_by, withdrawn_at "
                            + "from open_data_package where " + String.format(LABEL, "published_by") + " or "
                            + String.format(LABEL, "withdrawn_by") + " order by id"),
            new Query("directoryImports", "Directory imports uploaded by this person.",
                    "select id, file_name, status, created_by, created_at from directory_import where "
                            + String.format(LABEL, "created_by") + " order by id"),
            new Query("directoryImportPreviews", "Lines of directory-import previews (not yet confirmed) giving this "
                    + "address as a contact.",
                    "select import_id, line_number, siren, name, contact_name, contact_email from directory_import_line "
                            + "where lower(contact_email) = :email order by import_id, line_number"));

    private final EntityManager em;
    private final PrivacyConfig config;
    private final Instance<PersonalDataSource> sources;

    public PrivacyService(EntityManager em, PrivacyConfig config, Instance<PersonalDataSource> sources) {
        this.em = em;
        this.config = config;
        this.sources = sources;
    }

    /** Everything held about an address (case ignored). */
    @Transactional
    public SubjectExport export(String email) {
        String address = address(email);
        List<Section> sections = new ArrayList<>();
        for (Query q : QUERIES) {
            var query = em.createNativeQuery(q.sql(), Tuple.class).setParameter("email", address);
            if (q.sql().contains(":label")) {
                query.setParameter("label", "%<" + escapeLike(address) + ">%");
            }
            if (q.sql().contains(":anywhere")) {
                query.setParameter("anywhere", "%" + escapeLike(address) + "%");
            }
            @SuppressWarnings("unchecked")
            List<Tuple> rows = query.getResultList();
            sections.add(new Section(q.name(), q.description(), rows.stream().map(PrivacyService::row).toList()));
        }
        for (PersonalDataSource source : sources) {
            sections.add(new Section(source.name(), source.description(), source.find(address)));
        }
        return new SubjectExport(address, Instants.now().truncatedTo(ChronoUnit.SECONDS), sections);
    }

    /** Erases an organisation's contact (name, email, phone); its version moves. 404 when there is no such one. */
    @Transactional
    public ContactErased eraseContact(long organizationId) {
        int changed = em.createNativeQuery("update organization set contact_name = null, contact_email = null, "
                + "contact_phone = null, version = version + 1, updated_at = :now where id = :id and (contact_name is "
                + "not null or contact_email is not null or contact_phone is not null)")
                .setParameter("now", Instants.now()).setParameter("id", organizationId).executeUpdate();
        List<?> version = em.createNativeQuery("select version from organization where id = :id")
                .setParameter("id", organizationId).getResultList();
        if (version.isEmpty()) {
            throw new ResourceNotFoundException("No organisation " + organizationId + ".");
        }
        if (changed > 0) {
            LOG.infof("privacy: contact of organisation %d erased", organizationId);
        }
        em.clear(); // the organisation, if loaded in this transaction, is stale now
        return new ContactErased(organizationId, ((Number) version.get(0)).longValue());
    }

    /**
     * Erases what can be erased about an address: organisations' contacts with that email, previews' lines, and what
     * the {@link PersonalDataSource}s hold. Accounts are not deleted here (deactivate them on the account pages) and
     * the labels recording who answered are kept (docs/privacy.md says why).
     */
    @Transactional
    public Erasure erase(String email) {
        String address = address(email);
        Map<String, Integer> erased = new LinkedHashMap<>();
        erased.put("organizationContacts", em.createNativeQuery("update organization set contact_name = null, "
                + "contact_email = null, contact_phone = null, version = version + 1, updated_at = :now "
                + "where lower(contact_email) = :email").setParameter("now", Instants.now()).setParameter("email", address)
                .executeUpdate());
        erased.put("directoryImportPreviews", em.createNativeQuery("update directory_import_line set "
                + "contact_name = null, contact_email = null where lower(contact_email) = :email")
                .setParameter("email", address).executeUpdate());
        for (PersonalDataSource source : sources) {
            erased.put(source.name(), source.erase(address));
        }
        em.clear();
        LOG.infof("privacy: erasure of an address: %s", erased);
        return new Erasure(address, erased);
    }

    /**
     * The retention purge as of {@code now}: contacts of organisations without activity (a change of the
     * organisation or of one of its diagnostics) since {@code now - odm.privacy.contact-retention} are erased;
     * previews older than {@code odm.privacy.preview-retention} are deleted; the {@link PersonalDataSource}s purge
     * theirs. Idempotent, so several instances running it at once do no harm.
     */
    @Transactional
    public Purge purge(Instant now) {
        Instant cutoff = now.minus(config.contactRetention());
        int contacts = em.createNativeQuery("update organization set contact_name = null, contact_email = null, "
                + "contact_phone = null, version = version + 1, updated_at = :now "
                + "where (contact_name is not null or contact_email is not null or contact_phone is not null) "
                + "and updated_at < :cutoff and not exists (select 1 from diagnostic d "
                + "where d.organization_id = organization.id and d.updated_at >= :cutoff)")
                .setParameter("now", Instants.now()).setParameter("cutoff", cutoff).executeUpdate();
        int previews = em.createNativeQuery("delete from directory_import where status = 'PREVIEW' "
                + "and created_at < :cutoff").setParameter("cutoff", now.minus(config.previewRetention()))
                .executeUpdate();
        Map<String, Integer> others = new LinkedHashMap<>();
        for (PersonalDataSource source : sources) {
            others.put(source.name(), source.purge(cutoff));
        }
        em.clear();
        if (contacts > 0 || previews > 0 || others.values().stream().anyMatch(n -> n > 0)) {
            LOG.infof("privacy purge: %d contact(s) erased, %d preview(s) deleted, %s", contacts, previews, others);
        }
        return new Purge(cutoff, contacts, previews, others);
    }

    /** The address, stripped and in lower case; 422 when it is not one. */
    static String address(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty() || address.length() > 254 || !address.matches("[^\\s@]+@[^\\s@]+")) {
            throw new InvalidInputException("invalid-email", "Invalid email address", "email must be an email "
                    + "address, e.g. camille.martin@example.fr.", List.of(Map.of("field", "email", "message",
                            "must be an email address")));
        }
        return address;
    }

    static Map<String, Object> row(Tuple tuple) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (TupleElement<?> element : tuple.getElements()) {
            Object value = tuple.get(element);
            if (value instanceof java.sql.Timestamp t) {
                value = t.toInstant();
            } else if (value instanceof OffsetDateTime o) {
                value = o.toInstant();
            }
            row.put(element.getAlias(), value);
        }
        return row;
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
