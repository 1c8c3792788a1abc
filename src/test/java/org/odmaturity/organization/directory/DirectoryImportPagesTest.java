package org.odmaturity.organization.directory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;
import static org.odmaturity.testsupport.TestData.newSiren;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.Browser;
import org.odmaturity.testsupport.WebSession;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The import pages: upload → preview (nothing written) → confirm (once) → report; refusals worded; escaping. */
@QuarkusTest
class DirectoryImportPagesTest {

    private static final String PAGE = "/admin/organisations/import";

    private static RequestSpecification upload(WebSession admin, String csv, String fileName) {
        return admin.given().header("Origin", Browser.baseUrl()).multiPart("_csrf", admin.csrf())
                .multiPart("fichier", fileName, csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    @Test
    void uploadPreviewConfirmReport() {
        WebSession admin = WebSession.admin();
        admin.given().get(PAGE).then().statusCode(200).body(containsString("<h1>Importer un annuaire"))
                .body(containsString("enctype=\"multipart/form-data\"")).body(containsString("name=\"_csrf\""));
        String good = newSiren();
        String csv = "siren;nom;type;contact_email\n" + good + ";<script>alert(1)</script> Commune;commune;a@b.fr\n"
                + "123456789;Commune au SIREN faux;commune;\n" + good + ";Doublon;commune;\n";
        Response posted = upload(admin, csv, "annuaire.csv").post(PAGE);
        posted.then().statusCode(303);
        String preview = posted.header("Location");
        String html = admin.given().get(preview).then().statusCode(200).extract().asString();
        assertTrue(html.contains("Aperçu de l&#39;import « annuaire.csv »") || html.contains("Aperçu de l'import"),
                html);
        assertTrue(html.contains("Sera créée"), html);
        assertTrue(html.contains("SIREN invalide"), html);
        assertTrue(html.contains("SIREN déjà présent plus haut"), html);
        assertTrue(html.contains("&lt;script&gt;"), "names are escaped");
        assertTrue(!html.contains("<script>alert(1)"), "names are escaped");
        admin().queryParam("q", good).get("/api/organizations").then().body("total",
                org.hamcrest.Matchers.equalTo(0));

        String confirm = preview.replaceAll("^https?://[^/]+", "") + "/confirmer";
        admin.form().post(confirm).then().statusCode(303).header("Location", containsString("ok=applied"));
        admin.form().post(confirm).then().statusCode(303).header("Location", containsString("ok=already"));
        admin().queryParam("q", good).get("/api/organizations").then().body("total",
                org.hamcrest.Matchers.equalTo(1));
        admin.given().get(preview + "?ok=applied").then().statusCode(200)
                .body(containsString("import est appliqué"))
                .body(containsString("Rapport de l")).body(not(containsString("Confirmer l")));
        String report = admin.given().get(preview.replaceAll("^https?://[^/]+", "") + "/rapport.csv").then()
                .statusCode(200).extract().asString();
        assertTrue(report.contains("REFUSED"), report);
        admin.given().get(PAGE).then().statusCode(200).body(containsString("annuaire.csv"));
        // English
        admin.given().queryParam("lang", "en").get(preview).then().statusCode(200)
                .body(containsString("Report of the import")).body(containsString("invalid SIREN"));
    }

    @Test
    void anAllOrNothingPreviewWithRefusalsCannotBeConfirmed() {
        WebSession admin = WebSession.admin();
        String good = newSiren();
        Response posted = upload(admin, "siren;nom;type\n" + good + ";Bonne;commune\n1;Mauvaise;commune\n", "a.csv")
                .multiPart("toutOuRien", "oui").post(PAGE);
        posted.then().statusCode(303);
        String preview = posted.header("Location").replaceAll("^https?://[^/]+", "");
        admin.given().get(preview).then().statusCode(200).body(containsString("Import « tout ou rien »"))
                .body(not(containsString("Confirmer l")));
        admin.form().post(preview + "/confirmer").then().statusCode(422);
        admin().queryParam("q", good).get("/api/organizations").then().body("total",
                org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void anUnreadableFileIsRefusedOnTheFormWithItsReasons() {
        WebSession admin = WebSession.admin();
        upload(admin, "siren;nom;couleur\n", "x.csv").post(PAGE).then().statusCode(422)
                .body(containsString("Colonne inconnue : « couleur »"))
                .body(containsString("Colonne obligatoire absente : type"))
                .body(containsString("href=\"#fichier\""));
        admin.given().header("Origin", Browser.baseUrl()).multiPart("_csrf", admin.csrf())
                .multiPart("encodage", "utf-8").post(PAGE).then().statusCode(422)
                .body(containsString("Choisissez un fichier CSV."));
    }

    @Test
    void aWorkbookOrAWindows1252FileThroughThePage() {
        WebSession admin = WebSession.admin();
        byte[] workbook = { 'P', 'K', 3, 4, 0, 0, 0, 0, 's', 'i', 'r', 'e', 'n' };
        admin.given().header("Origin", Browser.baseUrl()).multiPart("_csrf", admin.csrf())
                .multiPart("fichier", "annuaire.xlsx", workbook, "application/octet-stream").post(PAGE).then()
                .statusCode(422).body(containsString("pas un fichier texte"));
        String siren = newSiren();
        byte[] latin = ("siren;nom;type\n" + siren + ";Sélestat;Établissement public\n")
                .getBytes(DirectoryFile.WINDOWS_1252);
        Response posted = admin.given().header("Origin", Browser.baseUrl()).multiPart("_csrf", admin.csrf())
                .multiPart("fichier", "latin.csv", latin, "text/csv").post(PAGE);
        posted.then().statusCode(303);
        admin.given().get(posted.header("Location")).then().statusCode(200).body(containsString("Sélestat"))
                .body(containsString("windows-1252"));
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        WebSession admin = WebSession.admin();
        admin.given().header("Origin", Browser.baseUrl())
                .multiPart("fichier", "a.csv", "siren;nom;type\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(PAGE).then().statusCode(403);
    }
}
