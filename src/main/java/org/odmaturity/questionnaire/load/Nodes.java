package org.odmaturity.questionnaire.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed, position-aware access to a YAML node tree. Every problem becomes a {@link LoadError} naming the node's line,
 * column and path; reading goes on so that a file's errors are all reported at once. Counts the nodes it visits, so that
 * aliases cannot expand a small file into a huge document.
 */
final class Nodes {

    /** Thrown when the expanded document exceeds the node limit; ends the reading of the file. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final String file;
    private final int maxNodes;
    private final List<LoadError> errors;
    private final List<LoadError> warnings;
    private int visited;

    Nodes(String file, int maxNodes, List<LoadError> errors, List<LoadError> warnings) {
        this.file = file;
        this.maxNodes = maxNodes;
        this.errors = errors;
        this.warnings = warnings;
    }

    String file() {
        return file;
    }

    List<LoadError> errors() {
        return errors;
    }

    void error(Node node, String path, String message) {
        errors.add(at(node, path, message));
    }

    /** Something that loads but is surely not what the author meant; never stops the file from loading. */
    void warning(Node node, String path, String message) {
        warnings.add(at(node, path, message));
    }

    private LoadError at(Node node, String path, String message) {
        Mark mark = node == null ? null : node.getStartMark().orElse(null);
        return new LoadError(file, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1,
                path, message);
    }

    private void visit(Node node, String path) {
        if (++visited > maxNodes) {
            error(node, path, "the document expands to more than " + maxNodes + " nodes (aliases included)");
            throw new TooLarge();
        }
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /** A mapping whose keys are checked against {@code allowed}; empty when the node is not a mapping. */
    Optional<Fields> fields(Node node, String path, List<String> allowed) {
        visit(node, path);
        if (!(node instanceof MappingNode mapping)) {
            error(node, path, "expected a mapping (key: value) but found " + kind(node));
            return Optional.empty();
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                error(keyNode, path, "keys must be plain words, found " + kind(keyNode));
                continue;
            }
            String key = keyScalar.getValue();
            if (entries.containsKey(key)) {
                error(keyNode, child(path, key), "duplicate key '" + key + "'");
                continue;
            }
            if (!allowed.contains(key)) {
                error(keyNode, child(path, key), "unknown key '" + key + "' (allowed: " + String.join(", ", allowed) + ")");
                continue;
            }
            entries.put(key, tuple);
        }
        return Optional.of(new Fields(node, path, entries));
    }

    /** The items of a sequence; empty list (and an error) when the node is not a sequence. */
    List<Node> items(Node node, String path) {
        visit(node, path);
        if (!(node instanceof SequenceNode sequence)) {
            error(node, path, "expected a list but found " + kind(node));
            return List.of();
        }
        return sequence.getValue();
    }

    /** The entries of a mapping of free keys (e.g. language → text); empty when not a mapping. */
    Map<String, Node> entries(Node node, String path) {
        visit(node, path);
        Map<String, Node> entries = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            error(node, path, "expected a mapping (key: value) but found " + kind(node));
            return entries;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode keyScalar) || keyScalar.getTag().equals(Tag.NULL)) {
                error(keyNode, path, "keys must be plain words or numbers, found " + kind(keyNode));
                continue;
            }
            String key = keyScalar.getValue();
            if (entries.containsKey(key)) {
                error(keyNode, child(path, key), "duplicate key '" + key + "'");
                continue;
            }
            entries.put(key, tuple.getValueNode());
        }
        return entries;
    }

    Optional<String> string(Node node, String path) {
        visit(node, path);
        if (node instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
            if (scalar.getTag().equals(Tag.STR)) {
                return Optional.of(scalar.getValue());
            }
            error(node, path, "expected text but found " + kind(node) + " '" + scalar.getValue()
                    + "' (put it in quotes if it is meant as text)");
            return Optional.empty();
        }
        error(node, path, "expected text but found " + kind(node));
        return Optional.empty();
    }

    Optional<BigDecimal> number(Node node, String path) {
        visit(node, path);
        if (node instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
            try {
                String value = scalar.getValue().replace("_", "");
                if (value.startsWith("0x") || value.startsWith("0o") || value.startsWith(".") && value.length() > 1
                        && !Character.isDigit(value.charAt(1))) {
                    throw new NumberFormatException();
                }
                return Optional.of(new BigDecimal(value.startsWith("+") ? value.substring(1) : value));
            } catch (NumberFormatException e) {
                error(node, path, "write numbers in plain decimal notation, found '" + scalar.getValue() + "'");
                return Optional.empty();
            }
        }
        error(node, path, "expected a number but found " + kind(node));
        return Optional.empty();
    }

    Optional<Integer> integer(Node node, String path) {
        return number(node, path).flatMap(n -> {
            try {
                return Optional.of(n.intValueExact());
            } catch (ArithmeticException e) {
                error(node, path, "expected a whole number but found " + n.toPlainString());
                return Optional.empty();
            }
        });
    }

    Optional<Boolean> bool(Node node, String path) {
        visit(node, path);
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            return Optional.of(Boolean.parseBoolean(scalar.getValue().toLowerCase()));
        }
        error(node, path, "expected true or false but found " + kind(node));
        return Optional.empty();
    }

    static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof ScalarNode scalar) {
            Tag tag = scalar.getTag();
            if (tag.equals(Tag.NULL)) {
                return "nothing";
            }
            if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
                return "a number";
            }
            if (tag.equals(Tag.BOOL)) {
                return "a boolean";
            }
            if (tag.equals(Tag.STR)) {
                return "text";
            }
            return "a value tagged " + tag.getValue();
        }
        return "nothing";
    }

    /** The checked entries of one mapping, with typed getters that report missing or wrong values. */
    final class Fields {
        private final Node node;
        private final String path;
        private final Map<String, NodeTuple> entries;

        private Fields(Node node, String path, Map<String, NodeTuple> entries) {
            this.node = node;
            this.path = path;
            this.entries = entries;
        }

        Node node() {
            return node;
        }

        String path() {
            return path;
        }

        boolean has(String key) {
            return entries.containsKey(key);
        }

        Set<String> keys() {
            return entries.keySet();
        }

        String path(String key) {
            return child(path, key);
        }

        /** The value node of {@code key}, or the mapping itself when the key is absent (for error positions). */
        Node node(String key) {
            NodeTuple tuple = entries.get(key);
            return tuple == null ? node : tuple.getValueNode();
        }

        /** The key node of {@code key} (points at the key rather than at its value), or the mapping. */
        Node keyNode(String key) {
            NodeTuple tuple = entries.get(key);
            return tuple == null ? node : tuple.getKeyNode();
        }

        Optional<Node> value(String key) {
            return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
        }

        Optional<Node> required(String key) {
            Optional<Node> value = value(key);
            if (value.isEmpty()) {
                error(node, path, "missing required key '" + key + "'");
            }
            return value;
        }

        Optional<String> string(String key, boolean required) {
            return (required ? required(key) : value(key)).flatMap(n -> Nodes.this.string(n, path(key)));
        }

        Optional<BigDecimal> number(String key, boolean required) {
            return (required ? required(key) : value(key)).flatMap(n -> Nodes.this.number(n, path(key)));
        }

        Optional<Integer> integer(String key, boolean required) {
            return (required ? required(key) : value(key)).flatMap(n -> Nodes.this.integer(n, path(key)));
        }

        boolean bool(String key, boolean defaultValue) {
            return value(key).flatMap(n -> Nodes.this.bool(n, path(key))).orElse(defaultValue);
        }

        List<Node> items(String key, boolean required) {
            return (required ? required(key) : value(key)).map(n -> Nodes.this.items(n, path(key)))
                    .orElseGet(ArrayList::new);
        }
    }
}
