package org.odmaturity.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/**
 * The campaign emails ({@code campaign_message}, V12) as personal data: each holds the address and name it was sent to.
 * Erasing or purging one keeps the row (the campaign's progress counts it) but replaces the address by
 * {@value #ERASED} and clears the name and the SMTP server's answer; a message still queued to that address is
 * cancelled rather than sent. Purged: messages no longer in flight whose last event is older than the contacts'
 * retention. Called inside {@link PrivacyService}'s transactions.
 */
@ApplicationScoped
public class CampaignMessages implements PersonalDataSource {

    /** What an erased recipient address becomes ({@code .invalid} is reserved: nothing can be sent there). */
    static final String ERASED = "effacee@adresse.invalid";

    private final EntityManager em;

    public CampaignMessages(EntityManager em) {
        this.em = em;
    }

    @Override
    public String name() {
        return "campaignMessages";
    }

    @Override
    public String description() {
        return "Campaign emails (invitations, reminders) queued or sent to this address.";
    }

    @Override
    public List<Map<String, Object>> find(String email) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select id, campaign_id, diagnostic_id, kind, status, recipient_name, "
                + "recipient_email, queued_at, sent_at, failed_at from campaign_message "
                + "where lower(recipient_email) = :email order by id", Tuple.class).setParameter("email", email)
                .getResultList();
        return rows.stream().map(PrivacyService::row).toList();
    }

    @Override
    public int erase(String email) {
        em.createNativeQuery("update campaign_message set status = 'CANCELLED', version = version + 1 "
                + "where lower(recipient_email) = :email and status = 'QUEUED'").setParameter("email", email)
                .executeUpdate();
        return em.createNativeQuery("update campaign_message set recipient_email = :erased, recipient_name = null, "
                + "smtp_reply = null, version = version + 1 where lower(recipient_email) = :email")
                .setParameter("erased", ERASED).setParameter("email", email).executeUpdate();
    }

    @Override
    public int purge(Instant contactCutoff) {
        return em.createNativeQuery("update campaign_message set recipient_email = :erased, recipient_name = null, "
                + "smtp_reply = null, version = version + 1 where status in ('SENT', 'FAILED', 'CANCELLED') "
                + "and recipient_email <> :erased and coalesce(sent_at, failed_at, queued_at) < :cutoff")
                .setParameter("erased", ERASED).setParameter("cutoff", contactCutoff).executeUpdate();
    }
}
