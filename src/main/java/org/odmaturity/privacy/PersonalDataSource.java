package org.odmaturity.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * <strong>Extension point</strong> for the personal data another feature holds: a CDI bean implementing this
 * interface is found by {@link PrivacyService} and takes part in the export of what is held about an email address,
 * in its erasure and in the retention purge. The data of the features present when privacy was written are read by
 * {@link PrivacyService} itself (organisations' contacts, accounts, history labels, imports); e.g. the campaign
 * emails ({@code campaign_message}) come in as a bean of this type (docs/privacy.md, "Extending").
 */
public interface PersonalDataSource {

    /** The section's name in the export, e.g. {@code campaignMessages}. */
    String name();

    /** What the section holds, in English, for the export. */
    String description();

    /** The rows held about this address (lower case), as column → value. */
    List<Map<String, Object>> find(String email);

    /** Erases or anonymises what is held about this address (lower case); returns the number of rows changed. */
    int erase(String email);

    /** Erases what is older than the retention allows; returns the number of rows changed. Default: nothing. */
    default int purge(Instant contactCutoff) {
        return 0;
    }
}
