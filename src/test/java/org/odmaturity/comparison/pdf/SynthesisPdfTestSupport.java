package org.odmaturity.comparison.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Reading what poppler-utils do not print: the tagged PDF's structure elements (kept in compressed object streams). */
final class SynthesisPdfTestSupport {

    private static final Pattern STREAM = Pattern.compile("stream\r?\n(.*?)endstream", Pattern.DOTALL);

    private SynthesisPdfTestSupport() {
    }

    /** Every inflated object stream that holds structure elements, as ISO-8859-1 text, concatenated. */
    static String structureTree(byte[] pdf) {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        StringBuilder found = new StringBuilder();
        Matcher m = STREAM.matcher(raw);
        while (m.find()) {
            String inflated = inflate(m.group(1).getBytes(StandardCharsets.ISO_8859_1));
            if (inflated != null && inflated.contains("/StructElem")) {
                found.append(inflated).append('\n');
            }
        }
        return found.toString();
    }

    private static String inflate(byte[] data) {
        Inflater inflater = new Inflater();
        inflater.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.ISO_8859_1);
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }
}
