package org.odmaturity.error;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Whether an error comes from the database being out of reach, rather than from a bug: no connection could be had in
 * time (the pool's acquisition timeout), a connection was refused or broken (SQLSTATE class 08), or the server is
 * shutting down or starting (57P01–57P03). Such a request is answered 503 with {@code Retry-After}, not 500.
 */
final class DatabaseUnavailable {

    /** Seconds a client should wait before trying again ({@code Retry-After}). */
    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    static boolean causes(Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = error; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLException sql && unavailable(sql)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed != t && causes(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean unavailable(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"))
                // the pool (Agroal) gives up waiting for a connection: "Acquisition timeout while waiting for new
                // connection", caused by a TimeoutException
                || e.getCause() instanceof TimeoutException;
    }
}
