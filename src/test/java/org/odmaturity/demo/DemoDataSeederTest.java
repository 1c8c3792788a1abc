package org.odmaturity.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.odmaturity.campaign.Campaign;
import org.odmaturity.campaign.CampaignStatus;
import org.odmaturity.diagnostic.AnswerChange;
import org.odmaturity.diagnostic.Diagnostic;
import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.diagnostic.ScoreSnapshot;
import org.odmaturity.diagnostic.StoredAnswer;
import org.odmaturity.organization.Organization;
import org.odmaturity.organization.OrganizationType;
import org.odmaturity.organization.Siren;
import org.odmaturity.questionnaire.load.ParseResult;
import org.odmaturity.questionnaire.load.QuestionnaireParser;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.registry.QuestionnaireRegistry;
import org.odmaturity.scoring.AnswerInput;
import org.odmaturity.scoring.AnswerValidation;
import org.odmaturity.scoring.AnswerValidator;
import org.odmaturity.scoring.ScoreCard;
import org.odmaturity.scoring.ScoringEngine;
import org.odmaturity.security.AppUser;
import org.odmaturity.security.UserRole;
import org.odmaturity.security.UserService;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The demo data set, seeded by calling {@link DemoDataSeeder#seed()} directly (start-up seeding is off in tests).
 * Tests serve only the sample questionnaire, so the profile points the seeder at it, the pilot campaign included (in
 * dev it runs on od-maturity v2): answers are generated from whatever questionnaire is configured. The database is shared with other test classes, so every assertion is about
 * the seeded rows (by the ids the seeding returns), never about global counts.
 */
@QuarkusTest
@TestProfile(DemoDataSeederTest.SampleQuestionnaire.class)
class DemoDataSeederTest {

    /** The demo data on the test questionnaire. */
    public static class SampleQuestionnaire implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("odm.demo-data.questionnaire-id", "sample-od-maturity",
                    "odm.demo-data.questionnaire-version", "1", "odm.demo-data.pilot-questionnaire-version", "1");
        }
    }

    private static DemoDataSeeder.Summary seeded;

    @Inject
    DemoDataSeeder seeder;

    @Inject
    QuestionnaireRegistry registry;

    @Inject
    UserService users;

    @Inject
    ObjectMapper json;

    /** The first seeding of this run (whichever test comes first triggers it). */
    private DemoDataSeeder.Summary seeded() {
        synchronized (DemoDataSeederTest.class) {
            if (seeded == null) {
                seeded = seeder.seed();
                assertTrue(seeded.seeded(), "the first call seeds");
            }
            return seeded;
        }
    }

    @Inject
    org.odmaturity.plan.followup.FollowUpService followUps;

    @Test
    void the2025PlansAreFollowedUpAndShownAsThe2026PreviousPlans() {
        DemoDataSeeder.Summary summary = seeded();
        org.odmaturity.security.Actor admin = new org.odmaturity.security.Actor(
                org.odmaturity.security.Actor.Kind.USER, null, null, null, "test", true, false);
        List<Long> previous = summary.diagnosticIds().subList(0, DemoDataSeeder.PREVIOUS.size());
        Set<org.odmaturity.plan.followup.FollowUpStatus> seen = new java.util.HashSet<>();
        for (long id : previous) {
            org.odmaturity.plan.followup.FollowUps f = followUps.get(id, "fr", admin);
            assertEquals(2025, f.year());
            assertTrue(f.actions().stream().anyMatch(org.odmaturity.plan.followup.FollowUps.Action::followedUp),
                    "plan of diagnostic " + id + " is followed up");
            f.actions().stream().filter(org.odmaturity.plan.followup.FollowUps.Action::followedUp)
                    .forEach(a -> seen.add(a.status()));
        }
        assertEquals(Set.of(org.odmaturity.plan.followup.FollowUpStatus.values()), seen);
        long shownAsPrevious = summary.diagnosticIds().subList(DemoDataSeeder.PREVIOUS.size(),
                summary.diagnosticIds().size()).stream()
                .filter(id -> followUps.previous(id, "fr", admin).map(p -> previous.contains(p.diagnosticId()))
                        .orElse(false)).count();
        assertEquals(DemoDataSeeder.PREVIOUS.size(), shownAsPrevious);
    }

    @Test
    void secondSeedingAddsNothing() {
        seeded();
        List<Long> before = counts();
        DemoDataSeeder.Summary again = seeder.seed();
        assertFalse(again.seeded());
        assertTrue(again.diagnosticIds().isEmpty());
        assertEquals(before, counts(), "organisations, accounts, campaigns, diagnostics, answers, history, snapshots");
    }

    @Test
    void organisationsOfTheGrandEst() {
        List<Organization> organizations = inTransaction(() -> Organization.<Organization>list("id in ?1",
                seeded().organizationIds()));
        assertEquals(DemoOrganizations.ALL.size(), organizations.size());
        assertTrue(organizations.size() >= 28 && organizations.size() <= 32, "about thirty");
        for (Organization o : organizations) {
            assertTrue(o.siren.matches("[0-9]{9}") && Siren.Validator.luhnValid(o.siren), o.name + ": " + o.siren);
            assertEquals("Grand Est", o.region);
            assertTrue(o.population == null || o.population > 0);
        }
        assertEquals(organizations.size(), organizations.stream().map(o -> o.siren).distinct().count());
        assertEquals(EnumSet.of(OrganizationType.COMMUNE, OrganizationType.EPCI, OrganizationType.DEPARTEMENT,
                OrganizationType.REGION, OrganizationType.SYNDICAT, OrganizationType.ETABLISSEMENT_PUBLIC),
                organizations.stream().map(o -> o.type).collect(Collectors.toCollection(
                        () -> EnumSet.noneOf(OrganizationType.class))));
        assertEquals(new TreeSet<>(List.of("08", "10", "51", "52", "54", "55", "57", "67", "68", "88")),
                organizations.stream().map(o -> o.departementCode).filter(d -> d != null)
                        .collect(Collectors.toCollection(TreeSet::new)));
        assertTrue(organizations.stream().anyMatch(o -> o.name.equals("Ville de Strasbourg")));
        assertTrue(organizations.stream().anyMatch(o -> o.name.equals("Région Grand Est") && o.departementCode == null));
        assertTrue(organizations.stream().anyMatch(o -> o.type == OrganizationType.COMMUNE && o.population < 2_000),
                "small villages too");
    }

    @Test
    void campaignsAndFacilitator() {
        DemoDataSeeder.Summary summary = seeded();
        List<Campaign> campaigns = inTransaction(() -> Campaign.<Campaign>list("id in ?1 order by year",
                summary.campaignIds()));
        assertEquals(3, campaigns.size());
        assertEquals(DemoDataSeeder.PREVIOUS_CAMPAIGN_NAME, campaigns.get(0).name);
        assertEquals(CampaignStatus.CLOSED, campaigns.get(0).status);
        assertEquals(DemoDataSeeder.CAMPAIGN_NAME, campaigns.get(1).name);
        assertEquals(CampaignStatus.OPEN, campaigns.get(1).status);
        assertEquals(DemoDataSeeder.PILOT_CAMPAIGN_NAME, campaigns.get(2).name);
        assertEquals(CampaignStatus.OPEN, campaigns.get(2).status);
        assertEquals(summary.campaignIds().get(2), campaigns.get(2).id);
        long pilotDiagnostics = inTransaction(() -> Diagnostic.count("campaignId", campaigns.get(2).id));
        assertEquals(DemoDataSeeder.PILOT.size(), pilotDiagnostics);
        // the pilot's organisations have not started the 2026 campaign: no pilot plan is read as a previous plan
        List<String> current = DemoDataSeeder.CURRENT.stream().map(DemoDataSeeder.Plan::organization).toList();
        DemoDataSeeder.PILOT.forEach(p -> assertFalse(current.contains(p.organization()), p.organization()));
        campaigns.forEach(c -> {
            assertEquals("sample-od-maturity", c.questionnaireId);
            assertEquals(1, c.questionnaireVersion);
        });

        AppUser facilitator = users.authenticate(DemoDataSeeder.FACILITATOR_EMAIL,
                DemoDataSeeder.FACILITATOR_PASSWORD.toCharArray()).orElseThrow();
        assertEquals(UserRole.FACILITATOR, facilitator.role);
        assertEquals(summary.facilitatorId(), facilitator.id);
        assertNotNull(summary.invitationUrl());
        assertTrue(summary.invitationUrl().contains("/i/odmi_"), summary.invitationUrl());
    }

    @Test
    void diagnosticsInEveryStatusWithSnapshots() {
        DemoDataSeeder.Summary summary = seeded();
        List<Diagnostic> diagnostics = inTransaction(() -> Diagnostic.<Diagnostic>list("id in ?1",
                summary.diagnosticIds()));
        assertEquals(summary.diagnosticIds().size(), diagnostics.size());
        assertTrue(diagnostics.size() >= 20, "about twenty in 2026, a few more in 2025");
        assertEquals(summary.drafts() + summary.submitted() + summary.validated(), diagnostics.size());
        Map<DiagnosticStatus, Long> byStatus = diagnostics.stream()
                .collect(Collectors.groupingBy(d -> d.status, Collectors.counting()));
        assertEquals(summary.drafts(), byStatus.get(DiagnosticStatus.DRAFT));
        assertEquals(summary.submitted(), byStatus.get(DiagnosticStatus.SUBMITTED));
        assertEquals(summary.validated(), byStatus.get(DiagnosticStatus.VALIDATED));
        assertTrue(summary.drafts() > 0 && summary.submitted() > 0 && summary.validated() > 0);
        assertEquals(Set.of(DiagnosticMode.SELF_ASSESSMENT, DiagnosticMode.INTERVIEW),
                diagnostics.stream().map(d -> d.mode).collect(Collectors.toSet()));
        diagnostics.stream().filter(d -> d.mode == DiagnosticMode.INTERVIEW)
                .forEach(d -> assertEquals(summary.facilitatorId(), d.facilitatorId, "interview " + d.id));

        Questionnaire questionnaire = registry.find("sample-od-maturity", 1).orElseThrow().questionnaire();
        long relevantMax = questionnaire.questions().count();
        boolean partialDraft = false;
        for (Diagnostic d : diagnostics) {
            List<ScoreSnapshot> snapshots = inTransaction(() -> ScoreSnapshot.<ScoreSnapshot>list(
                    "diagnosticId = ?1 order by id", d.id));
            Set<ScoreSnapshot.Kind> kinds = snapshots.stream().map(s -> s.kind).collect(Collectors.toSet());
            long answers = inTransaction(() -> StoredAnswer.count("diagnosticId", d.id));
            switch (d.status) {
                case DRAFT -> {
                    assertTrue(snapshots.isEmpty(), "draft " + d.id);
                    assertNull(d.submittedAt);
                    partialDraft |= answers > 0 && answers < relevantMax;
                }
                case SUBMITTED -> {
                    assertEquals(Set.of(ScoreSnapshot.Kind.SUBMITTED), kinds, "submitted " + d.id);
                    assertNotNull(d.submittedAt);
                }
                case VALIDATED -> {
                    assertEquals(Set.of(ScoreSnapshot.Kind.SUBMITTED, ScoreSnapshot.Kind.VALIDATED), kinds,
                            "validated " + d.id);
                    assertNotNull(d.validatedAt);
                    assertTrue(d.validatedAt.isAfter(d.submittedAt) && d.submittedAt.isAfter(d.createdAt));
                }
            }
            for (ScoreSnapshot s : snapshots) {
                assertEquals("sample-od-maturity", s.questionnaireId);
                assertNotNull(s.overallScore, "snapshot " + s.id);
                assertNotNull(s.overallLevel, "snapshot " + s.id);
            }
            if (d.status != DiagnosticStatus.DRAFT) {
                assertTrue(answers > 0, "a submitted diagnostic has answers");
            }
        }
        assertTrue(partialDraft, "some draft is partially answered");
    }

    @Test
    void everyStoredAnswerFitsItsQuestionnaireAndHasHistory() throws Exception {
        DemoDataSeeder.Summary summary = seeded();
        Questionnaire questionnaire = registry.find("sample-od-maturity", 1).orElseThrow().questionnaire();
        List<StoredAnswer> answers = inTransaction(() -> StoredAnswer.<StoredAnswer>list("diagnosticId in ?1",
                summary.diagnosticIds()));
        assertFalse(answers.isEmpty());
        Map<Long, List<AnswerInput>> byDiagnostic = new HashMap<>();
        for (StoredAnswer a : answers) {
            assertTrue(a.notApplicable || a.valueJson != null, "answer " + a.id + " has a value or is N/A");
            assertTrue(a.revision >= 1);
            Object value = a.valueJson == null ? null : DemoAnswers.plain(json.readTree(a.valueJson));
            byDiagnostic.computeIfAbsent(a.diagnosticId, id -> new ArrayList<>())
                    .add(new AnswerInput(a.questionId, value, a.notApplicable));
        }
        // each diagnostic's answers as one batch: every value valid, no question twice
        byDiagnostic.forEach((id, inputs) -> {
            AnswerValidation validation = AnswerValidator.validate(questionnaire, inputs);
            assertTrue(validation.problems().isEmpty(), "diagnostic " + id + ": " + validation.problems());
            assertEquals(inputs.size(), validation.answers().size());
        });
        long changes = inTransaction(() -> AnswerChange.count("diagnosticId in ?1", summary.diagnosticIds()));
        assertEquals(answers.stream().mapToInt(a -> a.revision).sum(), changes, "one history entry per revision");
        assertTrue(answers.stream().anyMatch(a -> a.comment != null), "some comments");
        assertTrue(answers.stream().anyMatch(a -> a.note != null), "some facilitator notes");
    }

    @Test
    void generationIsDeterministic() {
        Questionnaire questionnaire = registry.find("sample-od-maturity", 1).orElseThrow().questionnaire();
        DemoAnswers.Respondent respondent = new DemoAnswers.Respondent(OrganizationType.EPCI, 120_000, 0.5,
                "exemple");
        assertEquals(DemoAnswers.generate(questionnaire, respondent, true, new Random(42)),
                DemoAnswers.generate(questionnaire, respondent, true, new Random(42)));
        for (int seed = 0; seed < 200; seed++) {
            List<AnswerInput> inputs = DemoAnswers.generate(questionnaire, new DemoAnswers.Respondent(
                    OrganizationType.COMMUNE, 800 + seed * 500, seed / 200.0, "c" + seed), seed % 2 == 0,
                    new Random(seed)).stream()
                    .map(p -> new AnswerInput(p.question(), DemoAnswers.plain(p.value()), p.notApplicable()))
                    .toList();
            assertTrue(AnswerValidator.validate(questionnaire, inputs).problems().isEmpty());
        }
    }

    /**
     * The shipped questionnaire that dev mode seeds with (not served in tests, so read from its file): every complete
     * answer set is valid, answers only relevant questions and covers every required one (so it can be submitted),
     * and bigger bodies come out more mature.
     */
    @Test
    void shippedQuestionnaireGetsCompleteValidAnswers() throws Exception {
        shippedQuestionnaireGetsCompleteValidAnswers("od-maturity.v1.yaml");
    }

    /** The same for od-maturity v2, which the pilot campaign uses in dev mode. */
    @Test
    void shippedQuestionnaireV2GetsCompleteValidAnswers() throws Exception {
        shippedQuestionnaireGetsCompleteValidAnswers("od-maturity.v2.yaml");
    }

    /**
     * od-maturity v2 has an answer scored by the facilitator (val.priorites), which validation requires to be scored:
     * the seeder gives every pending answer the rubric level closest to the organisation's maturity, with a
     * justification, so that the pilot's validated diagnostic can be validated. Checked for every demo organisation.
     */
    @Test
    void pendingAnswersOfV2GetTheFacilitatorsPointsBeforeValidation() throws Exception {
        String file = "od-maturity.v2.yaml";
        ParseResult parsed = new QuestionnaireParser().parse(file, Files.readAllBytes(Path.of("questionnaires", file)));
        Questionnaire questionnaire = parsed.questionnaire();
        Set<Double> levels = new TreeSet<>();
        int scoredAnswers = 0;
        for (int i = 0; i < DemoOrganizations.ALL.size(); i++) {
            DemoOrganizations.DemoOrganization demo = DemoOrganizations.ALL.get(i);
            List<DemoAnswers.Planned> planned = DemoAnswers.generate(questionnaire, new DemoAnswers.Respondent(
                    demo.type(), demo.population(), demo.baseMaturity(), demo.key()), true, new Random(i));
            AnswerValidation validation = AnswerValidator.validate(questionnaire, planned.stream()
                    .map(p -> new AnswerInput(p.question(), DemoAnswers.plain(p.value()), p.notApplicable())).toList());
            ScoreCard before = ScoringEngine.score(questionnaire, validation.answers());
            List<org.odmaturity.diagnostic.Assessment> scores = DemoAnswers.facilitatorScores(questionnaire,
                    before.pending(), demo.baseMaturity());
            assertEquals(before.pending(), scores.stream().map(a -> a.question()).toList(), demo.key());
            List<org.odmaturity.scoring.Answer> assessed = new ArrayList<>();
            for (var score : scores) {
                var question = questionnaire.question(score.question()).orElseThrow();
                assertTrue(question.facilitatorScoring().level(score.points().doubleValue()).isPresent(),
                        demo.key() + ": a rubric level, not " + score.points());
                assertTrue(score.justification().startsWith("Niveau retenu en entretien : "), score.justification());
                levels.add(score.points().doubleValue());
                assessed.add(validation.answers().get(score.question()).orElseThrow()
                        .assessed(score.points().doubleValue()));
                scoredAnswers++;
            }
            ScoreCard after = ScoringEngine.score(questionnaire, validation.answers().with(assessed));
            assertEquals(List.of(), after.pending(), demo.key() + ": nothing left pending, so validation can pass");
        }
        assertTrue(scoredAnswers > DemoOrganizations.ALL.size() / 2, "most demo organisations answer val.priorites");
        assertTrue(levels.size() >= 2, "points follow maturity: " + levels);
    }

    private static void shippedQuestionnaireGetsCompleteValidAnswers(String file) throws Exception {
        ParseResult parsed = new QuestionnaireParser().parse(file, Files.readAllBytes(Path.of("questionnaires", file)));
        assertTrue(parsed.valid(), () -> parsed.errors().toString());
        Questionnaire questionnaire = parsed.questionnaire();
        double smallest = 0;
        double largest = 0;
        for (int i = 0; i < DemoOrganizations.ALL.size(); i++) {
            DemoOrganizations.DemoOrganization demo = DemoOrganizations.ALL.get(i);
            for (boolean interview : List.of(true, false)) {
                List<DemoAnswers.Planned> planned = DemoAnswers.generate(questionnaire, new DemoAnswers.Respondent(
                        demo.type(), demo.population(), demo.baseMaturity(), demo.key()), interview, new Random(i));
                List<AnswerInput> inputs = planned.stream().map(p -> new AnswerInput(p.question(),
                        DemoAnswers.plain(p.value()), p.notApplicable())).toList();
                AnswerValidation validation = AnswerValidator.validate(questionnaire, inputs);
                assertTrue(validation.problems().isEmpty(), demo.key() + ": " + validation.problems());
                ScoreCard card = ScoringEngine.score(questionnaire, validation.answers());
                Set<String> answered = planned.stream().map(DemoAnswers.Planned::question).collect(Collectors.toSet());
                card.notRelevant().forEach(q -> assertFalse(answered.contains(q), demo.key() + " answers " + q));
                questionnaire.questions().filter(q -> q.required() && !card.notRelevant().contains(q.id()))
                        .forEach(q -> assertTrue(answered.contains(q.id()), demo.key() + " misses " + q.id()));
                assertTrue(planned.stream().noneMatch(p -> p.note() != null) || interview, "notes only in interviews");
                if (demo.key().equals("grand-est")) {
                    largest += card.overall().score();
                } else if (demo.key().equals("eguisheim")) {
                    smallest += card.overall().score();
                }
            }
        }
        assertTrue(largest > smallest + 30, "the Région (" + largest / 2 + ") is far more mature than a village ("
                + smallest / 2 + ")");
    }

    @Test
    void sirensAreValidAndStable() {
        for (int i = 0; i < DemoOrganizations.ALL.size(); i++) {
            for (int attempt = 0; attempt < 3; attempt++) {
                String siren = DemoOrganizations.sirenCandidate(i, attempt);
                assertTrue(siren.matches("[0-9]{9}") && Siren.Validator.luhnValid(siren), siren);
                assertEquals(siren, DemoOrganizations.sirenCandidate(i, attempt));
            }
        }
    }

    private List<Long> counts() {
        return inTransaction(() -> List.of(Organization.count(), AppUser.count(), Campaign.count(), Diagnostic.count(),
                StoredAnswer.count(), AnswerChange.count(), ScoreSnapshot.count()));
    }

    private static <T> T inTransaction(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}
