package org.odmaturity.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The public address setting: required, checked, normalised. */
class PublicBaseUrlTest {

    @Test
    void missingOrBlankStopsTheStartWithWhatToSet() {
        for (Optional<String> configured : java.util.List.of(Optional.<String>empty(), Optional.of("  "))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> new PublicBaseUrl(configured));
            assertTrue(e.getMessage().contains("ODM_PUBLIC_BASE_URL"), e.getMessage());
        }
    }

    @Test
    void onlyAnHttpAddressWithAHostIsAccepted() {
        for (String bad : java.util.List.of("diagnostic.example.fr", "ftp://diagnostic.example.fr", "https://",
                "https://diagnostic.example.fr/?x=1", "https://diagnostic.example.fr/#top",
                "https://user:pw@diagnostic.example.fr", "https://exa mple.fr")) {
            assertThrows(IllegalArgumentException.class, () -> new PublicBaseUrl(Optional.of(bad)), bad);
        }
    }

    @Test
    void theBaseHasNoTrailingSlashAndPathsAreAppended() {
        PublicBaseUrl root = new PublicBaseUrl(Optional.of("HTTPS://diagnostic.example.fr/"));
        assertEquals("https://diagnostic.example.fr", root.base());
        assertEquals("https://diagnostic.example.fr/i/odmi_x", root.of("/i/odmi_x"));
        PublicBaseUrl prefixed = new PublicBaseUrl(Optional.of("https://www.example.fr:8443/odm//"));
        assertEquals("https://www.example.fr:8443/odm/connexion", prefixed.of("/connexion"));
        assertEquals("https://www.example.fr:8443", prefixed.origin());
        assertThrows(IllegalArgumentException.class, () -> root.of("i/odmi_x"));
    }
}
