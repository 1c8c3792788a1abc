package org.odmaturity.questionnaire.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Turns the bytes of a file into a YAML node tree with positions, refusing what a hostile file could abuse: size,
 * invalid UTF-8, several documents, alias bombs, recursive aliases, deep nesting, custom tags. Plain data only: no object is ever
 * constructed from a tag.
 */
final class YamlDocument {

    private final Node root;

    private YamlDocument(Node root) {
        this.root = root;
    }

    Node root() {
        return root;
    }

    /** Reads the file; problems go to {@code errors} and the result is empty. */
    static Optional<YamlDocument> read(String file, byte[] content, ParserLimits limits, List<LoadError> errors) {
        if (content.length > limits.maxBytes()) {
            errors.add(new LoadError(file, 1, 1, "", "file is " + content.length + " bytes, more than the limit of "
                    + limits.maxBytes() + " bytes"));
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            errors.add(new LoadError(file, 1, 1, "", "file is not valid UTF-8 text"));
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true) // reported by the questionnaire reader, with positions
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(limits.maxAliases())
                .setCodePointLimit(limits.maxBytes() + 1)
                .setUseMarks(true)
                .build();
        try {
            if (!prescan(file, text, settings, limits, errors)) {
                return Optional.empty();
            }
            Optional<Node> node = new Compose(settings).composeString(text);
            if (node.isEmpty()) {
                errors.add(new LoadError(file, 1, 1, "", "file is empty"));
                return Optional.empty();
            }
            return Optional.of(new YamlDocument(node.get()));
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            errors.add(new LoadError(file, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1,
                    "", "not valid YAML: " + describe(e)));
            return Optional.empty();
        } catch (YamlEngineException e) {
            errors.add(new LoadError(file, 1, 1, "", "not valid YAML: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static String describe(MarkedYamlEngineException e) {
        String context = e.getContext();
        String problem = e.getProblem();
        if (context != null && problem != null) {
            return context + ", " + problem;
        }
        return problem != null ? problem : String.valueOf(context);
    }

    /**
     * Walks the event stream (an iterative parser, so no recursion) to refuse deep nesting, alias bombs, recursive
     * aliases ({@code a: &a [*a]}, whose tree would contain itself) and extra documents before the composer builds
     * anything.
     */
    private static boolean prescan(String file, String text, LoadSettings settings, ParserLimits limits,
            List<LoadError> errors) {
        int depth = 0;
        int aliases = 0;
        int documents = 0;
        // Anchors: the latest definition of each name, and the collections still open (an alias to one of those
        // would make the tree contain itself)
        Map<String, Integer> anchors = new HashMap<>();
        Deque<Integer> open = new ArrayDeque<>();
        Set<Integer> openAnchors = new HashSet<>();
        int definitions = 0;
        for (Event event : new Parse(settings).parseString(text)) {
            switch (event.getEventId()) {
                case DocumentStart -> {
                    documents++;
                    if (documents > 1) {
                        errors.add(at(file, event, "a questionnaire file holds one YAML document; found a second one"));
                        return false;
                    }
                }
                case MappingStart, SequenceStart -> {
                    depth++;
                    if (depth > limits.maxDepth()) {
                        errors.add(at(file, event, "nesting deeper than " + limits.maxDepth() + " levels"));
                        return false;
                    }
                    Optional<Anchor> anchor = ((CollectionStartEvent) event).getAnchor();
                    int definition = anchor.isPresent() ? ++definitions : 0;
                    anchor.ifPresent(a -> anchors.put(a.getValue(), definition));
                    open.push(definition);
                    if (definition != 0) {
                        openAnchors.add(definition);
                    }
                }
                case MappingEnd, SequenceEnd -> {
                    depth--;
                    Integer closed = open.poll();
                    if (closed != null) {
                        openAnchors.remove(closed);
                    }
                }
                case Scalar -> ((ScalarEvent) event).getAnchor()
                        .ifPresent(a -> anchors.put(a.getValue(), 0)); // a scalar never contains an alias
                case Alias -> {
                    aliases++;
                    if (aliases > limits.maxAliases()) {
                        errors.add(at(file, event, "more than " + limits.maxAliases() + " aliases"));
                        return false;
                    }
                    String name = ((AliasEvent) event).getAlias().getValue();
                    Integer definition = anchors.get(name);
                    if (definition != null && openAnchors.contains(definition)) {
                        errors.add(at(file, event, "recursive alias '*" + name + "': it refers to a collection "
                                + "that contains it (a questionnaire is a tree)"));
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return true;
    }

    private static LoadError at(String file, Event event, String message) {
        Mark mark = event.getStartMark().orElse(null);
        return new LoadError(file, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1, "",
                message);
    }

    /**
     * SHA-256 of a canonical form of the tree: scalars with their resolved type, mapping entries sorted by key,
     * sequences in order. Comments, quoting and indentation do not change it.
     */
    String contentHash() {
        StringBuilder canonical = new StringBuilder();
        canonical(root, canonical);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static void canonical(Node node, StringBuilder out) {
        if (node instanceof ScalarNode scalar) {
            out.append('S').append(scalar.getTag().getValue()).append(':').append(scalar.getValue().length())
                    .append(':').append(scalar.getValue());
        } else if (node instanceof SequenceNode sequence) {
            out.append("L").append(sequence.getValue().size()).append('[');
            for (Node item : sequence.getValue()) {
                canonical(item, out);
            }
            out.append(']');
        } else if (node instanceof MappingNode mapping) {
            List<String[]> entries = new ArrayList<>();
            for (NodeTuple tuple : mapping.getValue()) {
                StringBuilder key = new StringBuilder();
                StringBuilder value = new StringBuilder();
                canonical(tuple.getKeyNode(), key);
                canonical(tuple.getValueNode(), value);
                entries.add(new String[] {key.toString(), value.toString()});
            }
            entries.sort((a, b) -> a[0].compareTo(b[0]));
            out.append("M").append(entries.size()).append('{');
            for (String[] entry : entries) {
                out.append(entry[0]).append('=').append(entry[1]);
            }
            out.append('}');
        }
    }
}
