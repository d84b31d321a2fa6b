package nl.samenspel.infra;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The partners of the demo world of Zuiderhaven (GM9901): organisations, who sits where in the two networks,
 * the people in them and the volunteers' agreements. Every name is invented; ids of people are derived from a
 * fixed key, so a second load finds them again instead of creating doubles.
 */
final class DemoPartners {

    static final String NOORD = "WK990101";
    static final String ZUID = "WK990102";
    static final String CENTRUM = "WK990103";
    static final List<String> WHOLE_TOWN = List.of(NOORD, ZUID, CENTRUM);

    record Organisation(String id, String name, String kindOfHelp, String kindOfParty, String organisationType,
            String sector, List<String> neighbourhoods) {
    }

    /**
     * {@code signatoryKey} names the {@link Person} who signs the covenant at {@code level}; both are null for a
     * member that has not signed.
     */
    record Membership(String networkId, String organisationId, String ring, String signatoryKey, String level) {
    }

    /** {@code organisationId} is null for a family carer; {@code username} links a demo login to the person. */
    record Person(String key, String kind, String organisationId, String name, String username) {

        /** A fixed id per person; a demo login is linked to it by its account id when the person is registered. */
        String personId() {
            return UUID.nameUUIDFromBytes(("samenspel-demo-person:" + key).getBytes(StandardCharsets.UTF_8)).toString();
        }
    }

    record Agreement(String key, String volunteerKey, String coachKey, List<String> tasks, String limits,
            List<String> availableDays, String capacityUnit, int capacity, int load, List<String> trainings) {

        String agreementId() {
            return UUID.nameUUIDFromBytes(("samenspel-demo-agreement:" + key).getBytes(StandardCharsets.UTF_8)).toString();
        }
    }

    record Service(String id, String organisationId, String name, String description, List<String> needs,
            String kindOfHelp, List<String> neighbourhoods, Integer capacity, String howToReach) {
    }

    static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("ggd-zuiderhaven", "GGD Zuiderhaven", "FORMAL", "FORMAL_ORGANISATION", "PROFESSIONALS_ONLY",
                    "GGD", WHOLE_TOWN),
            new Organisation("ggz-delta", "GGZ Delta", "FORMAL", "FORMAL_ORGANISATION", "PROFESSIONALS_ONLY",
                    "MENTAL_HEALTH", WHOLE_TOWN),
            new Organisation("woonstede", "Woonstede", "FORMAL", "FORMAL_ORGANISATION", "PROFESSIONALS_ONLY",
                    "HOUSING", WHOLE_TOWN),
            new Organisation("politie-zuiderhaven", "Politie basisteam Zuiderhaven", "FORMAL", "FORMAL_ORGANISATION",
                    "PROFESSIONALS_ONLY", "POLICE", WHOLE_TOWN),
            new Organisation("wijkteam-zuiderhaven", "Wijkteam Zuiderhaven", "FORMAL", "FORMAL_ORGANISATION",
                    "PROFESSIONALS_WITH_VOLUNTEER_SUPPORT", "SOCIAL_WORK", WHOLE_TOWN),
            new Organisation("schuldhulp-zuiderhaven", "Schuldhulpmaatje en Kredietbank Zuiderhaven", "FORMAL",
                    "FORMAL_ORGANISATION", "PROFESSIONALS_WITH_VOLUNTEER_SUPPORT", "DEBT_HELP", WHOLE_TOWN),
            new Organisation("kerk-de-ark", "Protestantse gemeente De Ark", "INFORMAL", "INFORMAL_PARTY", "VOLUNTEERS_ONLY",
                    "FAITH_COMMUNITY", List.of(ZUID)),
            new Organisation("voedselbank-zuiderhaven", "Voedselbank Zuiderhaven", "INFORMAL", "FORMAL_ORGANISATION",
                    "VOLUNTEERS_ONLY", "VOLUNTEER_ORGANISATION", WHOLE_TOWN),
            new Organisation("welzijn-zuiderhaven", "Welzijn Zuiderhaven", "FORMAL", "FORMAL_ORGANISATION",
                    "PROFESSIONALS_WITH_VOLUNTEER_SUPPORT", "WELFARE", WHOLE_TOWN),
            new Organisation("vrijwilligers-zuiderhaven", "Vrijwilligerscentrale Zuiderhaven", "INFORMAL",
                    "FORMAL_ORGANISATION", "VOLUNTEERS_WITH_PROFESSIONAL_SUPPORT", "VOLUNTEER_ORGANISATION", WHOLE_TOWN),
            new Organisation("mantelzorg-zuiderhaven", "Steunpunt Mantelzorg Zuiderhaven", "FORMAL", "FORMAL_ORGANISATION",
                    "HYBRID", "CARER_SUPPORT", WHOLE_TOWN),
            new Organisation("zelfhulp-rouw-noord", "Lotgenotengroep Rouw Noord", "INFORMAL", "INFORMAL_PARTY",
                    "VOLUNTEERS_ONLY", "SELF_HELP", List.of(NOORD)),
            new Organisation("buurtkamer-noord", "Buurtkamer Noord", "INFORMAL", "INFORMAL_PARTY", "VOLUNTEERS_ONLY",
                    "CITIZENS_INITIATIVE", List.of(NOORD)),
            new Organisation("gemeente-zuiderhaven", "Gemeente Zuiderhaven", "FORMAL", "FORMAL_ORGANISATION",
                    "PROFESSIONALS_ONLY", "MUNICIPALITY", WHOLE_TOWN));

    static final List<Person> PEOPLE = List.of(
            new Person("coordinator-ggd", "PROFESSIONAL", "ggd-zuiderhaven", "Gerda de Groot", "coordinator.ggd"),
            new Person("director-ggd", "PROFESSIONAL", "ggd-zuiderhaven", "Dirk van Dam", null),
            new Person("professional-ggz", "PROFESSIONAL", "ggz-delta", "Gijs Zandbergen", "professional.ggz"),
            new Person("director-woonstede", "PROFESSIONAL", "woonstede", "Wilma Steenbeek", null),
            new Person("chief-politie", "PROFESSIONAL", "politie-zuiderhaven", "Paul Tromp", "chief.politie"),
            new Person("professional-wijkteam", "PROFESSIONAL", "wijkteam-zuiderhaven", "Wendy Jansen",
                    "professional.wijkteam"),
            new Person("manager-schuldhulp", "PROFESSIONAL", "schuldhulp-zuiderhaven", "Sander Kok", "manager.schuldhulp"),
            new Person("coordinator-welzijn", "PROFESSIONAL", "welzijn-zuiderhaven", "Wim Zwart", "coordinator.welzijn"),
            new Person("director-mantelzorg", "PROFESSIONAL", "mantelzorg-zuiderhaven", "Marieke Zorgvlied",
                    "director.mantelzorg"),
            new Person("representative", "PROFESSIONAL", "vrijwilligers-zuiderhaven", "Ria Vos", "representative.informal"),
            new Person("coach", "PROFESSIONAL", "vrijwilligers-zuiderhaven", "Coen Brink", "coach.vrijwilligers"),
            new Person("volunteer-anna", "VOLUNTEER", "vrijwilligers-zuiderhaven", "Anna Visser", "volunteer.anna"),
            new Person("volunteer-bram", "VOLUNTEER", "vrijwilligers-zuiderhaven", "Bram de Wit", "volunteer.bram"),
            new Person("buddy-chantal", "BUDDY", "vrijwilligers-zuiderhaven", "Chantal Bos", null),
            new Person("peer-expert-emre", "PEER_EXPERT", "vrijwilligers-zuiderhaven", "Emre Yilmaz", null),
            new Person("key-resident-fatima", "KEY_RESIDENT", "buurtkamer-noord", "Fatima El Amrani", null),
            new Person("family-carer-henk", "FAMILY_CARER", null, "Henk Mulder", null));

    static final List<Membership> MEMBERSHIPS = List.of(
            new Membership("oggz-zuiderhaven", "ggd-zuiderhaven", "CORE", "director-ggd", "BOARD"),
            new Membership("oggz-zuiderhaven", "ggz-delta", "CORE", "professional-ggz", "MANAGEMENT"),
            new Membership("oggz-zuiderhaven", "woonstede", "CORE", "director-woonstede", "BOARD"),
            new Membership("oggz-zuiderhaven", "politie-zuiderhaven", "CORE", "chief-politie", "MANAGEMENT"),
            new Membership("oggz-zuiderhaven", "wijkteam-zuiderhaven", "CORE", "professional-wijkteam",
                    "MANAGEMENT"),
            // Debt help has joined but not yet signed: other services refuse it personal data until it does.
            new Membership("oggz-zuiderhaven", "schuldhulp-zuiderhaven", "CORE", null, null),
            new Membership("oggz-zuiderhaven", "kerk-de-ark", "OUTER", null, null),
            new Membership("oggz-zuiderhaven", "voedselbank-zuiderhaven", "OUTER", null, null),
            new Membership("wijknetwerk-noord", "welzijn-zuiderhaven", "CORE", "coordinator-welzijn", "MANAGEMENT"),
            new Membership("wijknetwerk-noord", "wijkteam-zuiderhaven", "CORE", "professional-wijkteam", "TEAM_LEAD"),
            new Membership("wijknetwerk-noord", "vrijwilligers-zuiderhaven", "CORE", "representative", "MANAGEMENT"),
            new Membership("wijknetwerk-noord", "mantelzorg-zuiderhaven", "CORE", "director-mantelzorg", "BOARD"),
            new Membership("wijknetwerk-noord", "zelfhulp-rouw-noord", "OUTER", null, null));

    /** The network's informal representative and the informal party it speaks for. */
    static final String REPRESENTATIVE_NETWORK = "wijknetwerk-noord";
    static final String REPRESENTATIVE_KEY = "representative";
    static final String REPRESENTED_PARTY = "buurtkamer-noord";

    /** Informal helpers who signed a confidentiality undertaking for the neighbourhood network. */
    static final List<String> UNDERTAKINGS_NOORD = List.of("volunteer-anna", "volunteer-bram", "buddy-chantal",
            "peer-expert-emre", "key-resident-fatima");

    static final List<Agreement> AGREEMENTS = List.of(
            new Agreement("anna", "volunteer-anna", "coach", List.of("COMPANIONSHIP", "ACCOMPANYING_APPOINTMENTS"),
                    "Geen persoonlijke verzorging en geen geldzaken.", List.of("TUESDAY", "THURSDAY"), "CASES", 3, 2,
                    List.of("Signaleren van zorgen bij ouderen")),
            // Bram took on more than agreed: his load exceeds his capacity, so he is flagged automatically.
            new Agreement("bram", "volunteer-bram", "coach", List.of("PRACTICAL_HELP", "TRANSPORT"),
                    "Geen klussen op hoogte; niet alleen bij cliënten met agressie.", List.of("MONDAY", "WEDNESDAY",
                    "SATURDAY"), "HOURS_PER_WEEK", 6, 9, List.of()),
            new Agreement("chantal", "buddy-chantal", "coach", List.of("COMPANIONSHIP", "SOCIAL_ACTIVITIES"),
                    "Maatje voor één persoon tegelijk.", List.of("FRIDAY"), "CASES", 1, 1,
                    List.of("Maatjestraining basis")),
            new Agreement("emre", "peer-expert-emre", "coach", List.of("PEER_SUPPORT", "AFTERCARE"),
                    "Geen crisisbegeleiding.", List.of("MONDAY", "THURSDAY"), "CASES", 2, 1,
                    List.of("Ervaringsdeskundigheid inzetten")));

    static final List<Service> SERVICES = List.of(
            new Service("maatjesproject-zuiderhaven", "vrijwilligers-zuiderhaven", "Maatjesproject Zuiderhaven",
                    "Een vrijwillig maatje voor wie weinig mensen om zich heen heeft; wekelijks samen iets ondernemen.",
                    List.of("LONELINESS", "DAILY_STRUCTURE"), "INFORMAL", WHOLE_TOWN, 15,
                    "Bel 0180-100200 (ma-vr 9-12 uur) of mail maatjes@vrijwilligers-zuiderhaven.example"),
            new Service("voedselpakket", "voedselbank-zuiderhaven", "Voedselpakket",
                    "Wekelijks voedselpakket voor huishoudens onder de bijstandsnorm, na verwijzing.",
                    List.of("FOOD", "INCOME_AND_DEBT"), "INFORMAL", WHOLE_TOWN, null,
                    "Uitgiftepunt Havenstraat 12, donderdag 13-16 uur; verwijzing via wijkteam of schuldhulp"),
            new Service("schuldhulpmaatje", "schuldhulp-zuiderhaven", "SchuldHulpMaatje",
                    "Getrainde vrijwilligers helpen samen met de kredietbank de administratie op orde te krijgen.",
                    List.of("INCOME_AND_DEBT", "ADMINISTRATION"), "FORMAL", WHOLE_TOWN, 20,
                    "Bel 0180-100300 of loop binnen bij het Zorgloket, Marktplein 1"),
            new Service("respijtzorg", "mantelzorg-zuiderhaven", "Respijtzorg en mantelzorgondersteuning",
                    "Even vrij voor mantelzorgers: een vrijwilliger neemt de zorg een dagdeel over; advies en lotgenotencontact.",
                    List.of("CARER_RESPITE", "PEER_SUPPORT"), "FORMAL", WHOLE_TOWN, 25,
                    "Bel 0180-100400 of www.mantelzorg-zuiderhaven.example"),
            new Service("lotgenotengroep-rouw", "zelfhulp-rouw-noord", "Lotgenotengroep Rouw",
                    "Maandelijkse bijeenkomst voor wie een naaste verloor. Aanmelden is niet nodig; deelnemers blijven anoniem.",
                    List.of("PEER_SUPPORT", "MENTAL_HEALTH"), "INFORMAL", List.of(NOORD), null,
                    "Elke eerste dinsdag van de maand, 19.30 uur, Buurthuis De Ster"),
            new Service("buurtkamer-inloop", "buurtkamer-noord", "Inloop Buurtkamer Noord",
                    "Koffie, een praatje en een luisterend oor; bewoners voor bewoners.",
                    List.of("LONELINESS", "PRACTICAL_HELP"), "INFORMAL", List.of(NOORD), null,
                    "Dinsdag en vrijdag 10-12 uur, Buurtkamer, Kastanjelaan 3"),
            new Service("ggz-wijkteam-consult", "ggz-delta", "GGZ-consult in de wijk",
                    "Consultatie en advies door een GGZ-verpleegkundige voor professionals en vrijwilligers met zorgen.",
                    List.of("MENTAL_HEALTH", "SELF_NEGLECT"), "FORMAL", WHOLE_TOWN, null,
                    "Consultatielijn 0180-100500, werkdagen 9-17 uur"));

    static Person person(String key) {
        return PEOPLE.stream().filter(person -> person.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo person " + key));
    }

    private DemoPartners() {
    }
}
