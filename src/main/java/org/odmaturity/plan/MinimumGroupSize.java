package org.odmaturity.plan;

import org.eclipse.microprofile.config.spi.Converter;

/**
 * Reads {@code odm.peers.minimum-group-size}: a whole number of at least 2, since a "group" of one organisation is that
 * organisation. A smaller or malformed value stops the service at start with this message.
 *
 * <p>A converter rather than a Bean Validation constraint on {@link PeersConfig}: a single constraint on any
 * {@code @ConfigMapping} makes Quarkus build a Hibernate Validator factory during static initialisation, which was a
 * fifth of the start's Java samples (docs/performance.md, "Start and memory").
 */
public final class MinimumGroupSize implements Converter<Integer> {

    static final int SMALLEST = 2;

    @Override
    public Integer convert(String value) {
        String text = value == null ? "" : value.strip();
        int size;
        try {
            size = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("odm.peers.minimum-group-size must be a whole number, not '" + text + "'");
        }
        if (size < SMALLEST) {
            throw new IllegalArgumentException(
                    "odm.peers.minimum-group-size must be at least " + SMALLEST + " (was " + size + ")");
        }
        return size;
    }
}
