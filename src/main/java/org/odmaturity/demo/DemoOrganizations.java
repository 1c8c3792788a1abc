package org.odmaturity.demo;

import java.util.List;
import java.util.Optional;

import org.odmaturity.organization.OrganizationType;
import org.odmaturity.organization.Siren;

/**
 * The organisations of the demo data set: public bodies of the Grand Est region across its ten départements.
 *
 * <p>Names are those of real bodies so that the data looks familiar to the regional team; <b>everything else is
 * made up</b>. Populations are rounded orders of magnitude of the INSEE legal populations (inhabitants of the
 * territory; for a syndicat or an établissement public, of the territory it serves), good enough for a demo and not a
 * reference. <b>SIRENs are fictitious</b>: generated from a fixed scheme ({@link #sirenCandidate}) so that they pass
 * the Luhn check, they are <b>not</b> the real SIRENs of these bodies and must not be read as such. Contact names are
 * invented and contact addresses use the reserved {@code .example} domain.
 */
final class DemoOrganizations {

    /** The region every demo organisation belongs to. */
    static final String REGION = "Grand Est";

    /**
     * One demo organisation.
     *
     * @param key        stable identifier inside the demo data set (diagnostic plans refer to it)
     * @param population inhabitants (rounded), or null when it does not apply
     */
    record DemoOrganization(String key, String name, OrganizationType type, String departement, Integer population,
            String contactName) {

        /** A made-up contact address on the reserved {@code .example} domain. */
        String contactEmail() {
            return "donnees@" + key + ".example";
        }

        /**
         * How far along the open-data path this body is, before randomness: bigger bodies are more mature, the
         * Région and the départements a bit more than their size says (they have data teams), small communes least.
         * Between 0 and 1.
         */
        double baseMaturity() {
            double size = population == null ? 0.30 : 0.06 + 0.14 * Math.log10(Math.max(population, 500) / 1000.0);
            double bonus = switch (type) {
                case REGION -> 0.12;
                case DEPARTEMENT -> 0.05;
                case EPCI -> 0.05;
                case ETABLISSEMENT_PUBLIC, SYNDICAT -> 0.0;
                default -> 0.0;
            };
            return Math.max(0.05, Math.min(0.9, size + bonus));
        }
    }

    /** 30 organisations; the order is part of the fixed seed (changing it changes the generated answers). */
    static final List<DemoOrganization> ALL = List.of(
            // communes, from the regional capital to villages
            new DemoOrganization("strasbourg", "Ville de Strasbourg", OrganizationType.COMMUNE, "67", 291_000,
                    "Sophie Muller"),
            new DemoOrganization("reims", "Ville de Reims", OrganizationType.COMMUNE, "51", 179_000,
                    "Thomas Lefèvre"),
            new DemoOrganization("metz", "Ville de Metz", OrganizationType.COMMUNE, "57", 121_000, "Julie Weber"),
            new DemoOrganization("mulhouse", "Ville de Mulhouse", OrganizationType.COMMUNE, "68", 106_000,
                    "Nicolas Klein"),
            new DemoOrganization("nancy", "Ville de Nancy", OrganizationType.COMMUNE, "54", 104_000, "Claire Thiébaut"),
            new DemoOrganization("colmar", "Ville de Colmar", OrganizationType.COMMUNE, "68", 67_000,
                    "Antoine Fischer"),
            new DemoOrganization("troyes", "Ville de Troyes", OrganizationType.COMMUNE, "10", 62_000, "Émilie Garnier"),
            new DemoOrganization("charleville-mezieres", "Ville de Charleville-Mézières", OrganizationType.COMMUNE,
                    "08", 46_000, "Julien Lambert"),
            new DemoOrganization("epinal", "Ville d'Épinal", OrganizationType.COMMUNE, "88", 32_000, "Marion Colin"),
            new DemoOrganization("chaumont", "Ville de Chaumont", OrganizationType.COMMUNE, "52", 22_000,
                    "Pierre Henry"),
            new DemoOrganization("bar-le-duc", "Ville de Bar-le-Duc", OrganizationType.COMMUNE, "55", 15_000,
                    "Laura Didier"),
            new DemoOrganization("obernai", "Commune d'Obernai", OrganizationType.COMMUNE, "67", 11_300,
                    "Mathieu Schneider"),
            new DemoOrganization("eguisheim", "Commune d'Eguisheim", OrganizationType.COMMUNE, "68", 1_700,
                    "Anne Hoffmann"),
            new DemoOrganization("vaucouleurs", "Commune de Vaucouleurs", OrganizationType.COMMUNE, "55", 1_900,
                    "Hugo Mangin"),
            // intercommunalités: métropoles, communauté urbaine, agglomération, communes
            new DemoOrganization("eurometropole-strasbourg", "Eurométropole de Strasbourg", OrganizationType.EPCI, "67",
                    505_000, "Camille Wagner"),
            new DemoOrganization("grand-reims", "Communauté urbaine du Grand Reims", OrganizationType.EPCI, "51",
                    295_000, "Vincent Royer"),
            new DemoOrganization("grand-nancy", "Métropole du Grand Nancy", OrganizationType.EPCI, "54", 256_000,
                    "Léa Marchal"),
            new DemoOrganization("metz-metropole", "Metz Métropole", OrganizationType.EPCI, "57", 222_000,
                    "Olivier Becker"),
            new DemoOrganization("troyes-champagne-metropole", "Troyes Champagne Métropole", OrganizationType.EPCI,
                    "10", 170_000, "Sandrine Petit"),
            new DemoOrganization("vallee-de-kaysersberg", "Communauté de communes de la Vallée de Kaysersberg",
                    OrganizationType.EPCI, "68", 16_000, "Marc Zimmermann"),
            // départements (in Alsace, the Collectivité européenne d'Alsace exercises their powers since 2021)
            new DemoOrganization("alsace", "Collectivité européenne d'Alsace", OrganizationType.DEPARTEMENT, "67",
                    1_920_000, "Isabelle Roth"),
            new DemoOrganization("moselle", "Conseil départemental de la Moselle", OrganizationType.DEPARTEMENT, "57",
                    1_046_000, "Christophe Jacquot"),
            new DemoOrganization("marne", "Conseil départemental de la Marne", OrganizationType.DEPARTEMENT, "51",
                    566_000, "Nathalie Perrin"),
            new DemoOrganization("vosges", "Conseil départemental des Vosges", OrganizationType.DEPARTEMENT, "88",
                    362_000, "Stéphane Vautrin"),
            new DemoOrganization("meuse", "Conseil départemental de la Meuse", OrganizationType.DEPARTEMENT, "55",
                    184_000, "Aurélie Nicolas"),
            // the Région (no single département)
            new DemoOrganization("grand-est", "Région Grand Est", OrganizationType.REGION, null, 5_560_000,
                    "Frédéric Humbert"),
            // syndicats
            new DemoOrganization("sdea-alsace-moselle", "Syndicat des eaux et de l'assainissement Alsace-Moselle",
                    OrganizationType.SYNDICAT, "67", 900_000, "Céline Kieffer"),
            new DemoOrganization("sde-vosges", "Syndicat départemental d'électricité des Vosges",
                    OrganizationType.SYNDICAT, "88", 362_000, "Romain Grandjean"),
            // établissements publics
            new DemoOrganization("sdis-marne", "Service départemental d'incendie et de secours de la Marne",
                    OrganizationType.ETABLISSEMENT_PUBLIC, "51", 566_000, "Delphine Leroy"),
            new DemoOrganization("epf-grand-est", "Établissement public foncier de Grand Est",
                    OrganizationType.ETABLISSEMENT_PUBLIC, "54", null, "Guillaume François"));

    private DemoOrganizations() {
    }

    static Optional<DemoOrganization> byKey(String key) {
        return ALL.stream().filter(o -> o.key().equals(key)).findFirst();
    }

    /**
     * A fictitious SIREN for the organisation at {@code index} of {@link #ALL}: {@code 29}, the département code
     * ({@code 00} without one), a 4-digit serial, then the Luhn check digit. {@code attempt} moves the serial on when
     * a candidate is already taken in the database. Not the real SIREN of the body (see the class comment).
     */
    static String sirenCandidate(int index, int attempt) {
        DemoOrganization organization = ALL.get(index);
        String departement = organization.departement() == null ? "00" : organization.departement();
        int serial = (1000 + index * 173 + attempt * 7) % 10_000;
        return withCheckDigit(String.format("29%s%04d", departement, serial));
    }

    /** The eight digits followed by the digit that makes the nine pass the Luhn check. */
    static String withCheckDigit(String eightDigits) {
        for (int check = 0; check <= 9; check++) {
            String candidate = eightDigits + check;
            if (Siren.Validator.luhnValid(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no Luhn check digit for " + eightDigits); // cannot happen: one always fits
    }
}
