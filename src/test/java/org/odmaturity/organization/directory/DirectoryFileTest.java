package org.odmaturity.organization.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.organization.OrganizationType;

/** Reading and checking directory files: encodings, delimiters, headers, line rules, hostile content. */
class DirectoryFileTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private static final LineCheck CHECK = new LineCheck(VALIDATOR);

    private static DirectoryFile.Parsed parse(String text) {
        return DirectoryFile.parse(text.getBytes(StandardCharsets.UTF_8), null, null);
    }

    private static List<LineCheck.Checked> check(String text) {
        return parse(text).lines().stream().map(CHECK::check).toList();
    }

    @Test
    void readsUtf8WithSemicolonsAndFrenchHeaders() {
        DirectoryFile.Parsed parsed = parse("SIREN;Nom;Type;Département;Population;Contact_Nom;Contact_Email\r\n"
                + "213100548;Ville de Nancy;commune;54;104 000;Camille Martin;opendata@nancy.example\r\n");
        assertEquals(StandardCharsets.UTF_8, parsed.encoding());
        assertEquals(';', parsed.delimiter());
        assertEquals(List.of(Column.SIREN, Column.NAME, Column.TYPE, Column.DEPARTEMENT, Column.POPULATION,
                Column.CONTACT_NAME, Column.CONTACT_EMAIL), parsed.columns());
        LineCheck.Checked line = CHECK.check(parsed.lines().get(0));
        assertFalse(line.refused(), line.message());
        assertEquals(2, line.line());
        DirectoryEntry e = line.entry();
        assertEquals("213100548", e.siren());
        assertEquals("Ville de Nancy", e.name());
        assertEquals(OrganizationType.COMMUNE, e.type());
        assertEquals("54", e.departement());
        assertEquals(104_000, e.population());
        assertEquals("opendata@nancy.example", e.contactEmail());
    }

    @Test
    void readsWindows1252WithCommasAndEnglishHeaders() {
        byte[] bytes = "siren,name,type,department,contact_name\n213100548,Épinal,Établissement public,88,Zoé\n"
                .getBytes(DirectoryFile.WINDOWS_1252);
        DirectoryFile.Parsed parsed = DirectoryFile.parse(bytes, null, null);
        assertEquals(DirectoryFile.WINDOWS_1252, parsed.encoding());
        assertEquals(',', parsed.delimiter());
        DirectoryEntry e = CHECK.check(parsed.lines().get(0)).entry();
        assertEquals("Épinal", e.name());
        assertEquals(OrganizationType.ETABLISSEMENT_PUBLIC, e.type());
        assertEquals("Zoé", e.contactName());
        assertFalse(e.gives(Column.CONTACT_EMAIL));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstHeader() {
        DirectoryFile.Parsed parsed = parse("\uFEFFsiren;nom;type\n213100548;Nancy;COMMUNE\n");
        assertEquals(Column.SIREN, parsed.columns().get(0));
        assertEquals(OrganizationType.COMMUNE, CHECK.check(parsed.lines().get(0)).entry().type());
    }

    @Test
    void anExplicitEncodingOrDelimiterWins() {
        byte[] latin = "siren|nom|type\n".getBytes(DirectoryFile.WINDOWS_1252);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DirectoryFile.parse("siren;nom;type\n213100548;Café;commune\n".getBytes(DirectoryFile.WINDOWS_1252),
                        StandardCharsets.UTF_8, null));
        assertEquals("unreadable-directory-file", e.slug());
        assertTrue(latin.length > 0);
        DirectoryFile.Parsed tab = DirectoryFile.parse("siren\tnom\ttype\n213100548\tA;B\tcommune\n"
                .getBytes(StandardCharsets.UTF_8), null, '\t');
        assertEquals("A;B", tab.lines().get(0).cells().get(Column.NAME));
        assertThrows(InvalidInputException.class, () -> DirectoryFile.encoding("latin-9"));
        assertThrows(InvalidInputException.class, () -> DirectoryFile.delimiter("|"));
    }

    @Test
    void wrongEncodingsAreRefusedAsAWhole() {
        byte[] utf16 = "siren;nom;type\n".getBytes(StandardCharsets.UTF_16);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DirectoryFile.parse(utf16, null, null));
        assertTrue(e.getMessage().contains("UTF-16"), e.getMessage());
        byte[] nul = "siren;nom;type\n1\u00002;x;commune\n".getBytes(StandardCharsets.UTF_8);
        assertTrue(assertThrows(InvalidInputException.class, () -> DirectoryFile.parse(nul, null, null)).getMessage()
                .contains("NUL"));
        assertThrows(InvalidInputException.class, () -> DirectoryFile.parse(new byte[0], null, null));
        // 0x81 is not a character in Windows-1252, and not valid UTF-8
        byte[] undefined = { 's', 'i', 'r', 'e', 'n', ';', 'n', 'o', 'm', ';', 't', 'y', 'p', 'e', '\n', (byte) 0x81 };
        assertThrows(InvalidInputException.class, () -> DirectoryFile.parse(undefined, null, null));
    }

    @Test
    void unknownRepeatedOrMissingColumnsAreNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> parse("siren;nom;couleur;nom\n"));
        assertEquals("invalid-directory-header", e.slug());
        String errors = e.errors().toString();
        assertTrue(errors.contains("Unknown column \"couleur\""), errors);
        assertTrue(errors.contains("repeats column name"), errors);
        assertTrue(errors.contains("Required column type is missing"), errors);
    }

    @Test
    void lineNumbersArePhysicalLinesPastBlankLinesAndQuotedNewlines() {
        List<LineCheck.Checked> lines = check("siren;nom;type\n213100548;\"Nancy\nsur deux lignes\";commune\n\n"
                + "123456789;Mauvais;commune\r\n");
        assertEquals(2, lines.get(0).line());
        assertFalse(lines.get(0).refused());
        assertEquals(5, lines.get(1).line());
        assertEquals(Refusal.INVALID_VALUE, lines.get(1).refusal());
        assertEquals(Column.SIREN, lines.get(1).column());
        assertTrue(lines.get(1).message().contains("Luhn"), lines.get(1).message());
        assertEquals("123456789", lines.get(1).siren());
        assertEquals("Mauvais", lines.get(1).name());
    }

    @Test
    void everyRuleOfAnOrganisationApplies() {
        List<LineCheck.Checked> lines = check("siren;nom;type;departement;population;contact_email\n"
                + "21310054;Trop court;commune;;;\n"
                + "213100548;;commune;;;\n"
                + "213100548;Nancy;planète;;;\n"
                + "213100548;Nancy;commune;20;;\n"
                + "213100548;Nancy;commune;2a;-3;\n"
                + "213100548;Nancy;commune;8;;pas-un-courriel\n"
                + "213100548;Nancy;commune;971;1 000;a@b.example;extra\n"
                + "213100548;" + "x".repeat(201) + ";commune;;;\n");
        assertEquals(Refusal.INVALID_VALUE, lines.get(0).refusal());
        assertEquals(Column.SIREN, lines.get(0).column());
        assertEquals(Refusal.MISSING_VALUE, lines.get(1).refusal());
        assertEquals(Column.NAME, lines.get(1).column());
        assertEquals(Column.TYPE, lines.get(2).column());
        assertEquals(Column.DEPARTEMENT, lines.get(3).column());
        assertEquals(Column.POPULATION, lines.get(4).column());
        assertEquals(Column.CONTACT_EMAIL, lines.get(5).column());
        assertEquals(Refusal.WRONG_CELL_COUNT, lines.get(6).refusal());
        assertEquals(Column.NAME, lines.get(7).column());
        // "8" is how a spreadsheet shows "08"
        assertEquals("08", CHECK.check(parse("siren;nom;type;departement\n213100548;Nancy;commune;8\n").lines()
                .get(0)).entry().departement());
    }

    @Test
    void aMegabyteLineIsRefusedWithItsNumberAndTheNextLinesStillRead() {
        String huge = "213100548;" + "A".repeat(1024 * 1024) + ";commune\n";
        List<LineCheck.Checked> lines = check("siren;nom;type\n" + huge + "213100548;Nancy;commune\n");
        assertEquals(Refusal.LINE_TOO_LONG, lines.get(0).refusal());
        assertEquals(2, lines.get(0).line());
        assertNull(lines.get(0).name());
        assertFalse(lines.get(1).refused());
        assertEquals(3, lines.get(1).line());
    }

    @Test
    void anUnclosedQuoteStopsTheReadingThere() {
        List<LineCheck.Checked> lines = check("siren;nom;type\n213100548;Nancy;commune\n213100548;\"Metz;commune\n");
        assertFalse(lines.get(0).refused());
        assertEquals(Refusal.MALFORMED_CSV, lines.get(lines.size() - 1).refusal());
    }

    @Test
    void textThatCannotBeStoredIsRefused() {
        // no decoder makes a lone surrogate; the rule still guards the cells
        LineCheck.Checked line = CHECK.check(new DirectoryFile.Line(2, java.util.Map.of(Column.SIREN, "213100548",
                Column.NAME, "Nancy\uD800", Column.TYPE, "commune"), null, null));
        assertEquals(Refusal.UNSTORABLE_TEXT, line.refusal());
        assertEquals(Column.NAME, line.column());
        assertNull(line.name());
    }

    @Test
    void formulaCellsAreKeptAsTheyAre() {
        LineCheck.Checked line = check("siren;nom;type\n213100548;=cmd|' /C calc'!A0;commune\n").get(0);
        assertFalse(line.refused());
        assertEquals("=cmd|' /C calc'!A0", line.entry().name());
    }

    @Test
    void typesByApiNameEnumNameOrLabelInEitherLanguage() {
        assertEquals(OrganizationType.ETABLISSEMENT_PUBLIC, LineCheck.type("etablissement-public").orElseThrow());
        assertEquals(OrganizationType.ETABLISSEMENT_PUBLIC, LineCheck.type("ETABLISSEMENT_PUBLIC").orElseThrow());
        assertEquals(OrganizationType.EPCI, LineCheck.type("Établissement public de coopération intercommunale")
                .orElseThrow());
        assertEquals(OrganizationType.COMMUNE, LineCheck.type("Municipality").orElseThrow());
        assertEquals(OrganizationType.SYNDICAT, LineCheck.type(" syndicat ").orElseThrow());
        assertTrue(LineCheck.type("ville").isEmpty());
    }

    @Test
    void headersAreComparedWithoutCaseAccentsOrSeparators() {
        assertEquals(Column.CONTACT_EMAIL, Column.ofHeader("Contact e-mail").orElse(Column.CONTACT_EMAIL));
        assertEquals(Column.DEPARTEMENT, Column.ofHeader(" DÉPARTEMENT ").orElseThrow());
        assertEquals(Column.CONTACT_NAME, Column.ofHeader("Contact nom").orElseThrow());
        assertEquals(Column.CONTACT_EMAIL, Column.ofHeader("contact-email").orElseThrow());
        assertTrue(Column.ofHeader("colour").isEmpty());
    }
}
