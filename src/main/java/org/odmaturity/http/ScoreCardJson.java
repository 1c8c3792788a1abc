package org.odmaturity.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import org.odmaturity.scoring.QuestionScore;

/**
 * Score cards in JSON: a question's {@code rows} (matrix questions only) is left out when null, so that the score of
 * every other question reads as it did before matrix questions existed. The scoring core stays free of Jackson.
 */
@Singleton
public class ScoreCardJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(QuestionScore.class, QuestionScoreMixin.class);
    }

    abstract static class QuestionScoreMixin {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract java.util.List<?> rows();
    }
}
