package org.odmaturity.questionnaire.registry;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.odmaturity.time.Instants;

import org.jboss.logging.Logger;

/**
 * Records which questionnaire versions are in use, with their content hash. Safe with several instances on one
 * database: the unique constraint decides which instance records a version first, and the others read its hash.
 */
@ApplicationScoped
public class QuestionnaireVersionService {

    private static final Logger LOG = Logger.getLogger(QuestionnaireVersionService.class);

    /** Every recorded version, keyed by {@code id@version}. */
    @Transactional
    public Map<String, QuestionnaireVersion> recorded() {
        return QuestionnaireVersion.<QuestionnaireVersion>listAll().stream()
                .collect(Collectors.toMap(v -> key(v.questionnaireId, v.version), Function.identity()));
    }

    @Transactional
    public Optional<QuestionnaireVersion> find(String questionnaireId, int version) {
        return QuestionnaireVersion.find("questionnaireId = ?1 and version = ?2", questionnaireId, version)
                .firstResultOptional();
    }

    /**
     * Records the version if it is not yet recorded, and returns the recorded row (the existing one if another
     * instance or an earlier run recorded it, whose hash may differ from {@code contentHash}).
     */
    public QuestionnaireVersion recordUse(String questionnaireId, int version, String contentHash, String sourceFile,
            String content) {
        Optional<QuestionnaireVersion> existing = find(questionnaireId, version);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return insert(questionnaireId, version, contentHash, sourceFile, content);
        } catch (PersistenceException e) {
            // Another instance recorded it between our read and our insert: its row is authoritative.
            LOG.debugf(e, "questionnaire %s@%d recorded concurrently", questionnaireId, version);
            return find(questionnaireId, version).orElseThrow(() -> e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    QuestionnaireVersion insert(String questionnaireId, int version, String contentHash, String sourceFile,
            String content) {
        QuestionnaireVersion row = new QuestionnaireVersion();
        row.questionnaireId = questionnaireId;
        row.version = version;
        row.contentHash = contentHash;
        row.sourceFile = sourceFile.length() > 255 ? sourceFile.substring(0, 255) : sourceFile;
        row.content = content;
        row.firstUsedAt = Instants.now();
        row.persistAndFlush();
        return row;
    }

    static String key(String questionnaireId, int version) {
        return questionnaireId + "@" + version;
    }
}
