package org.odmaturity.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.odmaturity.organization.OrganizationType;
import org.odmaturity.organization.Siren;

/**
 * Made-up public bodies of the Grand Est for the synthetic data set (benchmark and development only): communes in
 * population bands, intercommunalités, the ten départements, the Région, syndicats and établissements publics, spread
 * over the ten départements in proportion to their number of communes. Names are assembled from syllables that sound
 * like the region's place names and belong to no real body; SIRENs are fictitious (prefix {@code 28}, a serial, the
 * Luhn digit); contact addresses use the reserved {@code .example} domain, which also marks a row as synthetic
 * ({@link #MARKER_DOMAIN}).
 */
final class SyntheticOrganizations {

    /** The e-mail domain of every synthetic organisation's contact and every synthetic account: the marker. */
    static final String MARKER_DOMAIN = "synthetique.od-maturity.example";

    /** The ten départements of the Grand Est with their approximate number of communes (the weights) and rivers. */
    record Departement(String code, String name, String article, int communes, boolean germanic, List<String> rivers) {
    }

    static final List<Departement> GRAND_EST = List.of(
            new Departement("08", "Ardennes", "des ", 449, false, List.of("Meuse", "Aisne", "Semoy")),
            new Departement("10", "Aube", "de l'", 431, false, List.of("Seine", "Aube", "Barse")),
            new Departement("51", "Marne", "de la ", 613, false, List.of("Marne", "Vesle", "Suippe")),
            new Departement("52", "Haute-Marne", "de la ", 426, false, List.of("Marne", "Blaise", "Rognon")),
            new Departement("54", "Meurthe-et-Moselle", "de ", 591, false, List.of("Meurthe", "Moselle", "Vezouze")),
            new Departement("55", "Meuse", "de la ", 499, false, List.of("Meuse", "Ornain", "Saulx")),
            new Departement("57", "Moselle", "de la ", 725, true, List.of("Moselle", "Sarre", "Nied")),
            new Departement("67", "Bas-Rhin", "du ", 514, true, List.of("Bruche", "Zorn", "Moder")),
            new Departement("68", "Haut-Rhin", "du ", 366, true, List.of("Thur", "Lauch", "Doller")),
            new Departement("88", "Vosges", "des ", 507, false, List.of("Moselle", "Vologne", "Mortagne")));

    /** One generated organisation; {@code maturity} (0–1) drives its answers, {@code departement} is a COG code. */
    record Org(String name, String siren, OrganizationType type, String departement, Integer population,
            String contactName, String contactEmail, double maturity) {
    }

    private static final String[] ROMANCE_STEMS = { "Vill", "Court", "Mar", "Bel", "Fresn", "Vaud", "Sauv", "Mont",
        "Champ", "Roch", "Vign", "Chaum", "Haud", "Lign", "Sorc", "Brais", "Thi", "Aub", "Sept", "Ros", "Beaul",
        "Froid",
        "Gerb", "Neuv", "Buss", "Dompi", "Less", "Mérey", "Ancer", "Tronch" };
    private static final String[] ROMANCE_ENDINGS = { "ey", "ville", "court", "mont", "ois", "ières", "igny", "ain",
        "elles", "eval", "aucourt", "incourt", "y", "ecourt", "onville" };
    private static final String[] GERMANIC_STEMS = { "Ober", "Nieder", "Mittel", "Kirch", "Berg", "Wald", "Eich",
        "Hoch", "Rot", "Lauter", "Mühl", "Stein", "Sulz", "Weiss", "Rosen", "Hagen", "Brum", "Dett", "Ingers", "Walt" };
    private static final String[] GERMANIC_ENDINGS = { "heim", "willer", "bach", "hoffen", "dorf", "hausen", "ange",
        "ing", "kirch", "bourg", "weiler", "holtz" };
    private static final String[] FIRST_NAMES = { "Camille", "Julien", "Sophie", "Thomas", "Claire", "Nicolas", "Léa",
        "Antoine", "Marion", "Mathieu", "Anne", "Hugo", "Céline", "Romain", "Isabelle", "Vincent", "Aurélie", "Pierre",
        "Émilie", "Olivier", "Nathalie", "Guillaume", "Sandrine", "Marc" };
    private static final String[] LAST_NAMES = { "Muller", "Schmitt", "Klein", "Weber", "Lambert", "Thiébaut",
        "Colin", "Henry", "Didier", "Mangin", "Marchal", "Becker", "Petit", "Roth", "Perrin", "Nicolas", "Humbert",
        "Kieffer", "Grandjean", "Leroy", "François", "Jacquot", "Zimmermann", "Wagner" };

    private SyntheticOrganizations() {
    }

    /**
     * {@code count} organisations, deterministic for a seed. About 82 % communes (72 % of them under 3,500
     * inhabitants, 21 % 3,500–20,000, 6 % 20,000–100,000, 1 % above), 8 % intercommunalités, 6 % syndicats, 3 %
     * établissements publics, the ten départements (one each, from 1,000 organisations) and the Région (from 1,000).
     *
     * @param takenSirens SIRENs already in the database (left alone: the next serial is used)
     */
    static List<Org> generate(int count, Random random, Set<String> takenSirens) {
        List<Org> orgs = new ArrayList<>(count);
        int serial = 0;
        int departements = count >= 1000 ? GRAND_EST.size() : 0;
        int region = count >= 1000 ? 1 : 0;
        for (int i = 0; i < count; i++) {
            OrganizationType type;
            Departement d;
            if (i < departements) {
                type = OrganizationType.DEPARTEMENT;
                d = GRAND_EST.get(i);
            } else if (i < departements + region) {
                type = OrganizationType.REGION;
                d = null;
            } else {
                double r = random.nextDouble();
                type = r < 0.08 ? OrganizationType.EPCI : r < 0.14 ? OrganizationType.SYNDICAT
                        : r < 0.17 ? OrganizationType.ETABLISSEMENT_PUBLIC : OrganizationType.COMMUNE;
                d = departement(random);
            }
            String siren;
            do {
                siren = siren(++serial);
            } while (takenSirens.contains(siren));
            Integer population = population(type, d, random);
            String place = d == null ? null : place(d, random);
            String name = switch (type) {
                case COMMUNE -> (population != null && population >= 20_000 ? "Ville de " : "Commune de ") + place;
                case EPCI -> epciName(population, place);
                case DEPARTEMENT -> "Conseil départemental " + d.article() + d.name();
                case REGION -> "Région Grand Est";
                case SYNDICAT -> random.nextBoolean() ? "Syndicat intercommunal des eaux de " + place
                        : "Syndicat mixte de la vallée " + riverOf(d, random);
                default -> random.nextBoolean() ? "Centre communal d'action sociale de " + place
                        : "Office de tourisme de " + place;
            };
            String contact = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
                    + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            orgs.add(new Org(name, siren, type, d == null ? null : d.code(), population, contact,
                    "donnees-" + siren + "@" + MARKER_DOMAIN, maturity(type, population, random)));
        }
        return orgs;
    }

    /** Fictitious: {@code 28}, a six-digit serial, the Luhn check digit. */
    static String siren(int serial) {
        String eight = String.format("28%06d", serial % 1_000_000);
        for (int check = 0; check <= 9; check++) {
            if (Siren.Validator.luhnValid(eight + check)) {
                return eight + check;
            }
        }
        throw new IllegalStateException("no check digit for " + eight);
    }

    private static Departement departement(Random random) {
        int total = GRAND_EST.stream().mapToInt(Departement::communes).sum();
        int pick = random.nextInt(total);
        for (Departement d : GRAND_EST) {
            pick -= d.communes();
            if (pick < 0) {
                return d;
            }
        }
        return GRAND_EST.get(GRAND_EST.size() - 1);
    }

    private static Integer population(OrganizationType type, Departement d, Random random) {
        return switch (type) {
            case COMMUNE -> {
                double r = random.nextDouble();
                yield r < 0.72 ? logUniform(80, 3_499, random) : r < 0.93 ? logUniform(3_500, 19_999, random)
                        : r < 0.99 ? logUniform(20_000, 100_000, random) : logUniform(100_001, 290_000, random);
            }
            case EPCI -> logUniform(4_000, 500_000, random);
            case DEPARTEMENT -> 150_000 + random.nextInt(950_000);
            case REGION -> 5_560_000;
            case SYNDICAT -> logUniform(2_000, 900_000, random);
            default -> random.nextDouble() < 0.3 ? null : logUniform(1_000, 300_000, random);
        };
    }

    private static int logUniform(int from, int to, Random random) {
        double value = Math.exp(Math.log(from) + random.nextDouble() * (Math.log(to) - Math.log(from)));
        return (int) Math.max(from, Math.min(to, Math.round(value)));
    }

    private static String place(Departement d, Random random) {
        String name;
        if (d.germanic() && random.nextDouble() < 0.75) {
            name = GERMANIC_STEMS[random.nextInt(GERMANIC_STEMS.length)]
                    + GERMANIC_ENDINGS[random.nextInt(GERMANIC_ENDINGS.length)];
        } else {
            name = ROMANCE_STEMS[random.nextInt(ROMANCE_STEMS.length)]
                    + ROMANCE_ENDINGS[random.nextInt(ROMANCE_ENDINGS.length)];
        }
        double r = random.nextDouble();
        if (r < 0.15) {
            name += "-sur-" + riverOf(d, random);
        } else if (r < 0.22) {
            name = "Saint-" + name;
        } else if (r < 0.27) {
            name += random.nextBoolean() ? "-le-Château" : "-la-Petite";
        }
        return name;
    }

    private static String riverOf(Departement d, Random random) {
        return d.rivers().get(random.nextInt(d.rivers().size()));
    }

    private static String epciName(Integer population, String place) {
        if (population != null && population >= 200_000) {
            return "Métropole de " + place;
        }
        if (population != null && population >= 50_000) {
            return "Communauté d'agglomération de " + place;
        }
        return "Communauté de communes du pays de " + place;
    }

    /**
     * How far along the open-data path a body is (0–1) before the noise of each answer: grows with its size, a bit
     * higher for the Région, départements and intercommunalités (they have data teams), plus the body's own spread.
     */
    private static double maturity(OrganizationType type, Integer population, Random random) {
        double size = population == null ? 0.35 : 0.27 + 0.12 * Math.log10(Math.max(population, 300) / 1000.0);
        double bonus = switch (type) {
            case REGION -> 0.15;
            case DEPARTEMENT, EPCI -> 0.06;
            default -> 0.0;
        };
        return Math.max(0.02, Math.min(0.95, size + bonus + random.nextGaussian() * 0.15));
    }
}
