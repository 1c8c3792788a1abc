package org.odmaturity.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids from one of the schema's sequences, taken the way the application's Hibernate takes them (Quarkus' default
 * {@code pooled-lo} optimiser: the sequences increment by 50 and each value {@code v} stands for the ids
 * {@code v … v+49}), so that the application, running at the same time or later, never hands out an id the generator
 * used.
 */
final class SequenceIds {

    private static final int STEP = 50;
    private static final int MAX_VALUES_PER_QUERY = 200;

    private final Connection connection;
    private final String sequence;
    private final long[] values = new long[MAX_VALUES_PER_QUERY];
    private int fetched;
    private int nextValue;
    private long next;
    private long last = -1;

    SequenceIds(Connection connection, String sequence) {
        this.connection = connection;
        this.sequence = sequence;
    }

    long next() throws SQLException {
        if (next > last) {
            if (nextValue == fetched) {
                fetch();
            }
            long value = values[nextValue++];
            next = value;
            last = value + STEP - 1;
        }
        return next++;
    }

    /** Takes one value, then twice as many each time (up to 200): small tables waste no ids, big ones few queries. */
    private void fetch() throws SQLException {
        int count = Math.min(MAX_VALUES_PER_QUERY, Math.max(1, fetched * 2));
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT nextval('" + sequence + "') FROM generate_series(1, " + count + ")");
                ResultSet rs = query.executeQuery()) {
            int i = 0;
            while (rs.next()) {
                values[i++] = rs.getLong(1);
            }
            fetched = i;
        }
        nextValue = 0;
    }
}
