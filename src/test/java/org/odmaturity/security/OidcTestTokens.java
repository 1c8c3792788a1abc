package org.odmaturity.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Test-only OIDC without an identity provider: the service verifies tokens with a local public key
 * ({@code quarkus.oidc.public-key}, no server contacted), and the tests sign tokens with the matching private key.
 * The key pair in {@code src/test/resources/oidc/} was generated for these tests and is trusted nowhere else.
 */
final class OidcTestTokens {

    static final String ISSUER = "https://idp.od-maturity.test/realms/test";

    /** OIDC switched on, as an operator would, but with the test key instead of a provider. */
    public static class OidcOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.public-key", pemBody("oidc/test-signing-key.pub.pem"),
                    "quarkus.oidc.token.issuer", ISSUER);
        }
    }

    private OidcTestTokens() {
    }

    /** A token the provider would issue for this email, valid for five minutes. */
    static JwtClaimsBuilder claims(String email) {
        return Jwt.issuer(ISSUER).subject("sub-" + email).claim("email", email).claim("email_verified", true)
                .claim("preferred_username", email).issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300));
    }

    static String token(String email) {
        return sign(claims(email));
    }

    static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("test").sign(privateKey());
    }

    /** Signed by a key the service does not know. */
    static String signWithAnotherKey(JwtClaimsBuilder claims) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims.jws().keyId("test").sign(generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Roles a provider might put in a token: the service must ignore them. */
    static final Set<String> PROVIDER_GROUPS = Set.of(Roles.ADMIN, Roles.FACILITATOR, Roles.RESPONDENT);

    private static PrivateKey privateKey() {
        try {
            byte[] der = Base64.getDecoder().decode(pemBody("oidc/test-signing-key.pem"));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The base64 body of a PEM file of the test resources (what {@code quarkus.oidc.public-key} takes). */
    static String pemBody(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
