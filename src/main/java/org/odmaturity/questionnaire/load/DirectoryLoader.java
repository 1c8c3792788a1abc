package org.odmaturity.questionnaire.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.odmaturity.questionnaire.model.Questionnaire;

/**
 * Reads every questionnaire file ({@code *.yaml}, {@code *.yml}) of a folder. A bad file is refused with all its
 * errors; the others load. Two files declaring the same id and version: the second (in name order) is refused.
 * Pure Java; the registry adds the database check of immutable versions.
 */
public final class DirectoryLoader {

    /** A file that loaded, with its text and its warnings (docs/questionnaire-format.md, "Errors and warnings"). */
    public record Loaded(String file, Questionnaire questionnaire, String contentHash, String content,
            List<LoadError> warnings) {
    }

    /** A file that was refused, with every reason. */
    public record Refused(String file, List<LoadError> errors) {
        public Refused {
            errors = List.copyOf(errors);
        }
    }

    /** The outcome of reading a folder. */
    public record Report(List<Loaded> loaded, List<Refused> refused) {
        public Report {
            loaded = List.copyOf(loaded);
            refused = List.copyOf(refused);
        }
    }

    private final QuestionnaireParser parser;

    public DirectoryLoader(QuestionnaireParser parser) {
        this.parser = parser;
    }

    /** The questionnaire files of the folder, sorted by name; empty when the folder does not exist. */
    public static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.{yaml,yml}")) {
            for (Path file : stream) {
                if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        }
        files.sort(Path::compareTo);
        return files;
    }

    public Report load(Path dir) throws IOException {
        return load(files(dir));
    }

    public Report load(List<Path> files) {
        Map<String, Loaded> byKey = new LinkedHashMap<>();
        List<Refused> refused = new ArrayList<>();
        for (Path path : files) {
            String name = path.getFileName().toString();
            byte[] content;
            try {
                content = Files.readAllBytes(path);
            } catch (IOException e) {
                refused.add(new Refused(name, List.of(new LoadError(name, 1, 1, "", "cannot read the file: " + e))));
                continue;
            }
            ParseResult result = parser.parse(name, content);
            if (!result.valid()) {
                refused.add(new Refused(name, result.errors()));
                continue;
            }
            Questionnaire q = result.questionnaire();
            String key = q.id() + "@" + q.version();
            Loaded previous = byKey.get(key);
            if (previous != null) {
                refused.add(new Refused(name, List.of(new LoadError(name, 1, 1, "version", "questionnaire '" + q.id()
                        + "' version " + q.version() + " is already defined by " + previous.file()
                        + ": give this file another version number"))));
                continue;
            }
            byKey.put(key, new Loaded(name, q, result.contentHash(), new String(content, StandardCharsets.UTF_8),
                    result.warnings()));
        }
        return new Report(new ArrayList<>(byKey.values()), refused);
    }

    /** A cheap fingerprint of the folder (names, sizes, modification times), to notice edits in dev mode. */
    public static String fingerprint(Path dir) {
        StringBuilder out = new StringBuilder();
        try {
            for (Path file : files(dir)) {
                out.append(file.getFileName()).append(':').append(Files.size(file)).append(':')
                        .append(Files.getLastModifiedTime(file).toMillis()).append(';');
            }
        } catch (IOException e) {
            out.append("unreadable:").append(e.getMessage());
        }
        return out.toString();
    }
}
