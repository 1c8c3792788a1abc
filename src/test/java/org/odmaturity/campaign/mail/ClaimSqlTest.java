package org.odmaturity.campaign.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sender's claim statement on H2 in PostgreSQL mode, the dev-mode database (PostgreSQL runs it in every email
 * test): it claims the oldest queued messages, as many as asked, and nothing else.
 */
class ClaimSqlTest {

    @Test
    void theClaimRunsOnH2AndTakesTheOldestQueuedMessages(@TempDir Path folder) throws SQLException {
        // a file database, as dev mode's (reopened after the migration, as dev mode is at each start)
        String url = "jdbc:h2:file:" + folder.resolve("claims").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO organization (id, name, siren, type, created_at, updated_at, version) "
                    + "VALUES (1, 'Commune', '123456782', 'commune', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
            s.executeUpdate("INSERT INTO campaign (id, name, campaign_year, questionnaire_id, questionnaire_version, "
                    + "status, created_at, version) VALUES (1, 'C', 2026, 'q', 1, 'OPEN', CURRENT_TIMESTAMP, 0)");
            s.executeUpdate("INSERT INTO diagnostic (id, organization_id, campaign_id, mode, status, created_at, "
                    + "updated_at, version) VALUES (1, 1, 1, 'SELF_ASSESSMENT', 'DRAFT', CURRENT_TIMESTAMP, "
                    + "CURRENT_TIMESTAMP, 0)");
            String[] statuses = { "QUEUED", "SENT", "QUEUED", "QUEUED", "FAILED" };
            for (int i = 0; i < statuses.length; i++) {
                s.executeUpdate("INSERT INTO campaign_message (id, campaign_id, diagnostic_id, kind, locale, "
                        + "recipient_email, status, attempts, queued_at, created_by, version) VALUES (" + (i + 1)
                        + ", 1, 1, 'INVITATION', 'fr', 'a@b.test', '" + statuses[i] + "', 0, TIMESTAMP WITH TIME ZONE "
                        + "'2026-01-0" + (5 - i) + " 10:00:00+00', 'test', 0)");
            }
            String sql = MailSender.claimSql(false, 2).replace(":claimant", "?").replace(":until", "?");
            try (PreparedStatement claim = c.prepareStatement(sql)) {
                claim.setString(1, "instance-a");
                claim.setObject(2, java.time.OffsetDateTime.parse("2026-01-06T10:05:00Z"));
                assertEquals(2, claim.executeUpdate());
            }
            StringBuilder claimed = new StringBuilder();
            try (ResultSet rs = s.executeQuery("SELECT id, attempts FROM campaign_message WHERE status = 'SENDING' "
                    + "AND claimed_by = 'instance-a' ORDER BY id")) {
                while (rs.next()) {
                    claimed.append(rs.getLong(1)).append(':').append(rs.getInt(2)).append(' ');
                }
            }
            // queued on the 5th, 3rd and 2nd: the two oldest are 4 and 3
            assertEquals("3:1 4:1 ", claimed.toString());
        }
    }
}
