package org.odmaturity.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Turns JSON values into the plain Java values the (framework-free) scoring package reads. */
public final class JsonValues {

    private JsonValues() {
    }

    /**
     * null, String, Boolean, BigDecimal, List of those, or a Map for an object (always a wrong type for an answer). A
     * number beyond the range of a double ({@code 1e400}) stays an infinite Double, which answer validation refuses.
     */
    public static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
                return node.doubleValue();
            }
            return node.decimalValue();
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(item -> items.add(plain(item)));
            return items;
        }
        Map<String, Object> object = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> object.put(field.getKey(), plain(field.getValue())));
        return object;
    }
}
