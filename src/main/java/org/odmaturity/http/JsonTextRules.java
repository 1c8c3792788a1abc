package org.odmaturity.http;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Text read from JSON bodies must be storable: no NUL character (PostgreSQL refuses it) and no lone surrogate
 * (not Unicode). Such text is a 400 naming the field, like any other malformed value.
 */
@Singleton
public class JsonTextRules implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("od-maturity-text").addDeserializer(String.class, new Checked()));
    }

    /** The reason a text cannot be stored, or null when it can. */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "text must not contain the NUL character (\\u0000)";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "text must be valid Unicode (a lone surrogate was found)";
            }
            if (Character.isLowSurrogate(c)) {
                return "text must be valid Unicode (a lone surrogate was found)";
            }
        }
        return null;
    }

    static final class Checked extends StdScalarDeserializer<String> {
        Checked() {
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
}
