package org.odmaturity.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.diagnostic.DiagnosticService;
import org.odmaturity.questionnaire.model.Axis;

/**
 * Reads a diagnostic's peer group from the stored score snapshots ({@code score_snapshot_node}), never recomputing a
 * peer's score: the SUBMITTED and VALIDATED diagnostics of the same campaign whose organisation has the same type, the
 * diagnostic itself excluded, each through its latest snapshot (latest {@code created_at}, then highest id).
 */
@ApplicationScoped
public class PeerComparison {

    private final EntityManager em;
    private final PeersConfig config;

    public PeerComparison(EntityManager em, PeersConfig config) {
        this.em = em;
        this.config = config;
    }

    /** Must run inside a transaction. */
    public Peers of(DiagnosticService.State state) {
        List<Object[]> rows = em.createQuery("""
                select s.diagnosticId, n.axisId, n.score
                from ScoreSnapshotNode n, ScoreSnapshot s, Diagnostic d, Organization o
                where n.snapshotId = s.id and s.diagnosticId = d.id and d.organizationId = o.id
                  and n.nodeType = 'AXIS'
                  and d.campaignId = :campaign and o.type = :type and d.id <> :self and d.status in :statuses
                  and not exists (select s2.id from ScoreSnapshot s2 where s2.diagnosticId = s.diagnosticId
                                  and (s2.createdAt > s.createdAt or (s2.createdAt = s.createdAt and s2.id > s.id)))
                """, Object[].class)
                .setParameter("campaign", state.diagnostic().campaignId)
                .setParameter("type", state.organization().type)
                .setParameter("self", state.diagnostic().id)
                .setParameter("statuses", List.of(DiagnosticStatus.SUBMITTED, DiagnosticStatus.VALIDATED))
                .getResultList();
        Set<Long> diagnostics = new HashSet<>();
        Map<String, List<Double>> scores = new LinkedHashMap<>();
        for (Object[] row : rows) {
            diagnostics.add((Long) row[0]);
            if (row[2] != null) {
                scores.computeIfAbsent((String) row[1], k -> new ArrayList<>()).add(((BigDecimal) row[2]).doubleValue());
            }
        }
        int minimum = config.minimumGroupSize();
        boolean shown = diagnostics.size() >= minimum;
        List<Peers.AxisPeers> axes = new ArrayList<>();
        for (Axis axis : state.questionnaire().questionnaire().axes()) {
            if (!shown) {
                axes.add(Peers.AxisPeers.hidden(axis.id()));
            } else {
                double[] values = scores.getOrDefault(axis.id(), List.of()).stream().mapToDouble(Double::doubleValue)
                        .toArray();
                // an axis some peers could not score must not narrow the group below the minimum either
                axes.add(values.length >= minimum ? Peers.AxisPeers.of(axis.id(), values)
                        : Peers.AxisPeers.hidden(axis.id()));
            }
        }
        return new Peers(diagnostics.size(), shown, minimum, axes);
    }
}
