package org.odmaturity.campaign.enrolment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.odmaturity.campaign.Campaign;
import org.odmaturity.diagnostic.DiagnosticService;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.organization.OrganizationType;
import org.odmaturity.security.Actor;

/**
 * Enrols organisations in a campaign: selects them ({@link Selection}), then creates their diagnostics in one
 * transaction through {@link DiagnosticService#createAll} (the rules of a new diagnostic, idempotent, one enrolment of
 * a campaign at a time). A dry run answers the same report without writing anything.
 */
@ApplicationScoped
public class EnrolmentService {

    /** The most organisations one enrolment takes (a region's communes fit several times over). */
    public static final int MAX_ORGANIZATIONS = 5_000;

    /** A selected organisation. */
    record Selected(long id, String name, String siren, OrganizationType type, String departement,
            Integer population) {
    }

    private final EntityManager em;
    private final DiagnosticService diagnostics;
    private final DirectoryImports imports;

    public EnrolmentService(EntityManager em, DiagnosticService diagnostics, DirectoryImports imports) {
        this.em = em;
        this.diagnostics = diagnostics;
        this.imports = imports;
    }

    /** Enrols (or, on a dry run, previews) the selected organisations; 404 without the campaign, 422 on bad input. */
    @Transactional
    public EnrolmentReport enrol(long campaignId, Selection selection, Enrolment enrolment, boolean dryRun,
            Actor actor) {
        if (Campaign.findById(campaignId) == null) {
            throw new ResourceNotFoundException("No campaign " + campaignId + ".");
        }
        List<Selected> selected = select(selection);
        Map<Long, Selected> byId = new LinkedHashMap<>();
        selected.forEach(s -> byId.put(s.id(), s));
        List<Long> ids = new ArrayList<>(byId.keySet());
        // explicit ids that are no organisation: passed on, so that they are reported as refused
        selection.organizationIds().stream().filter(id -> !byId.containsKey(id)).distinct().forEach(ids::add);
        DiagnosticService.Enrolled done = diagnostics.createAll(ids, campaignId, enrolment.mode(),
                enrolment.facilitatorId(), enrolment.deadline(), dryRun, actor);

        List<EnrolmentReport.Line> lines = new ArrayList<>();
        for (Selected s : selected) {
            Long existing = done.alreadyEnrolled().get(s.id());
            if (done.alreadyEnrolled().containsKey(s.id())) {
                lines.add(line(s, EnrolmentReport.Outcome.ALREADY_ENROLLED, existing, null));
            } else if (done.created().containsKey(s.id())) {
                lines.add(line(s, dryRun ? EnrolmentReport.Outcome.WOULD_CREATE : EnrolmentReport.Outcome.CREATED,
                        done.created().get(s.id()), null));
            } else {
                // selected by the criteria, but no longer there when the diagnostics were made (deleted meanwhile)
                lines.add(line(s, EnrolmentReport.Outcome.REFUSED, null, "no organisation " + s.id()));
            }
        }
        for (Long unknown : done.unknown()) {
            if (!byId.containsKey(unknown)) {
                lines.add(new EnrolmentReport.Line(unknown, null, null, null, null, null,
                        EnrolmentReport.Outcome.REFUSED, null, "no organisation " + unknown));
            }
        }
        int created = (int) lines.stream().filter(l -> l.outcome() == EnrolmentReport.Outcome.CREATED
                || l.outcome() == EnrolmentReport.Outcome.WOULD_CREATE).count();
        int already = (int) lines.stream().filter(l -> l.outcome() == EnrolmentReport.Outcome.ALREADY_ENROLLED)
                .count();
        return new EnrolmentReport(campaignId, dryRun, enrolment.mode(), enrolment.facilitatorId(),
                enrolment.deadline(), lines.size(), created, already, lines.size() - created - already, lines);
    }

    private static EnrolmentReport.Line line(Selected s, EnrolmentReport.Outcome outcome, Long diagnosticId,
            String reason) {
        return new EnrolmentReport.Line(s.id(), s.name(), s.siren(), s.type(), s.departement(), s.population(),
                outcome, diagnosticId, reason);
    }

    /**
     * The organisations that meet every criterion, by name. 422 when there is no criterion, when the population bounds
     * are crossed, when the import does not exist, or when more than {@link #MAX_ORGANIZATIONS} are selected.
     */
    List<Selected> select(Selection selection) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (selection.empty()) {
            errors.add(Map.of("field", "selection", "message", "choose at least one criterion: types, departements, "
                    + "populationMin, populationMax, importId or organizationIds"));
        }
        if (selection.populationMin() != null && selection.populationMax() != null
                && selection.populationMin() > selection.populationMax()) {
            errors.add(Map.of("field", "populationMin", "message", "must not be more than populationMax ("
                    + selection.populationMax() + ")"));
        }
        List<Long> imported = null;
        if (selection.importId() != null) {
            if (imports.find(selection.importId()).isEmpty()) {
                errors.add(Map.of("field", "importId", "message", "no directory import " + selection.importId()));
            } else {
                imported = imports.organizationIds(selection.importId());
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!selection.types().isEmpty()) {
            where.append(" and o.type in :types");
            params.put("types", selection.types());
        }
        if (!selection.departements().isEmpty()) {
            where.append(" and o.departementCode in :departements");
            params.put("departements", selection.departements());
        }
        if (selection.populationMin() != null) {
            where.append(" and o.population >= :min");
            params.put("min", selection.populationMin());
        }
        if (selection.populationMax() != null) {
            where.append(" and o.population <= :max");
            params.put("max", selection.populationMax());
        }
        if (imported != null) {
            if (imported.isEmpty()) {
                return List.of();
            }
            where.append(" and o.id in :imported");
            params.put("imported", imported);
        }
        if (!selection.organizationIds().isEmpty()) {
            where.append(" and o.id in :ids");
            params.put("ids", selection.organizationIds());
        }
        TypedQuery<Object[]> query = em.createQuery("select o.id, o.name, o.siren, o.type, o.departementCode, "
                + "o.population from Organization o" + where, Object[].class);
        params.forEach(query::setParameter);
        List<Selected> selected = new ArrayList<>(query.setMaxResults(MAX_ORGANIZATIONS + 1).getResultList().stream()
                .map(r -> new Selected((Long) r[0], (String) r[1], (String) r[2], (OrganizationType) r[3],
                        (String) r[4], (Integer) r[5])).toList());
        if (selected.size() > MAX_ORGANIZATIONS) {
            throw invalid(List.of(Map.of("field", "selection", "message", "selects more than " + MAX_ORGANIZATIONS
                    + " organisations; narrow it (by département, for instance) and enrol in several steps")));
        }
        java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.FRENCH);
        selected.sort(Comparator.comparing(Selected::name, collator).thenComparing(Selected::id));
        return selected;
    }

    private static InvalidInputException invalid(List<Map<String, String>> errors) {
        return new InvalidInputException("invalid-enrolment", "Invalid enrolment", errors.size()
                + " field(s) are invalid.", errors);
    }
}
