package org.odmaturity.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** The reading rules of every JSON body, on a mapper customized as the service's is. */
class JsonTextRulesTest {

    record Named(String name, Map<String, String> labels) {
    }

    private static final ObjectMapper MAPPER = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonTextRules().customize(mapper);
        return mapper;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName()
                : "[" + r.getIndex() + "]").collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    @Test
    void theRuleItself() {
        assertNull(ClientText.problem("Sélestat 🚀 \t\n"));
        assertNull(ClientText.problem(null));
        assertTrue(ClientText.problem("a\u0000b").contains("NUL"));
        assertTrue(ClientText.problem("x\udc00y").contains("lone surrogate"));
        assertTrue(ClientText.problem("x\ud800").contains("lone surrogate"));
        assertTrue(ClientText.problem("\ude00\ud83d").contains("lone surrogate"));
    }

    @Test
    void unstorableTextInATreeIsRefusedWithItsPath() throws Exception {
        for (String text : List.of("x\\udc00y", "x\\ud800y", "a\\u0000b")) {
            JsonMappingException e = assertThrows(JsonMappingException.class, () -> MAPPER.readTree(
                    "{\"answers\": [{\"question\": \"q\"}, {\"question\": \"q\", \"value\": \"" + text + "\"}]}"));
            assertEquals("answers[1].value", path(e), text);
            JsonMappingException typed = assertThrows(JsonMappingException.class, () -> MAPPER.readValue(
                    "{\"answers\": [{\"value\": [\"ok\", \"" + text + "\"]}]}", Map.class).toString());
            assertTrue(typed.getOriginalMessage().contains("text must"), typed.getOriginalMessage());
        }
        JsonMappingException key = assertThrows(JsonMappingException.class,
                () -> MAPPER.readTree("{\"a\": {\"b\\u0000\": 1}}"));
        assertEquals("a", path(key));
        // a tree inside a record, and keys of a map
        JsonMappingException inRecord = assertThrows(JsonMappingException.class,
                () -> MAPPER.readValue("{\"name\": \"n\", \"labels\": {\"fr\\u0000\": \"x\"}}", Named.class));
        assertTrue(path(inRecord).startsWith("labels"), path(inRecord));
        JsonNode fine = MAPPER.readTree("{\"value\": \"x\\ud83d\\ude80y\", \"n\": null}");
        assertEquals("x\ud83d\ude80y", fine.get("value").textValue());
    }

    @Test
    void oneValuePerBody() throws Exception {
        String org = "{\"name\": \"n\", \"labels\": {}}";
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(org + org, Named.class));
        assertThrows(JsonParseException.class, () -> MAPPER.readValue(org + " garbage", Named.class));
        assertThrows(MismatchedInputException.class, () -> MAPPER.readTree("{} {}"));
        assertEquals("n", MAPPER.readValue(org + " \n ", Named.class).name());
    }

    @Test
    void aKeyTwiceIsMalformed() {
        JsonParseException e = assertThrows(JsonParseException.class,
                () -> MAPPER.readValue("{\"name\": \"a\", \"name\": \"b\", \"labels\": {}}", Named.class));
        assertTrue(e.getOriginalMessage().contains("name"), e.getOriginalMessage());
        assertThrows(JsonParseException.class, () -> MAPPER.readTree("{\"a\": [{\"x\": 1, \"x\": 2}]}"));
    }
}
