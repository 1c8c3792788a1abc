package org.odmaturity.diagnostic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.testsupport.TestData.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.TestData;
import org.odmaturity.testsupport.WebSession;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The facilitators' list of diagnostics ({@code /animation}) one page at a time: 50 diagnostics a page, newest first,
 * an accessible pagination that keeps the filters, scores read from the latest snapshot (never recomputed), progress of
 * drafts from their answers.
 */
@QuarkusTest
class InterviewListTest {

    private static final Pattern ROW = Pattern.compile("<tr data-diagnostic=\"(\\d+)\">");

    @Inject
    EntityManager em;

    /** A facilitator with {@code count} interviews in a new campaign: email, campaign, diagnostics (oldest first). */
    record Portfolio(String email, long campaign, List<Long> diagnostics) {
    }

    private static Portfolio portfolio(int count) {
        String email = TestData.uniqueEmail("liste");
        long facilitator = TestData.facilitator(email);
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        long campaign = TestData.campaign("Campagne liste " + suffix);
        List<Long> diagnostics = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long organization = TestData.organization("Commune listée " + i + " " + suffix);
            diagnostics.add(TestData.diagnostic(organization, campaign, "interview", facilitator));
        }
        return new Portfolio(email, campaign, diagnostics);
    }

    private static List<Long> rows(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static String get(WebSession session, String path) {
        return session.given().get(path).then().statusCode(200).extract().asString();
    }

    private static String pagerOf(String html) {
        int start = html.indexOf("<nav class=\"itv-pager\"");
        assertTrue(start >= 0, "a pagination");
        return html.substring(start, html.indexOf("</nav>", start));
    }

    @Test
    void fiftyDiagnosticsAPageNewestFirstWithAPaginationThatKeepsTheFilters() {
        int size = InterviewResource.PAGE_SIZE;
        Portfolio p = portfolio(size + 3);
        WebSession session = WebSession.signIn(p.email(), TestData.password(p.email()));
        String list = "/animation?campagne=" + p.campaign();

        String first = get(session, list);
        List<Long> newestFirst = new ArrayList<>(p.diagnostics());
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst.subList(0, size), rows(first));
        assertTrue(first.contains((size + 3) + " diagnostic(s), le plus récent en premier – page 1 sur 2"), first);
        assertTrue(first.contains("Diagnostics 1 à 50 sur 53."), first);
        String pager = pagerOf(first);
        assertTrue(pager.contains("aria-label=\"Pages de la liste des diagnostics\""), pager);
        assertTrue(pager.contains("<a href=\"/animation?campagne=" + p.campaign() + "\" aria-current=\"page\">"),
                pager);
        assertTrue(pager.contains("href=\"/animation?campagne=" + p.campaign() + "&amp;page=2\" rel=\"next\""), pager);
        assertFalse(pager.contains("rel=\"prev\""), "no previous page on the first");
        assertEquals(1, pager.split("aria-current").length - 1, "one current page");

        String second = get(session, list + "&page=2");
        assertEquals(newestFirst.subList(size, size + 3), rows(second));
        String secondPager = pagerOf(second);
        assertTrue(secondPager.contains("href=\"/animation?campagne=" + p.campaign() + "&amp;page=2\" "
                + "aria-current=\"page\""), secondPager);
        assertTrue(secondPager.contains("href=\"/animation?campagne=" + p.campaign() + "\" rel=\"prev\""),
                secondPager);
        assertFalse(secondPager.contains("rel=\"next\""), "no next page on the last");

        // the status filter and the organisation search stay in the page links
        String drafts = get(session, list + "&statut=draft&org=ried");
        assertTrue(pagerOf(drafts).contains("href=\"/animation?campagne=" + p.campaign()
                + "&amp;statut=draft&amp;org=ried&amp;page=2\" rel=\"next\""), pagerOf(drafts));

        // beyond the last page: the last one; a page that is no number: the first
        assertEquals(rows(second), rows(get(session, list + "&page=99")));
        assertEquals(rows(first), rows(get(session, list + "&page=abc")));
        assertEquals(rows(first), rows(get(session, list + "&page=0")));

        // in English
        String english = session.given().get(list + "&lang=en").then().statusCode(200).extract().asString();
        assertTrue(english.contains("Next page"), english);
        assertTrue(english.contains("53 diagnostic(s), newest first – page 1 of 2"), english);
    }

    @Test
    void aShortListHasNoPagination() {
        Portfolio p = portfolio(2);
        WebSession session = WebSession.signIn(p.email(), TestData.password(p.email()));
        String html = get(session, "/animation");
        assertEquals(2, rows(html).size());
        assertFalse(html.contains("itv-pager"), "one page: no pagination");
        assertTrue(html.contains("2 diagnostic(s), le plus récent en premier</caption>"), html);
    }

    @Test
    void submittedDiagnosticsShowTheirLatestSnapshotAndDraftsTheirProgress() {
        Portfolio p = portfolio(2);
        long validated = p.diagnostics().get(0);
        long draft = p.diagnostics().get(1);
        String path = "/api/diagnostics/" + validated;
        admin().contentType(ContentType.JSON).header("If-Match", etag(validated))
                .body("{\"answers\": [{\"question\": \"referent\", \"value\": \"nomme\"},"
                        + " {\"question\": \"publie\", \"value\": true}]}")
                .patch(path + "/answers").then().statusCode(200);
        admin().header("If-Match", etag(validated)).post(path + "/submit").then().statusCode(200);
        admin().header("If-Match", etag(validated)).post(path + "/validate").then().statusCode(200);

        WebSession session = WebSession.signIn(p.email(), TestData.password(p.email()));
        String draftRow = row(get(session, "/animation"), draft);
        assertTrue(draftRow.contains("0 sur 6 questions"), draftRow);
        assertTrue(draftRow.contains("pas encore soumis"), draftRow);

        // the list shows what the latest snapshot says, never a score computed again: change the stored figures
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                UPDATE score_snapshot SET overall_score = 12.3, overall_level = 'debutant'
                WHERE diagnostic_id = :d
                  AND id = (SELECT max(id) FROM score_snapshot WHERE diagnostic_id = :d)
                """).setParameter("d", validated).executeUpdate());
        String validatedRow = row(get(session, "/animation"), validated);
        assertTrue(validatedRow.contains("12,3 – Débutant"), validatedRow);
        assertTrue(validatedRow.contains("Validé"), validatedRow);
        Matcher progress = Pattern.compile("(\\d+) sur (\\d+) questions").matcher(validatedRow);
        assertTrue(progress.find(), validatedRow);
        assertTrue(Integer.parseInt(progress.group(1)) >= 2, "the snapshot's answered questions");
    }

    private static String etag(long diagnostic) {
        return admin().get("/api/diagnostics/" + diagnostic).then().statusCode(200).extract().header("ETag");
    }

    private static String row(String html, long diagnostic) {
        int start = html.indexOf("<tr data-diagnostic=\"" + diagnostic + "\">");
        assertTrue(start >= 0, "diagnostic " + diagnostic + " is listed");
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    void pageLinksShowTheEndsAndTheNeighboursWithGapsBetween() {
        Set<String> seen = new HashSet<>();
        List<InterviewViews.PageLink> links = InterviewResource.pageLinks(10, 200, n -> {
            seen.add("p" + n);
            return "/animation?page=" + n;
        });
        assertEquals("1 … 8 9 [10] 11 12 … 200", describe(links));
        assertEquals("[1] 2 3 … 200", describe(InterviewResource.pageLinks(1, 200, n -> "")));
        assertEquals("1 … 198 199 [200]", describe(InterviewResource.pageLinks(200, 200, n -> "")));
        assertEquals("1 2 [3] 4 5", describe(InterviewResource.pageLinks(3, 5, n -> "")));
        assertEquals("[1]", describe(InterviewResource.pageLinks(1, 1, n -> "")));
        assertEquals(Set.of("p1", "p8", "p9", "p10", "p11", "p12", "p200"), seen, "links only for shown pages");
    }

    private static String describe(List<InterviewViews.PageLink> links) {
        List<String> parts = new ArrayList<>();
        for (InterviewViews.PageLink link : links) {
            parts.add(link.gap() ? "…" : link.current() ? "[" + link.number() + "]" : String.valueOf(link.number()));
        }
        return String.join(" ", parts);
    }
}
