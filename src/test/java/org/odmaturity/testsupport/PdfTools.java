package org.odmaturity.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs poppler-utils (pdftotext, pdfinfo, pdffonts) on PDF bytes, for the tests (plan and synthesis PDFs). */
public final class PdfTools {

    private PdfTools() {
    }

    public static boolean available() {
        for (String tool : List.of("pdftotext", "pdfinfo", "pdffonts")) {
            boolean found = false;
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, tool))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** All the text, whitespace (line breaks of wrapped text included) collapsed to single spaces. */
    public static String text(byte[] pdf) {
        return flat(run(pdf, "pdftotext", "-enc", "UTF-8", "{}", "-"));
    }

    public static String pageText(byte[] pdf, int page) {
        return flat(run(pdf, "pdftotext", "-enc", "UTF-8", "-f", String.valueOf(page), "-l", String.valueOf(page), "{}", "-"));
    }

    public static String info(byte[] pdf) {
        return run(pdf, "pdfinfo", "-enc", "UTF-8", "{}");
    }

    public static int pages(byte[] pdf) {
        for (String line : info(pdf).split("\n")) {
            if (line.startsWith("Pages:")) {
                return Integer.parseInt(line.substring(6).strip());
            }
        }
        throw new AssertionError("pdfinfo printed no page count");
    }

    /** One entry per font: "name emb" where emb is the pdffonts "emb" column (yes/no). */
    public static List<String> fonts(byte[] pdf) {
        String[] lines = run(pdf, "pdffonts", "{}").split("\n");
        int emb = lines[0].indexOf(" emb ") + 1;
        List<String> fonts = new ArrayList<>();
        for (int i = 2; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                fonts.add(lines[i].split("\\s+")[0] + " " + lines[i].substring(emb, emb + 3));
            }
        }
        return fonts;
    }

    public static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String run(byte[] pdf, String... command) {
        Path file = null;
        try {
            file = Files.createTempFile("plan-test", ".pdf");
            Files.write(file, pdf);
            List<String> args = new ArrayList<>();
            for (String arg : command) {
                args.add(arg.equals("{}") ? file.toString() : arg);
            }
            Process process = new ProcessBuilder(args).redirectErrorStream(false).start();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + new String(err, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // temporary file
                }
            }
        }
    }
}
