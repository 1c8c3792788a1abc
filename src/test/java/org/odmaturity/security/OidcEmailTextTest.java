package org.odmaturity.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** A verified email PostgreSQL could not store is no email: no account lookup, no role (as for an unknown one). */
class OidcEmailTextTest {

    private static QuarkusSecurityIdentity identity(Map<String, Object> claims) {
        JsonWebToken token = new JsonWebToken() {
            @Override
            public String getName() {
                return "subject";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
        return QuarkusSecurityIdentity.builder().setPrincipal(token).build();
    }

    @Test
    void anEmailWithANulOrALoneSurrogateIsNotAnEmail() {
        assertEquals(Optional.of("camille@od-maturity.test"), OidcAccountAugmentor.verifiedEmail(
                identity(Map.of("email", "camille@od-maturity.test", "email_verified", true)), "email"));
        assertEquals(Optional.empty(), OidcAccountAugmentor.verifiedEmail(
                identity(Map.of("email", "cam\u0000ille@od-maturity.test", "email_verified", true)), "email"));
        assertEquals(Optional.empty(), OidcAccountAugmentor.verifiedEmail(
                identity(Map.of("email", "cam\udc00ille@od-maturity.test")), "email"));
    }
}
