package org.odmaturity.diagnostic;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One axis or theme of a snapshot, as a row: what regional comparisons aggregate with plain SQL. */
@Entity
@Table(name = "score_snapshot_node")
@IdClass(ScoreSnapshotNode.Key.class)
public class ScoreSnapshotNode extends PanacheEntityBase {

    @Id
    @Column(name = "snapshot_id")
    public Long snapshotId;

    /** AXIS or THEME. */
    @Id
    @Column(name = "node_type", length = 10)
    public String nodeType;

    @Id
    @Column(name = "node_id", length = 100)
    public String nodeId;

    @Column(name = "axis_id", nullable = false, length = 100)
    public String axisId;

    @Column(precision = 4, scale = 1)
    public BigDecimal score;

    @Column(length = 100)
    public String level;

    @Column(nullable = false)
    public int answered;

    @Column(nullable = false)
    public int relevant;

    public static class Key implements Serializable {
        public Long snapshotId;
        public String nodeType;
        public String nodeId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(snapshotId, k.snapshotId) && Objects.equals(nodeType, k.nodeType)
                    && Objects.equals(nodeId, k.nodeId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(snapshotId, nodeType, nodeId);
        }
    }
}
