package org.odmaturity.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import org.odmaturity.error.ExpectedVersion;
import org.jboss.logging.Logger;
import org.odmaturity.campaign.Campaign;
import org.odmaturity.campaign.CampaignRequest;
import org.odmaturity.campaign.CampaignService;
import org.odmaturity.campaign.CampaignStatus;
import org.odmaturity.diagnostic.AnswerChange;
import org.odmaturity.diagnostic.AnswerPatch;
import org.odmaturity.diagnostic.Assessment;
import org.odmaturity.diagnostic.Diagnostic;
import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.diagnostic.DiagnosticService;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.diagnostic.ScoreSnapshot;
import org.odmaturity.diagnostic.StoredAnswer;
import org.odmaturity.plan.followup.FollowUpService;
import org.odmaturity.plan.followup.FollowUpStatus;
import org.odmaturity.plan.followup.FollowUps;
import org.odmaturity.organization.Organization;
import org.odmaturity.organization.OrganizationRequest;
import org.odmaturity.organization.OrganizationService;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.registry.QuestionnaireRegistry;
import org.odmaturity.security.Actor;
import org.odmaturity.security.AppUser;
import org.odmaturity.security.BootstrapAdminConfig;
import org.odmaturity.security.Invitation;
import org.odmaturity.security.InvitationConfig;
import org.odmaturity.security.InvitationService;
import org.odmaturity.security.UserRole;
import org.odmaturity.security.UserService;
import org.odmaturity.time.Instants;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Seeds the demo data set in dev mode, so that a first {@code ./mvnw quarkus:dev} shows something real: about thirty
 * organisations of the Grand Est, a demo facilitator account, an open 2026 campaign with diagnostics in every status
 * and both modes, and a closed 2025 campaign with older validated diagnostics (to show evolution).
 *
 * <p>Everything goes through the services (organisations, campaigns, diagnostics, invitation links, accounts), so the
 * answers carry real revisions and history and submitted or validated diagnostics have real score snapshots. Answers
 * are generated from the questionnaire's definition ({@link DemoAnswers}) with a fixed seed: every dev start seeds the
 * same content. Afterwards the dates are moved into the past so that the lists look like a campaign under way.
 *
 * <p>Runs when {@code odm.demo-data.enabled} is true (only the dev profile sets it) and never in a packaged run.
 * Idempotent: it skips when <em>its</em> 2026 demo campaign already exists, rather than when "there is any
 * organisation", so that it also behaves in a database that holds other data (hand-made dev data, or the shared
 * database of the tests, which call {@link #seed()} directly). It all happens in one transaction: a failure leaves
 * nothing behind and the next start tries again.
 */
@ApplicationScoped
public class DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class);

    /** The fixed seed of every random choice: same data on every start. */
    static final long SEED = 20_260_115L;
    static final String CAMPAIGN_NAME = "Diagnostic de maturité open data 2026";
    static final int CAMPAIGN_YEAR = 2026;
    static final String PREVIOUS_CAMPAIGN_NAME = "Diagnostic de maturité open data 2025";
    static final int PREVIOUS_CAMPAIGN_YEAR = 2025;
    static final String PILOT_CAMPAIGN_NAME = "Pilote du questionnaire v2 (2026)";
    static final String FACILITATOR_EMAIL = "animatrice@demo.od-maturity.fr";
    static final String FACILITATOR_PASSWORD = "demo-facilitator-2026";
    static final String FACILITATOR_NAME = "Camille Laurent";
    /** How much less mature each organisation was a year earlier. */
    private static final double PREVIOUS_YEAR_GAP = 0.12;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /**
     * What the seeding did. {@code seeded} is false when it found its campaign and added nothing.
     *
     * @param invitationUrl the respondent link logged at start (null when nothing was seeded)
     */
    public record Summary(boolean seeded, List<Long> organizationIds, List<Long> campaignIds,
            List<Long> diagnosticIds, int drafts, int submitted, int validated, Long facilitatorId,
            String invitationUrl) {

        static Summary skipped() {
            return new Summary(false, List.of(), List.of(), List.of(), 0, 0, 0, null, null);
        }
    }

    /**
     * One diagnostic to create.
     *
     * @param organization     key of a {@link DemoOrganizations.DemoOrganization}
     * @param withFacilitator  for a self-assessment: followed by the demo facilitator (interviews always are)
     * @param completion       for a draft: the share of the relevant questions answered so far
     * @param daysAgo          how long ago its last step happened
     */
    record Plan(String organization, DiagnosticStatus status, DiagnosticMode mode, boolean withFacilitator,
            double completion, int daysAgo) {
    }

    private static final DiagnosticStatus DRAFT = DiagnosticStatus.DRAFT;
    private static final DiagnosticStatus SUBMITTED = DiagnosticStatus.SUBMITTED;
    private static final DiagnosticStatus VALIDATED = DiagnosticStatus.VALIDATED;
    private static final DiagnosticMode SELF = DiagnosticMode.SELF_ASSESSMENT;
    private static final DiagnosticMode INTERVIEW = DiagnosticMode.INTERVIEW;

    /** The 2026 campaign: 20 diagnostics, 7 validated, 6 submitted, 7 drafts; ten organisations not started yet. */
    static final List<Plan> CURRENT = List.of(
            new Plan("grand-est", VALIDATED, INTERVIEW, true, 1, 68),
            new Plan("eurometropole-strasbourg", VALIDATED, SELF, true, 1, 61),
            new Plan("moselle", VALIDATED, INTERVIEW, true, 1, 55),
            new Plan("metz-metropole", VALIDATED, SELF, false, 1, 47),
            new Plan("strasbourg", VALIDATED, SELF, true, 1, 40),
            new Plan("grand-reims", VALIDATED, INTERVIEW, true, 1, 33),
            new Plan("sdea-alsace-moselle", VALIDATED, SELF, false, 1, 27),
            new Plan("grand-nancy", SUBMITTED, SELF, true, 1, 21),
            new Plan("metz", SUBMITTED, INTERVIEW, true, 1, 18),
            new Plan("colmar", SUBMITTED, SELF, false, 1, 15),
            new Plan("marne", SUBMITTED, SELF, true, 1, 12),
            new Plan("troyes-champagne-metropole", SUBMITTED, INTERVIEW, true, 1, 9),
            new Plan("sdis-marne", SUBMITTED, SELF, false, 1, 7),
            new Plan("reims", DRAFT, SELF, true, 0.6, 5),
            new Plan("epinal", DRAFT, INTERVIEW, true, 0.4, 4),
            new Plan("chaumont", DRAFT, SELF, false, 0.25, 4),
            new Plan("bar-le-duc", DRAFT, INTERVIEW, true, 0.5, 3),
            new Plan("eguisheim", DRAFT, SELF, false, 0.3, 2),
            new Plan("vallee-de-kaysersberg", DRAFT, INTERVIEW, true, 0.7, 1),
            new Plan("vaucouleurs", DRAFT, SELF, false, 0.15, 0));

    /** The 2025 campaign, closed: six validated diagnostics of bodies that took the 2026 one too. */
    static final List<Plan> PREVIOUS = List.of(
            new Plan("grand-est", VALIDATED, INTERVIEW, true, 1, 0),
            new Plan("eurometropole-strasbourg", VALIDATED, SELF, true, 1, 0),
            new Plan("moselle", VALIDATED, INTERVIEW, true, 1, 0),
            new Plan("metz-metropole", VALIDATED, SELF, false, 1, 0),
            new Plan("strasbourg", VALIDATED, SELF, true, 1, 0),
            new Plan("grand-nancy", VALIDATED, INTERVIEW, true, 1, 0));

    /**
     * The open pilot campaign on the questionnaire's next version (od-maturity v2): five organisations that have not
     * started the 2026 campaign, so that no plan of the pilot is taken for a previous plan of the main campaign.
     */
    static final List<Plan> PILOT = List.of(
            new Plan("obernai", VALIDATED, INTERVIEW, true, 1, 6),
            new Plan("troyes", SUBMITTED, SELF, true, 1, 3),
            new Plan("sde-vosges", SUBMITTED, INTERVIEW, true, 1, 2),
            new Plan("meuse", DRAFT, SELF, false, 0.5, 1),
            new Plan("charleville-mezieres", DRAFT, INTERVIEW, true, 0.3, 0));

    /** The draft self-assessment whose respondent link is logged at start. */
    static final String LOGGED_LINK_ORGANIZATION = "reims";

    private final DemoDataConfig config;
    private final BootstrapAdminConfig bootstrapAdmin;
    private final QuestionnaireRegistry registry;
    private final OrganizationService organizations;
    private final CampaignService campaigns;
    private final DiagnosticService diagnostics;
    private final InvitationService invitations;
    private final InvitationConfig invitationConfig;
    private final UserService users;
    private final FollowUpService followUps;

    public DemoDataSeeder(DemoDataConfig config, BootstrapAdminConfig bootstrapAdmin, QuestionnaireRegistry registry,
            OrganizationService organizations, CampaignService campaigns, DiagnosticService diagnostics,
            InvitationService invitations, InvitationConfig invitationConfig, UserService users,
            FollowUpService followUps) {
        this.followUps = followUps;
        this.config = config;
        this.bootstrapAdmin = bootstrapAdmin;
        this.registry = registry;
        this.organizations = organizations;
        this.campaigns = campaigns;
        this.diagnostics = diagnostics;
        this.invitations = invitations;
        this.invitationConfig = invitationConfig;
        this.users = users;
    }

    /**
     * At start, after the default-priority observers (observers run in increasing priority order, the default being
     * {@code APPLICATION + 500}): the questionnaire registry has loaded and the bootstrap admin exists by then.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.warn("odm.demo-data.enabled is ignored: demo data is never seeded outside dev mode");
            return;
        }
        try {
            seed();
        } catch (RuntimeException e) {
            // the transaction rolled back: nothing was seeded, the service still starts, the next start tries again
            LOG.error("demo data could not be seeded; nothing was written", e);
        }
    }

    /** Seeds the demo data set unless its 2026 campaign already exists. */
    @Transactional
    public Summary seed() {
        if (Campaign.count("name = ?1 and year = ?2", CAMPAIGN_NAME, CAMPAIGN_YEAR) > 0) {
            LOG.infof("demo data: campaign '%s' already exists, nothing added", CAMPAIGN_NAME);
            return Summary.skipped();
        }
        Optional<QuestionnaireRegistry.Entry> entry = registry.find(config.questionnaireId(),
                config.questionnaireVersion());
        if (entry.isEmpty()) {
            LOG.warnf("demo data not seeded: questionnaire '%s' version %d is not served (odm.demo-data.questionnaire-"
                    + "id / -version)", config.questionnaireId(), config.questionnaireVersion());
            return Summary.skipped();
        }
        Questionnaire questionnaire = entry.get().questionnaire();

        AppUser facilitatorAccount = AppUser.findByEmail(FACILITATOR_EMAIL).orElseGet(() -> users.create(
                FACILITATOR_EMAIL, FACILITATOR_NAME, FACILITATOR_PASSWORD, UserRole.FACILITATOR));
        Actor admin = adminActor();
        Actor facilitator = new Actor(Actor.Kind.USER, facilitatorAccount.id, null, null, facilitatorAccount.label(),
                false, true);

        Map<String, Organization> organizationsByKey = createOrganizations();
        Map<String, Double> maturity = maturities();

        Campaign previous = createCampaign(PREVIOUS_CAMPAIGN_NAME, PREVIOUS_CAMPAIGN_YEAR,
                LocalDate.of(2025, 2, 3), LocalDate.of(2025, 12, 19));
        Campaign current = createCampaign(CAMPAIGN_NAME, CAMPAIGN_YEAR, LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 12, 18));

        Context context = new Context(questionnaire, admin, facilitator, facilitatorAccount.id, organizationsByKey);
        List<Long> diagnosticIds = new ArrayList<>();
        int index = 0;
        for (Plan plan : PREVIOUS) {
            long id = run(context, plan, previous, maturity.get(plan.organization()) - PREVIOUS_YEAR_GAP, false);
            diagnosticIds.add(id);
            // validated in the autumn of 2025, a few days apart
            Instant validated = LocalDate.of(2025, 11, 6).plusDays(3L * index++).atTime(10, 30).atZone(PARIS)
                    .toInstant();
            backdate(id, Math.max(0, ChronoUnit.DAYS.between(validated, Instants.now())), true);
            followUp(id, index, admin);
        }
        // diagnostics are only created in an open campaign: close the 2025 one now that its work is done
        previous.status = CampaignStatus.CLOSED;

        String invitationUrl = null;
        for (Plan plan : CURRENT) {
            boolean logLink = plan.organization().equals(LOGGED_LINK_ORGANIZATION);
            long id = run(context, plan, current, maturity.get(plan.organization()), logLink);
            diagnosticIds.add(id);
            backdate(id, plan.daysAgo(), false);
            if (logLink) {
                invitationUrl = context.loggedLink;
            }
        }

        List<Long> campaignIds = new ArrayList<>(List.of(previous.id, current.id));
        List<Plan> plans = concat(PREVIOUS, CURRENT);
        Optional<Campaign> pilot = pilot(context, maturity, diagnosticIds);
        if (pilot.isPresent()) {
            campaignIds.add(pilot.get().id);
            plans = concat(plans, PILOT);
        }

        int drafts = 0;
        int submitted = 0;
        int validated = 0;
        for (Plan plan : plans) {
            switch (plan.status()) {
                case DRAFT -> drafts++;
                case SUBMITTED -> submitted++;
                case VALIDATED -> validated++;
            }
        }
        LOG.infof("demo data: %d organisations, %d diagnostics (%d draft, %d submitted, %d validated) in campaigns "
                + "'%s' (open) and '%s' (closed), questionnaire %s@%d", organizationsByKey.size(), diagnosticIds.size(),
                drafts, submitted, validated, CAMPAIGN_NAME, PREVIOUS_CAMPAIGN_NAME, questionnaire.id(),
                questionnaire.version());
        LOG.infof("demo data: sign in as %s (admin, see odm.bootstrap-admin) or %s / %s (facilitator)",
                admin.label(), FACILITATOR_EMAIL, FACILITATOR_PASSWORD);
        if (invitationUrl != null) {
            LOG.infof("demo data: respondent link of the draft self-assessment of %s (diagnostic %d): %s — shown "
                    + "once; the token after /i/ also works as 'Authorization: Bearer <token>' on /api/diagnostics",
                    organizationsByKey.get(LOGGED_LINK_ORGANIZATION).name, context.loggedDiagnosticId,
                    invitationUrl);
        }
        return new Summary(true, organizationsByKey.values().stream().map(o -> o.id).toList(),
                List.copyOf(campaignIds), List.copyOf(diagnosticIds), drafts, submitted, validated,
                facilitatorAccount.id, invitationUrl);
    }

    // -------------------------------------------------------------------------------------------------------- steps

    /** What every diagnostic of a run needs. */
    private static final class Context {
        final Questionnaire questionnaire;
        final Actor admin;
        final Actor facilitator;
        final long facilitatorId;
        final Map<String, Organization> organizations;
        String loggedLink;
        Long loggedDiagnosticId;

        Context(Questionnaire questionnaire, Actor admin, Actor facilitator, long facilitatorId,
                Map<String, Organization> organizations) {
            this.questionnaire = questionnaire;
            this.admin = admin;
            this.facilitator = facilitator;
            this.facilitatorId = facilitatorId;
            this.organizations = organizations;
        }
    }

    /**
     * The admin who runs the campaigns: the configured bootstrap admin, else the first active admin, else an
     * account-less admin actor named after the demo data.
     */
    private Actor adminActor() {
        Optional<AppUser> account = bootstrapAdmin.email().flatMap(AppUser::findByEmail).filter(u -> u.active);
        if (account.isEmpty()) {
            account = AppUser.<AppUser>find("role = ?1 and active = true order by id", UserRole.ADMIN)
                    .firstResultOptional();
        }
        return account.map(u -> new Actor(Actor.Kind.USER, u.id, null, null, u.label(), true, false))
                .orElseGet(() -> new Actor(Actor.Kind.USER, null, null, null, "Données de démonstration", true, false));
    }

    /** The demo organisations, each with the first of its fictitious SIRENs that is still free. */
    private Map<String, Organization> createOrganizations() {
        Map<String, Organization> byKey = new LinkedHashMap<>();
        for (int i = 0; i < DemoOrganizations.ALL.size(); i++) {
            DemoOrganizations.DemoOrganization demo = DemoOrganizations.ALL.get(i);
            String siren = DemoOrganizations.sirenCandidate(i, 0);
            for (int attempt = 1; Organization.count("siren", siren) > 0; attempt++) {
                siren = DemoOrganizations.sirenCandidate(i, attempt);
            }
            Organization organization = organizations.create(new OrganizationRequest(demo.name(), siren, demo.type(),
                    demo.departement(), DemoOrganizations.REGION, demo.population(), demo.contactName(),
                    demo.contactEmail(), null));
            byKey.put(demo.key(), organization);
        }
        return byKey;
    }

    /**
     * Each organisation's maturity: its base plus a fixed-seed random offset, bounded so that chance never turns a
     * regional capital into the least mature body of its kind.
     */
    private static Map<String, Double> maturities() {
        Random random = new Random(SEED);
        Map<String, Double> maturity = new LinkedHashMap<>();
        for (DemoOrganizations.DemoOrganization demo : DemoOrganizations.ALL) {
            double offset = Math.max(-0.06, Math.min(0.06, random.nextGaussian() * 0.05));
            double value = demo.baseMaturity() + offset;
            maturity.put(demo.key(), Math.max(0.05, Math.min(0.92, value)));
        }
        return maturity;
    }

    /** An open campaign on the configured questionnaire (pinned, and its version recorded as used). */
    private Campaign createCampaign(String name, int year, LocalDate opensOn, LocalDate closesOn) {
        return createCampaign(name, year, opensOn, closesOn, config.questionnaireVersion());
    }

    private Campaign createCampaign(String name, int year, LocalDate opensOn, LocalDate closesOn, int version) {
        return campaigns.create(new CampaignRequest(name, year, new CampaignRequest.QuestionnaireRef(
                config.questionnaireId(), version), opensOn, closesOn, CampaignStatus.OPEN));
    }

    /**
     * The open pilot campaign on {@code pilot-questionnaire-version} with the diagnostics of {@link #PILOT} (their
     * answers generated from that version's definition), or nothing when it is 0 or not served.
     */
    private Optional<Campaign> pilot(Context main, Map<String, Double> maturity, List<Long> diagnosticIds) {
        int version = config.pilotQuestionnaireVersion();
        if (version <= 0) {
            return Optional.empty();
        }
        Optional<QuestionnaireRegistry.Entry> entry = registry.find(config.questionnaireId(), version);
        if (entry.isEmpty()) {
            LOG.warnf("demo data: no pilot campaign, questionnaire '%s' version %d is not served "
                    + "(odm.demo-data.pilot-questionnaire-version)", config.questionnaireId(), version);
            return Optional.empty();
        }
        Campaign pilot = createCampaign(PILOT_CAMPAIGN_NAME, CAMPAIGN_YEAR, LocalDate.of(2026, 10, 1),
                LocalDate.of(2027, 3, 31), version);
        Context context = new Context(entry.get().questionnaire(), main.admin, main.facilitator, main.facilitatorId,
                main.organizations);
        for (Plan plan : PILOT) {
            long id = run(context, plan, pilot, maturity.get(plan.organization()), false);
            diagnosticIds.add(id);
            backdate(id, plan.daysAgo(), false);
        }
        LOG.infof("demo data: pilot campaign '%s' (open), %d diagnostics, questionnaire %s@%d", PILOT_CAMPAIGN_NAME,
                PILOT.size(), config.questionnaireId(), version);
        return Optional.of(pilot);
    }

    /**
     * Creates one diagnostic and takes it to its planned status as real users would: a self-assessment is created by
     * the admin and answered and submitted through an invitation link (the respondent); an interview is created,
     * answered (with notes) and submitted by the facilitator. Answers arrive in two batches, the second sometimes
     * revising an earlier answer. Validation: the admin for interviews, the facilitator (or the admin) for
     * self-assessments.
     */
    private long run(Context context, Plan plan, Campaign campaign, double maturity, boolean logLink) {
        DemoOrganizations.DemoOrganization demo = DemoOrganizations.byKey(plan.organization()).orElseThrow();
        Organization organization = context.organizations.get(plan.organization());
        boolean interview = plan.mode() == INTERVIEW;
        Long facilitatorId = interview || plan.withFacilitator() ? context.facilitatorId : null;
        Actor creator = interview ? context.facilitator : context.admin;
        long id = diagnostics.create(organization.id, campaign.id, plan.mode(), facilitatorId, creator)
                .diagnostic().id;

        Actor writer;
        if (interview) {
            writer = context.facilitator;
        } else {
            String label = "Référent données — " + demo.contactName();
            Duration validity = logLink ? invitationConfig.maxValidity() : null;
            InvitationService.Created link = invitations.create(id, label, validity, creator.label());
            writer = new Actor(Actor.Kind.INVITATION, null, link.invitation().id, id,
                    "Lien d'invitation n°" + link.invitation().id + " (" + label + ")", false, false);
            if (logLink) {
                context.loggedLink = invitations.url(link.token());
                context.loggedDiagnosticId = id;
            }
        }

        Random random = new Random(SEED * 31 + campaign.year * 1000L + DemoOrganizations.ALL.indexOf(demo));
        DemoAnswers.Respondent respondent = new DemoAnswers.Respondent(demo.type(), demo.population(),
                Math.max(0.02, maturity), demo.key());
        List<DemoAnswers.Planned> answers = DemoAnswers.generate(context.questionnaire, respondent, interview,
                random);
        if (plan.status() == DRAFT) {
            answers = answers.subList(0, (int) Math.round(plan.completion() * answers.size()));
        }
        int split = (int) Math.ceil(answers.size() * 0.6);
        if (split > 0) {
            Map<String, StoredAnswer> stored = patch(id, answers.subList(0, split), writer, Map.of()).answers();
            if (split < answers.size()) {
                List<DemoAnswers.Planned> second = new ArrayList<>(answers.subList(split, answers.size()));
                if (random.nextDouble() < 0.5) {
                    DemoAnswers.revision(context.questionnaire, answers.subList(0, split), random)
                            .ifPresent(second::add);
                }
                patch(id, second, writer, stored);
            }
        }
        DiagnosticService.State submitted = null;
        if (plan.status() != DRAFT) {
            submitted = diagnostics.submit(id, ExpectedVersion.none(), writer);
        }
        if (plan.status() == VALIDATED) {
            Actor validator = interview || facilitatorId == null ? context.admin : context.facilitator;
            // the open answers scored by the facilitator get their points first, as validation requires
            List<Assessment> scores = DemoAnswers.facilitatorScores(submitted.questionnaire().questionnaire(),
                    submitted.score().pending(), maturity);
            if (!scores.isEmpty()) {
                diagnostics.assess(id, ExpectedVersion.of(submitted.diagnostic().version), scores, validator);
            }
            diagnostics.validate(id, ExpectedVersion.none(), validator);
        }
        return id;
    }

    /** One batch of answers, each claiming the revision it was last seen at (no If-Match). */
    private DiagnosticService.State patch(long id, List<DemoAnswers.Planned> batch, Actor writer,
            Map<String, StoredAnswer> current) {
        List<AnswerPatch> patches = new ArrayList<>();
        for (DemoAnswers.Planned answer : batch) {
            StoredAnswer seen = current.get(answer.question());
            patches.add(answer.toPatch(seen == null ? 0 : seen.revision));
        }
        return diagnostics.patchAnswers(id, ExpectedVersion.none(), patches, writer);
    }

    /**
     * Moves a diagnostic's dates into the past: its last step {@code daysAgo} days ago, the submission four days
     * before a validation, the creation twelve days before the answers. Invitation links keep their expiry unless
     * {@code expireLinks} (a closed campaign's links have expired).
     */
    private static void backdate(long id, long daysAgo, boolean expireLinks) {
        Diagnostic d = Diagnostic.findById(id);
        Duration last = Duration.ofDays(daysAgo);
        Duration answered = d.status == VALIDATED ? last.plusDays(4) : last;
        Duration created = answered.plusDays(12);
        d.createdAt = d.createdAt.minus(created);
        d.updatedAt = d.updatedAt.minus(last);
        if (d.submittedAt != null) {
            d.submittedAt = d.submittedAt.minus(answered);
        }
        if (d.validatedAt != null) {
            d.validatedAt = d.validatedAt.minus(last);
        }
        StoredAnswer.<StoredAnswer>list("diagnosticId", id).forEach(a -> a.answeredAt = a.answeredAt.minus(answered));
        AnswerChange.<AnswerChange>list("diagnosticId", id).forEach(c -> c.changedAt = c.changedAt.minus(answered));
        ScoreSnapshot.<ScoreSnapshot>list("diagnosticId", id).forEach(s -> s.createdAt = s.createdAt.minus(
                s.kind == ScoreSnapshot.Kind.VALIDATED ? last : answered));
        Invitation.<Invitation>list("diagnosticId", id).forEach(i -> {
            i.createdAt = i.createdAt.minus(created);
            if (expireLinks) {
                i.expiresAt = i.expiresAt.minus(created);
            }
        });
    }

    /** Notes of the demo's follow-ups, used in turn. */
    private static final List<String> FOLLOW_UP_NOTES = List.of("Présenté en comité de direction.",
            "Délibération votée en conseil.", "Reporté faute de moyens cette année.", "Confié au service SIG.");

    /**
     * What became of a 2025 plan (deterministic): its actions in turn done, in progress, to do with a date, abandoned,
     * and every fifth one not followed up at all; dates spread over 2026, never after today.
     */
    private void followUp(long diagnosticId, int index, Actor writer) {
        FollowUpStatus[] cycle = { FollowUpStatus.DONE, FollowUpStatus.IN_PROGRESS, FollowUpStatus.DONE,
            FollowUpStatus.TODO, FollowUpStatus.ABANDONED };
        LocalDate today = LocalDate.now(PARIS);
        List<FollowUps.Action> actions = followUps.get(diagnosticId, "fr", writer).actions();
        for (int i = 0; i < actions.size(); i++) {
            int turn = (i + index) % (cycle.length + 1);
            if (turn == cycle.length) {
                continue;
            }
            LocalDate date = LocalDate.of(2026, 1, 12).plusDays(17L * i + 5L * index);
            followUps.update(diagnosticId, actions.get(i).key(), ExpectedVersion.of(0),
                    new FollowUpService.Update(cycle[turn].key(), date.isAfter(today) ? today : date,
                            turn == 3 ? null : FOLLOW_UP_NOTES.get((i + index) % FOLLOW_UP_NOTES.size())),
                    writer);
        }
    }

    private static List<Plan> concat(List<Plan> a, List<Plan> b) {
        List<Plan> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
