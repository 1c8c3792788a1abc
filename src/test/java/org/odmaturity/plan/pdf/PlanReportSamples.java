package org.odmaturity.plan.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.odmaturity.plan.pdf.PlanReport.ActionRow;
import org.odmaturity.plan.pdf.PlanReport.AppendixItem;
import org.odmaturity.plan.pdf.PlanReport.AxisSection;
import org.odmaturity.plan.pdf.PlanReport.LevelInfo;
import org.odmaturity.plan.pdf.PlanReport.QuestionLine;
import org.odmaturity.plan.pdf.PlanReport.ThemeLine;

/** Realistic plan reports for the PDF tests and the benchmark: complete, hostile and not started. */
final class PlanReportSamples {

    static final String ORGANIZATION = "Communauté d'agglomération du Pays de Saint-Œuf-en-Bray";
    static final String[] AXES_FR = { "Piloter", "Partager", "Produire", "Valoriser" };
    static final String[] AXES_EN = { "Steer", "Share", "Produce", "Promote" };
    static final String[][] THEMES_FR = {
            { "Stratégie et gouvernance", "Moyens humains et budget", "Suivi et évaluation" },
            { "Publication sur data.gouv.fr", "Licences et conditions de réutilisation", "Inventaire des données" },
            { "Qualité des jeux de données", "Formats ouverts et standards", "Mise à jour et automatisation" },
            { "Animation des réutilisateurs", "Communication et événements", "Mesure de l'impact" } };
    static final String[][] THEMES_EN = {
            { "Strategy and governance", "People and budget", "Monitoring and evaluation" },
            { "Publishing on data.gouv.fr", "Licences and reuse terms", "Data inventory" },
            { "Dataset quality", "Open formats and standards", "Updates and automation" },
            { "Reuser community", "Communication and events", "Measuring impact" } };

    private PlanReportSamples() {
    }

    /** The overall score is 64.8, so the French PDF prints "64,8". */
    static PlanReport complete(String language) {
        boolean fr = !"en".equals(language);
        String[] axisTitles = fr ? AXES_FR : AXES_EN;
        String[][] themeTitles = fr ? THEMES_FR : THEMES_EN;
        List<LevelInfo> levels = levels(fr);
        double[] axisScores = { 71.3, 58.4, 66.0, 63.5 };
        double[] peerAverages = { 55.2, 61.0, 48.7, 42.9 };
        List<AxisSection> axes = new ArrayList<>();
        List<AppendixItem> appendix = new ArrayList<>();
        int questionNumber = 0;
        for (int a = 0; a < 4; a++) {
            List<ThemeLine> themes = new ArrayList<>();
            List<QuestionLine> questions = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                double themeScore = Math.round((axisScores[a] + (t - 1) * 9.5 + a) * 10) / 10.0;
                themes.add(new ThemeLine(themeTitles[a][t], themeScore, levelOf(levels, themeScore)));
                int count = t == 0 ? 4 : 3; // 4 axes × (4 + 3 + 3) = 40 questions
                for (int q = 0; q < count; q++) {
                    questionNumber++;
                    double score = (questionNumber * 37) % 101;
                    String text = (fr ? "Q" + questionNumber + ". La collectivité " : "Q" + questionNumber + ". Does the authority ")
                            + (fr ? QUESTIONS_FR[questionNumber % QUESTIONS_FR.length]
                                    : QUESTIONS_EN[questionNumber % QUESTIONS_EN.length]);
                    String answer = answerFor(score, fr);
                    questions.add(new QuestionLine(text, score, answer));
                    appendix.add(new AppendixItem(axisTitles[a], themeTitles[a][t], text, answer,
                            questionNumber % 3 == 0 ? (fr ? "Le service SIG publie déjà ses couches ; la DSI prévoit un moissonnage automatique en 2027 (coût estimé : 12 000 €)."
                                    : "The GIS team already publishes its layers; IT plans automatic harvesting in 2027 (estimated cost: €12,000).") : null,
                            questionNumber % 4 == 0 ? "https://www.data.gouv.fr/fr/organizations/pays-de-saint-oeuf/" : null,
                            questionNumber % 5 == 0 ? (fr ? "À confirmer avec la direction générale des services." : "To be confirmed with the general management.") : null,
                            questionNumber % 7 == 0));
                }
            }
            questions.sort(Comparator.comparingDouble(QuestionLine::score));
            List<QuestionLine> weaknesses = questions.subList(0, 3);
            List<QuestionLine> strengths = new ArrayList<>(questions.subList(questions.size() - 3, questions.size()));
            strengths.sort(Comparator.comparingDouble(QuestionLine::score).reversed());
            axes.add(new AxisSection(axisTitles[a].toLowerCase(), axisTitles[a], axisScores[a], levelOf(levels, axisScores[a]),
                    levels.get(Math.min(levels.size() - 1, 3)).label(), peerAverages[a], peerAverages[a] - 12.5,
                    peerAverages[a] + 10.25, themes, strengths, weaknesses));
        }
        List<ActionRow> actions = new ArrayList<>();
        String[] efforts = fr ? new String[] { "Faible", "Moyen", "Élevé" } : new String[] { "Low", "Medium", "High" };
        String[] horizons = fr ? new String[] { "3 mois", "6 mois", "12 mois", "24 mois" }
                : new String[] { "3 months", "6 months", "12 months", "24 months" };
        for (int i = 1; i <= 15; i++) {
            boolean quickWin = i <= 4;
            int a = i % 4;
            actions.add(new ActionRow(i, (fr ? ACTIONS_FR : ACTIONS_EN)[(i - 1) % ACTIONS_FR.length], axisTitles[a],
                    themeTitles[a][i % 3], quickWin ? efforts[0] : efforts[i % 3], horizons[quickWin ? 0 : i % 4],
                    i % 3 == 0 ? null : (fr ? "Service SIG" : "GIS team"), i % 5 == 0 ? null : LocalDate.of(2027, 1 + i % 12, 15),
                    quickWin, i == 9));
        }
        return new PlanReport(language, ORGANIZATION, fr ? "EPCI" : "Inter-municipal body", "Oise (60)",
                fr ? "Campagne nationale de diagnostic" : "National diagnostic campaign", 2026,
                fr ? "Référentiel de maturité open data des collectivités" : "Open data maturity framework for local authorities",
                "odm-collectivites", 3, "sha256:9f2c4e1b7a0d5c3e8f6a2b4d1c9e7f5a3b1d0c8e6f4a2b9d7c5e3f1a0b8d6c4e",
                fr ? "Entretien accompagné" : "Facilitated interview", fr ? "Brouillon" : "Draft", true,
                "Hélène Lefèvre-Nguyễn", LocalDate.of(2026, 11, 28), 64.8, levelOf(levels, 64.8),
                fr ? "La collectivité publie régulièrement des données et a commencé à structurer sa démarche ; l'enjeu est désormais d'industrialiser la production et d'animer la réutilisation."
                        : "The authority publishes data regularly and has started to structure its approach; the next step is to industrialise production and foster reuse.",
                0.925, levels, axes, true, 14, fr ? "EPCI de 50 000 à 150 000 habitants" : "EPCIs of 50,000 to 150,000 inhabitants",
                actions, appendix,
                fr ? "Chaque réponse vaut de 0 à 100 points selon le barème du questionnaire. Le score d'un thème est la moyenne pondérée de ses questions répondues, celui d'un axe la moyenne pondérée de ses thèmes, le score global la moyenne des quatre axes. Les questions sans réponse ne comptent pas ; une réponse « ne sait pas » vaut 0."
                        : "Each answer is worth 0 to 100 points according to the questionnaire's scale. A theme's score is the weighted average of its answered questions, an axis's score the weighted average of its themes, the overall score the average of the four axes. Unanswered questions do not count; a \"don't know\" answer is worth 0.");
    }

    /** User text that must be printed literally and must not break the layout. */
    static PlanReport hostile() {
        PlanReport base = complete("fr");
        String longWord = "x".repeat(300);
        String longComment = ("Commentaire très long avec des accents éèàçœ et l'euro € ; " + "<b>gras</b> $P{x} ").repeat(10_000 / 75 + 1)
                .substring(0, 10_000);
        List<AppendixItem> appendix = new ArrayList<>(base.appendix());
        appendix.set(0, new AppendixItem(base.appendix().get(0).axis(), base.appendix().get(0).theme(),
                "<script>alert(1)</script> $P{x} $F{y} $R{z} ${expr} {0} '", "Oui 😀🎉", longComment,
                "https://example.org/" + longWord, "مرحبا بالعالم — שלום עולם — Arabic and Hebrew", true));
        List<ActionRow> actions = new ArrayList<>(base.actions());
        actions.set(0, new ActionRow(1, "<script>alert(1)</script> " + longWord, "$F{y}", "😀🎉", "<i>x</i>", "\u202Eevil",
                "مدير البيانات", null, true, true));
        List<AxisSection> axes = new ArrayList<>(base.axes());
        AxisSection first = axes.get(0);
        axes.set(0, new AxisSection(first.id(), "<script>alert(1)</script>", first.score(), "$P{x}", "שלום",
                first.peerAverage(), first.peerFirstQuartile(), first.peerThirdQuartile(),
                List.of(new ThemeLine("😀🎉 " + longWord, 50.0, "x"), new ThemeLine("$P{x}", 20.0, "y")),
                List.of(new QuestionLine(longWord, 99.0, "<script>alert(1)</script>")), List.of()));
        return new PlanReport("fr", "<script>alert(1)</script> $P{x} $F{y} 😀🎉 " + longWord, "مجلس البلدية",
                "שלום", "{0} ' \" & < > $P{x}", 2026, base.questionnaireTitle(), base.questionnaireId(),
                base.questionnaireVersion(), base.contentHash(), "😀", "<b>Validé</b>", true, "$V{PAGE_NUMBER}",
                base.generatedOn(), base.overallScore(), "<u>Avancé</u>", longComment, base.answeredRatio(), base.levels(),
                axes, true, 14, "{1} $P{x}", actions, appendix, "$R{none} " + longComment);
    }

    /** A diagnostic with no answer yet: no score, no plan, peers not shown. */
    static PlanReport notStarted(String language) {
        boolean fr = !"en".equals(language);
        List<LevelInfo> levels = levels(fr);
        String[] axisTitles = fr ? AXES_FR : AXES_EN;
        List<AxisSection> axes = new ArrayList<>();
        List<AppendixItem> appendix = new ArrayList<>();
        for (int a = 0; a < 4; a++) {
            axes.add(new AxisSection(axisTitles[a].toLowerCase(), axisTitles[a], null, null, levels.get(2).label(), null,
                    null, null, List.of(new ThemeLine((fr ? THEMES_FR : THEMES_EN)[a][0], null, null)), List.of(), List.of()));
            appendix.add(new AppendixItem(axisTitles[a], (fr ? THEMES_FR : THEMES_EN)[a][0],
                    fr ? "La collectivité a-t-elle désigné un référent open data ?" : "Has the authority appointed an open data lead?",
                    null, null, null, null, false));
        }
        return new PlanReport(language, "Commune de Saint-Étienne-du-Grès", fr ? "Commune" : "Municipality",
                "Bouches-du-Rhône (13)", fr ? "Campagne 2026" : "2026 campaign", 2026, "Référentiel", "odm-collectivites", 3,
                "sha256:00", fr ? "Auto-évaluation" : "Self-assessment", fr ? "Brouillon" : "Draft", true, null,
                LocalDate.of(2026, 3, 2), null, null, null, 0.0, levels, axes, false, 2, null, List.of(), appendix, null);
    }

    private static List<LevelInfo> levels(boolean fr) {
        return fr ? List.of(new LevelInfo("Initial", 0, "Pas encore de démarche structurée ; publications ponctuelles."),
                new LevelInfo("Émergent", 25, "Premières publications, portées par quelques agents motivés."),
                new LevelInfo("Intermédiaire", 50, "Démarche engagée et visible, encore peu outillée."),
                new LevelInfo("Avancé", 70, "Ouverture pilotée, données de qualité mises à jour régulièrement."),
                new LevelInfo("Exemplaire", 85, "Ouverture par défaut, réutilisations suivies et valorisées."))
                : List.of(new LevelInfo("Initial", 0, "No structured approach yet; occasional releases."),
                        new LevelInfo("Emerging", 25, "First releases, driven by a few motivated staff."),
                        new LevelInfo("Intermediate", 50, "A visible approach, still lightly tooled."),
                        new LevelInfo("Advanced", 70, "Managed openness, quality data updated regularly."),
                        new LevelInfo("Exemplary", 85, "Open by default, reuses tracked and promoted."));
    }

    private static String levelOf(List<LevelInfo> levels, double score) {
        String label = levels.get(0).label();
        for (LevelInfo level : levels) {
            if (score >= level.threshold()) {
                label = level.label();
            }
        }
        return label;
    }

    private static String answerFor(double score, boolean fr) {
        if (score >= 75) {
            return fr ? "Oui, de manière systématique" : "Yes, systematically";
        }
        if (score >= 40) {
            return fr ? "Partiellement, pour certains services" : "Partly, in some departments";
        }
        return fr ? "Non, pas encore" : "No, not yet";
    }

    private static final String[] QUESTIONS_FR = {
            "a-t-elle désigné un administrateur général des données ou un référent open data ?",
            "dispose-t-elle d'un inventaire à jour de ses données publiables ?",
            "publie-t-elle ses délibérations et budgets dans un format ouvert et réutilisable ?",
            "applique-t-elle une licence ouverte (Licence Ouverte 2.0 ou ODbL) à toutes ses publications ?",
            "respecte-t-elle les schémas de données nationaux (schema.data.gouv.fr) lorsqu'ils existent ?",
            "met-elle à jour automatiquement les jeux de données qui évoluent fréquemment ?",
            "organise-t-elle des rencontres avec les réutilisateurs de ses données ?",
            "suit-elle les réutilisations et les téléchargements de ses jeux de données ?",
            "a-t-elle inscrit l'ouverture des données dans ses marchés publics et délégations de service ?",
            "forme-t-elle ses agents à la qualité et à la publication des données ?" };
    private static final String[] QUESTIONS_EN = {
            "have a chief data officer or an open data lead?",
            "keep an up-to-date inventory of its publishable data?",
            "publish its council decisions and budgets in an open, reusable format?",
            "apply an open licence to all its releases?",
            "follow the national data schemas when they exist?",
            "update frequently changing datasets automatically?",
            "meet the reusers of its data?",
            "track the reuses and downloads of its datasets?",
            "require open data in its public contracts and concessions?",
            "train its staff in data quality and publication?" };
    private static final String[] ACTIONS_FR = {
            "Désigner officiellement un référent open data et le faire connaître",
            "Publier le budget primitif au format du schéma national",
            "Ajouter la Licence Ouverte 2.0 à tous les jeux de données publiés",
            "Créer la page « Données ouvertes » sur le site de la collectivité",
            "Réaliser l'inventaire des données détenues par chaque direction",
            "Automatiser la publication des données de stationnement via l'API",
            "Intégrer une clause d'ouverture des données dans les marchés publics",
            "Former les agents des services producteurs à la qualité des données",
            "Organiser un atelier de réutilisation avec les associations locales",
            "Mettre en place un tableau de bord des téléchargements et réutilisations",
            "Publier les délibérations du conseil communautaire au fil de l'eau",
            "Documenter chaque jeu de données (producteur, fréquence, couverture)",
            "Adopter une délibération-cadre sur la politique de la donnée",
            "Mettre en œuvre un entrepôt de données mutualisé avec les communes membres",
            "Valoriser les réutilisations remarquables dans le magazine intercommunal" };
    private static final String[] ACTIONS_EN = {
            "Formally appoint an open data lead and make them known",
            "Publish the budget following the national schema",
            "Apply the open licence to every published dataset",
            "Create an \"Open data\" page on the authority's website",
            "Inventory the data held by each department",
            "Automate the publication of parking data through the API",
            "Add an open data clause to public contracts",
            "Train producing departments in data quality",
            "Run a reuse workshop with local associations",
            "Set up a dashboard of downloads and reuses",
            "Publish council decisions as they are adopted",
            "Document each dataset (producer, frequency, coverage)",
            "Adopt a framework decision on data policy",
            "Share a data warehouse with member municipalities",
            "Showcase notable reuses in the authority's magazine" };
}
