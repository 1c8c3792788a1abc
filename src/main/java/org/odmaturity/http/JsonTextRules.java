package org.odmaturity.http;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * How every JSON body is read (the one {@link ObjectMapper} of the service, which Quarkus REST uses for every JSON
 * endpoint):
 * <ul>
 * <li><b>strict JSON</b>: one value per body (anything after it, a second object included, is malformed) and no key
 * twice in an object (the last one would silently win) — both 400 {@code malformed-json};</li>
 * <li><b>storable text</b> ({@link ClientText}): no NUL character, no lone surrogate, in any string or key, whether
 * the body is read into records or kept as a tree ({@link JsonNode}) — 400 {@code invalid-json} naming the field.</li>
 * </ul>
 */
@Singleton
public class JsonTextRules implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(module());
    }

    /** The text rules as a Jackson module (also for mappers made outside the container, e.g. in unit tests). */
    public static SimpleModule module() {
        return new SimpleModule("od-maturity-text")
                .addDeserializer(String.class, new CheckedString())
                .addDeserializer(JsonNode.class, new CheckedTree<>(JsonNode.class))
                .addDeserializer(ObjectNode.class, new CheckedTree<>(ObjectNode.class))
                .addDeserializer(ArrayNode.class, new CheckedTree<>(ArrayNode.class))
                .addKeyDeserializer(String.class, new CheckedKey());
    }

    /** The reason a text cannot be stored, or null when it can (see {@link ClientText#problem}). */
    public static String problem(String text) {
        return ClientText.problem(text);
    }

    static final class CheckedString extends StdScalarDeserializer<String> {
        CheckedString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            String problem = problem(text);
            if (problem != null) {
                throw InvalidFormatException.from(parser, problem, text, String.class);
            }
            return text;
        }
    }

    static final class CheckedKey extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            String problem = problem(key);
            if (problem != null) {
                throw context.weirdKeyException(String.class, key, problem);
            }
            return key;
        }
    }

    /** A tree read as Jackson reads it, then walked: the first unstorable text or key is refused with its path. */
    static final class CheckedTree<T extends JsonNode> extends StdDeserializer<T> {
        private final JsonDeserializer<? extends JsonNode> tree;

        CheckedTree(Class<T> type) {
            super(type);
            this.tree = JsonNodeDeserializer.getDeserializer(type);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = tree.deserialize(parser, context);
            check(node, parser);
            return (T) node;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T getNullValue(DeserializationContext context) throws JsonMappingException {
            return (T) tree.getNullValue(context);
        }

        private static void check(JsonNode node, JsonParser parser) throws JsonMappingException {
            if (node == null) {
                return;
            }
            if (node.isTextual()) {
                String problem = problem(node.textValue());
                if (problem != null) {
                    throw InvalidFormatException.from(parser, problem, node.textValue(), String.class);
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    try {
                        check(node.get(i), parser);
                    } catch (JsonMappingException e) {
                        e.prependPath(node, i);
                        throw e;
                    }
                }
            } else if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    String problem = problem(field.getKey());
                    if (problem != null) {
                        throw InvalidFormatException.from(parser, "a key: " + problem, field.getKey(), String.class);
                    }
                    try {
                        check(field.getValue(), parser);
                    } catch (JsonMappingException e) {
                        e.prependPath(node, field.getKey());
                        throw e;
                    }
                }
            }
        }
    }
}
