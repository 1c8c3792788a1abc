package org.odmaturity.diagnostic;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.odmaturity.campaign.Campaign;
import org.odmaturity.campaign.CampaignStatus;
import org.odmaturity.organization.Organization;
import org.odmaturity.security.AppUser;
import org.odmaturity.security.UserRole;

/**
 * What the admin pages read about diagnostics across organisations and campaigns, as records: the admin home's
 * counts, the number of diagnostics of each campaign, and an organisation's diagnostics with who may take them over
 * and the campaigns open for a new one. Read-only; one transaction per call, so that the pages never touch entities.
 */
@ApplicationScoped
public class DiagnosticOverview {

    /** The admin home's figures. {@code diagnostics}: how many diagnostics have each status, in the statuses' order. */
    public record Counts(long organizations, long openCampaigns, Map<DiagnosticStatus, Long> diagnostics,
            long activeFacilitators) {

        public long diagnosticsTotal() {
            return diagnostics.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** An account that facilitates (or facilitated) diagnostics; {@code assignable}: active and a facilitator. */
    public record Facilitator(long id, String displayName, String email, boolean assignable) {
    }

    /** A campaign as a choice of the "new diagnostic" form. */
    public record CampaignChoice(long id, String name, int year) {
    }

    /** A diagnostic of an organisation; {@code facilitator} is null when nobody facilitates it. */
    public record Row(long id, String campaignName, Integer campaignYear, DiagnosticMode mode, DiagnosticStatus status,
            Facilitator facilitator, Instant createdAt, long version) {
    }

    /** An organisation's diagnostics (newest first), the facilitators one can choose, the open campaigns. */
    public record OfOrganization(List<Row> diagnostics, List<Facilitator> facilitators,
            List<CampaignChoice> openCampaigns) {
    }

    @Transactional
    public Counts counts() {
        Map<DiagnosticStatus, Long> byStatus = new EnumMap<>(DiagnosticStatus.class);
        for (DiagnosticStatus status : DiagnosticStatus.values()) {
            byStatus.put(status, Diagnostic.count("status", status));
        }
        return new Counts(Organization.count(), Campaign.count("status", CampaignStatus.OPEN), byStatus,
                AppUser.count("role = ?1 and active = true", UserRole.FACILITATOR));
    }

    /** The number of diagnostics of each campaign that has some (by campaign id). */
    @Transactional
    public Map<Long, Long> countsByCampaign() {
        Map<Long, Long> counts = new LinkedHashMap<>();
        Diagnostic.getEntityManager()
                .createQuery("select d.campaignId, count(d) from Diagnostic d group by d.campaignId", Object[].class)
                .getResultList().forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    @Transactional
    public OfOrganization ofOrganization(long organizationId) {
        List<Facilitator> facilitators = AppUser.<AppUser>list(
                "role = ?1 and active = true order by lower(displayName), id", UserRole.FACILITATOR).stream()
                .map(DiagnosticOverview::facilitator).toList();
        List<Row> rows = Diagnostic.<Diagnostic>list("organizationId = ?1 order by id desc", organizationId).stream()
                .map(DiagnosticOverview::row).toList();
        List<CampaignChoice> open = Campaign.<Campaign>list("status = ?1 order by year desc, lower(name), id",
                CampaignStatus.OPEN).stream().map(c -> new CampaignChoice(c.id, c.name, c.year)).toList();
        return new OfOrganization(rows, facilitators, open);
    }

    private static Row row(Diagnostic d) {
        Campaign c = Campaign.findById(d.campaignId);
        AppUser f = d.facilitatorId == null ? null : AppUser.findById(d.facilitatorId);
        return new Row(d.id, c == null ? null : c.name, c == null ? null : c.year, d.mode, d.status,
                f == null ? null : facilitator(f), d.createdAt, d.version);
    }

    private static Facilitator facilitator(AppUser u) {
        return new Facilitator(u.id, u.displayName, u.email, u.active && u.role == UserRole.FACILITATOR);
    }
}
