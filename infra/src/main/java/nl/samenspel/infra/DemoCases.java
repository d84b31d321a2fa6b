package nl.samenspel.infra;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The demo cases of Zuiderhaven: in each network one case in every stage of its life, so the coordinator's list
 * shows the whole lifecycle. Each case goes through the steps of every earlier stage, through case-service's own
 * API, as the people in the demo world would take them. Every client is invented; the BSNs pass the 11-test but
 * are made up.
 */
final class DemoCases {

    /** How far a demo case got; a case in a stage went through all earlier ones. */
    enum Stage {
        OPEN, TABLED, REFERRED, REFERRAL_ACCEPTED, HANDED_OVER, IN_AFTERCARE, CLOSED
    }

    record Client(String name, LocalDate dateOfBirth, String bsn, String address, String postcode,
            String houseNumber) {
    }

    /**
     * {@code signal} is the 1-based number of the demo signal the case was opened from, or 0 for a case opened
     * directly; the signaller of a closed case's signal hears back how it ended.
     */
    record Case(String key, String networkId, int signal, Stage stage, List<String> problemDomains, boolean acute,
            String presentation, String legalBasis, boolean clientKnownToServices, Client client, String analysis,
            String action) {

        String conferenceId() {
            return UUID.nameUUIDFromBytes(("samenspel-demo-conference:" + key).getBytes(StandardCharsets.UTF_8))
                    .toString();
        }
    }

    /**
     * How a network's cases move on, as its partners and the demo logins allow: who assesses the informal option how,
     * to whom a case is referred and who accepts, to whom the action is handed over (with which backstop and who
     * accepts for them) and who keeps an eye in aftercare. Handovers to informal help stay in the neighbourhood
     * network: only there have volunteers signed the undertaking (R3).
     *
     * @param handoverTo       an organisation id, or a person key from {@link DemoPartners} for an informal helper
     * @param handoverBackstop a person key, or null when the task goes to an organisation
     * @param aftercareBy      as {@code handoverTo}
     */
    record Route(String networkId, String informalOption, String formalHelpReason, String referralTarget,
            String referralAcceptor, String handoverTo, String handoverBackstop, String handoverAcceptor,
            String aftercareBy, String closureReason, String closureOutcome, String closureFeedback) {

        boolean handsOverToInformalHelp() {
            return handoverBackstop != null;
        }
    }

    static final List<Route> ROUTES = List.of(
            new Route("wijknetwerk-noord", "INFORMAL_AND_FORMAL_HELP", null, "wijkteam-zuiderhaven",
                    "professional.wijkteam", "volunteer-anna", "coach", "vrijwilligers-zuiderhaven-system",
                    "peer-expert-emre", "GOALS_REACHED", "IMPROVED",
                    "Dank voor je melding. Er is hulp gekomen en het gaat nu beter; de zaak is afgesloten."),
            new Route("oggz-zuiderhaven", "FORMAL_HELP", "SAFETY_RISK", "ggz-delta", "professional.ggz", "woonstede",
                    null, "woonstede-system", "wijkteam-zuiderhaven", "HANDED_TO_REGULAR_CARE", "STABLE",
                    "Dank voor uw melding. De zorg is overgedragen aan de reguliere hulpverlening."));

    static final List<Case> CASES = List.of(
            new Case("noord-open", "wijknetwerk-noord", 6, Stage.OPEN, List.of("LONELINESS", "PHYSICAL_HEALTH"), false,
                    "SILENT", "EXPLICIT_CONSENT", false,
                    new Client("Jannie Hofstede", LocalDate.of(1938, 2, 14), "448761208", null, "9901 AC", "7"),
                    null, null),
            new Case("noord-tabled", "wijknetwerk-noord", 0, Stage.TABLED, List.of("CARER_OVERLOAD"), false,
                    "SILENT", "EXPLICIT_CONSENT", true,
                    new Client("Gerrit Lammers", LocalDate.of(1951, 9, 3), null, "Kastanjelaan 18, Zuiderhaven", null,
                            null),
                    "Zorgt alleen voor zijn partner met dementie; respijt is nooit besproken.",
                    "Gesprek over respijtzorg en een maatje voor de partner."),
            new Case("noord-referred", "wijknetwerk-noord", 0, Stage.REFERRED, List.of("DAILY_FUNCTIONING"), false,
                    "SILENT", "EXPLICIT_CONSENT", true,
                    new Client("Hans Kuipers", LocalDate.of(1948, 10, 9), "771106415", null, "9901 AH", "61"),
                    "Administratie loopt vast sinds zijn vrouw overleed.",
                    "Samen de administratie ordenen en automatische betalingen regelen."),
            new Case("noord-accepted", "wijknetwerk-noord", 0, Stage.REFERRAL_ACCEPTED,
                    List.of("MENTAL_HEALTH", "LONELINESS"), false, "SILENT", "EXPLICIT_CONSENT", true,
                    new Client("Kees Verbeek", LocalDate.of(1962, 4, 30), "147059173", null, "9901 AE", "2"),
                    "Somber sinds het verlies van zijn werk; komt de deur weinig uit.",
                    "Huisbezoek door het wijkteam en kennismaking met de buurtkamer."),
            new Case("noord-handed-over", "wijknetwerk-noord", 5, Stage.HANDED_OVER, List.of("CARER_OVERLOAD"), false,
                    "SILENT", "EXPLICIT_CONSENT", false,
                    new Client("Ineke Dijkman", LocalDate.of(1956, 7, 12), "893994017", null, "9901 AF", "19"),
                    "Mantelzorger van een zieke partner, overbelast en slaapt slecht.",
                    "Elke dinsdag een dagdeel de zorg overnemen zodat zij even weg kan."),
            new Case("noord-aftercare", "wijknetwerk-noord", 0, Stage.IN_AFTERCARE, List.of("LONELINESS"), false,
                    "SILENT", "EXPLICIT_CONSENT", false,
                    new Client("Bep Schouten", LocalDate.of(1935, 1, 5), "315091368", null, "9901 AG", "4"),
                    "Vereenzaamd na verhuizing naar de wijk; kent niemand.",
                    "Wekelijks samen naar de inloop van de buurtkamer."),
            new Case("noord-closed", "wijknetwerk-noord", 7, Stage.CLOSED, List.of("DEBT", "PARENTING"), false,
                    "SILENT", "EXPLICIT_CONSENT", false,
                    new Client("Samira Bouzid", LocalDate.of(1993, 11, 21), "978803231", null, "9901 BD", "33"),
                    "Jong gezin, schulden lopen op; ouders schamen zich om hulp te vragen.",
                    "Samen de post openen en een overzicht van de schulden maken."),
            new Case("oggz-open", "oggz-zuiderhaven", 3, Stage.OPEN, List.of("SELF_NEGLECT", "NUISANCE"), true,
                    "NUISANCE", "HIGHER_INTEREST_OVERRIDE", false,
                    new Client("Onbekende bewoner Benedenwoning", LocalDate.of(1960, 1, 1), null,
                            "Havenstraat 3, Zuiderhaven", null, null),
                    null, null),
            new Case("oggz-tabled", "oggz-zuiderhaven", 4, Stage.TABLED, List.of("MENTAL_HEALTH", "NUISANCE"), true,
                    "NUISANCE", "INFORMED_CONSENT", true,
                    new Client("Ruud de Vries", LocalDate.of(1979, 5, 17), "729826454", null, "9901 CA", "22"),
                    "Herhaald verward gedrag in het portiek; eerder in beeld bij de GGZ.",
                    "Outreachend huisbezoek samen met de wijkagent."),
            new Case("oggz-referred", "oggz-zuiderhaven", 2, Stage.REFERRED, List.of("EVICTION_THREAT", "DEBT"), false,
                    "SILENT", "INFORMED_CONSENT", true,
                    new Client("Marco Pinas", LocalDate.of(1985, 8, 2), "862439644", null, "9901 CB", "9"),
                    "Drie maanden huurachterstand; reageert niet op brieven van de verhuurder.",
                    "Aan de deur een gesprek aanbieden vóór de zitting bij de kantonrechter."),
            new Case("oggz-accepted", "oggz-zuiderhaven", 0, Stage.REFERRAL_ACCEPTED, List.of("ADDICTION", "HOUSING"),
                    false, "NUISANCE", "INFORMED_CONSENT", true,
                    new Client("Erik Brouwer", LocalDate.of(1974, 3, 28), "515591208", null, "9901 CC", "40"),
                    "Alcoholgebruik en geluidsoverlast; buren hebben meerdere keren geklaagd.",
                    "Intake verslavingszorg aanbieden en afspraken over overlast maken."),
            new Case("oggz-handed-over", "oggz-zuiderhaven", 0, Stage.HANDED_OVER,
                    List.of("HOUSING", "PHYSICAL_HEALTH"), false, "SILENT", "INFORMED_CONSENT", true,
                    new Client("Fenna Hoekstra", LocalDate.of(1968, 9, 14), "463351289", null, "9901 CD", "15"),
                    "Schimmel en achterstallig onderhoud; bewoner durft de verhuurder niet te bellen.",
                    "Reparaties en schimmelbestrijding met de bewoner inplannen."),
            new Case("oggz-aftercare", "oggz-zuiderhaven", 0, Stage.IN_AFTERCARE, List.of("HOUSING", "MENTAL_HEALTH"),
                    false, "NUISANCE", "INFORMED_CONSENT", true,
                    new Client("Dennis Smit", LocalDate.of(1988, 6, 6), "425633457", null, "9901 CE", "8"),
                    "Na een crisisopname terug in de eigen woning.",
                    "Huisbezoek na twee weken en zo nodig de GGZ inschakelen."),
            new Case("oggz-closed", "oggz-zuiderhaven", 1, Stage.CLOSED, List.of("SELF_NEGLECT"), false, "SILENT",
                    "HIGHER_INTEREST_OVERRIDE", false,
                    new Client("Wilhelmina Bakker", LocalDate.of(1940, 12, 1), "659310326", null, "9901 CF", "27"),
                    "Laat al weken niemand binnen; de woning raakt vervuild.",
                    "Schoonmaak van de woning regelen met de verhuurder."));

    static Route route(String networkId) {
        return ROUTES.stream().filter(route -> route.networkId().equals(networkId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo route for " + networkId));
    }

    private DemoCases() {
    }
}
