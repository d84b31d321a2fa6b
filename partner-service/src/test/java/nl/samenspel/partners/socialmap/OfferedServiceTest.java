package nl.samenspel.partners.socialmap;

import static nl.samenspel.testsupport.DomainMatchers.codeIs;
import static nl.samenspel.testsupport.DomainMatchers.fieldIs;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.KindOfParty;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.Need;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.partners.access.PartnerPermissions;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.contracts.OrganisationType;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.Sector;
import nl.samenspel.contracts.ServiceId;
import nl.samenspel.partners.Parties;
import nl.samenspel.partners.PartnerRules;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.domain.NotPermitted;
import nl.samenspel.shared.domain.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;



import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfferedServiceTest {

    private static final Instant OFFERED = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-24T09:15:00Z");
    private static final ServiceId MAATJES = ServiceId.of("maatjesproject-noord");
    private static final OrganisationId VRIJWILLIGERS = OrganisationId.of("vrijwilligers-zuiderhaven");
    private static final OrganisationId LOTGENOTEN = OrganisationId.of("lotgenoten-zuiderhaven");
    private static final OrganisationId OTHER = OrganisationId.of("buurtzorg-noord");
    private static final ServiceDescription DESCRIPTION = new ServiceDescription("Maatjesproject Noord",
            "Een vrijwillige maatje voor wie eenzaam is, een middag per week.", Set.of(Need.LONELINESS),
            KindOfHelp.INFORMAL, Set.of("WK990101", "BU99010201"), 12, "010-1234567, ma-vr 9-17 uur");

    /** A fixed world of registered organisations, as the event streams would answer. */
    private record KnownOrganisations(Map<OrganisationId, OrganisationFacts> organisations) implements Parties {

        @Override
        public Optional<OrganisationFacts> organisation(OrganisationId organisationId) {
            return Optional.ofNullable(organisations.get(organisationId));
        }

        @Override
        public Optional<PersonFacts> person(PersonId personId) {
            return Optional.empty();
        }

        @Override
        public Optional<NetworkFacts> network(NetworkId networkId) {
            return Optional.empty();
        }
    }

    private AggregateTestFixture<OfferedService> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(OfferedService.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new PartnerPermissions(coordinating -> Set.of()));
        fixture.registerInjectableResource(new KnownOrganisations(Map.of(
                VRIJWILLIGERS, new Parties.OrganisationFacts(VRIJWILLIGERS, KindOfHelp.INFORMAL,
                        KindOfParty.FORMAL_ORGANISATION, OrganisationType.VOLUNTEERS_WITH_PROFESSIONAL_SUPPORT,
                        Sector.VOLUNTEER_ORGANISATION),
                LOTGENOTEN, new Parties.OrganisationFacts(LOTGENOTEN, KindOfHelp.INFORMAL, KindOfParty.INFORMAL_PARTY,
                        OrganisationType.VOLUNTEERS_ONLY, Sector.SELF_HELP))));
    }

    private static ServiceDescription describe(String name, String description, Set<Need> needs, KindOfHelp kind,
            Set<String> neighbourhoods, Integer capacity, String howToReach) {
        return new ServiceDescription(name, description, needs, kind, neighbourhoods, capacity, howToReach);
    }

    private static ServiceOffered offered() {
        return new ServiceOffered(MAATJES, VRIJWILLIGERS, DESCRIPTION, OFFERED);
    }

    private static ServiceDescription changed() {
        return describe("Maatjesproject Noord en Oost", DESCRIPTION.description(),
                Set.of(Need.LONELINESS, Need.DAILY_STRUCTURE), KindOfHelp.INFORMAL, Set.of("WK990101", "WK990102"),
                null, DESCRIPTION.howToReach());
    }

    /** A professional of the organisation, or for none a coordinator, who keeps any organisation's services. */
    private static Actor by(OrganisationId organisation) {
        return organisation == null
                ? new Actor("coordinator", Optional.of(OrganisationId.of("ggd-zuiderhaven")),
                        Set.of(Roles.NETWORK_COORDINATOR))
                : new Actor("someone", Optional.of(organisation), Set.of(Roles.PROFESSIONAL));
    }

    @Test
    void offersAServiceAtTheClocksInstant() {
        fixture.givenNoPriorActivity()
                .when(new OfferService(MAATJES, VRIJWILLIGERS, DESCRIPTION, by(VRIJWILLIGERS)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ServiceOffered(MAATJES, VRIJWILLIGERS, DESCRIPTION, NOW));
    }

    @Test
    void aSelfHelpGroupOffersAServiceLikeAnyOtherOrganisation() {
        ServiceId group = ServiceId.of("lotgenotengroep-rouw");
        ServiceDescription meeting = describe("Lotgenotengroep rouw", "Elke tweede dinsdag van de maand, anoniem.",
                Set.of(Need.PEER_SUPPORT), KindOfHelp.INFORMAL, Set.of("WK990101"), null,
                "Inloop buurthuis De Brug, Dorpsstraat 1, dinsdag 19-21 uur");
        fixture.givenNoPriorActivity()
                .when(new OfferService(group, LOTGENOTEN, meeting, by(LOTGENOTEN)))
                .expectEvents(new ServiceOffered(group, LOTGENOTEN, meeting, NOW));
    }

    @Test
    void acceptsTheLongestTextsAndTheMostNeighbourhoodsThePublishedLanguageAllows() {
        fixture.givenNoPriorActivity()
                .when(new OfferService(MAATJES, VRIJWILLIGERS, describe("n".repeat(PartnerRules.MAX_NAME_LENGTH),
                        "d".repeat(OfferedService.MAX_TEXT_LENGTH), Set.of(Need.values()), KindOfHelp.FORMAL,
                        neighbourhoods(PartnerRules.MAX_NEIGHBOURHOODS), 1,
                        "h".repeat(OfferedService.MAX_TEXT_LENGTH)), by(VRIJWILLIGERS)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAnUnknownOrganisation() {
        refuses(new OfferService(MAATJES, OTHER, DESCRIPTION, by(OTHER)), "organisationId");
    }

    @Test
    void refusesAMissingOrganisation() {
        refuses(new OfferService(MAATJES, null, DESCRIPTION, by(null)), "organisationId");
    }

    @Test
    void refusesAMissingDescription() {
        refuses(new OfferService(MAATJES, VRIJWILLIGERS, null, by(VRIJWILLIGERS)), "service");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "Maatjes\nproject", "Maatjes\u0000project"})
    void refusesABlankOrControlCharacterName(String name) {
        refuses(offer(describe(name, DESCRIPTION.description(), DESCRIPTION.needs(), KindOfHelp.INFORMAL,
                DESCRIPTION.neighbourhoods(), 12, DESCRIPTION.howToReach())), "name");
    }

    @Test
    void refusesANameLongerThan120Characters() {
        refuses(offer(describe("n".repeat(121), DESCRIPTION.description(), DESCRIPTION.needs(), KindOfHelp.INFORMAL,
                DESCRIPTION.neighbourhoods(), 12, DESCRIPTION.howToReach())), "name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\t", "Een maatje.\r\nVoor wie eenzaam is.", "Een maatje\u007f"})
    void refusesABlankOrControlCharacterDescription(String description) {
        refuses(offer(describe("Maatjes", description, DESCRIPTION.needs(), KindOfHelp.INFORMAL,
                DESCRIPTION.neighbourhoods(), 12, DESCRIPTION.howToReach())), "description");
    }

    @Test
    void refusesADescriptionLongerThan500Characters() {
        refuses(offer(describe("Maatjes", "d".repeat(501), DESCRIPTION.needs(), KindOfHelp.INFORMAL,
                DESCRIPTION.neighbourhoods(), 12, DESCRIPTION.howToReach())), "description");
    }

    @Test
    void refusesNoNeeds() {
        refuses(offer(describe("Maatjes", "Een maatje.", Set.of(), KindOfHelp.INFORMAL, DESCRIPTION.neighbourhoods(),
                12, DESCRIPTION.howToReach())), "needs");
        refuses(offer(describe("Maatjes", "Een maatje.", null, KindOfHelp.INFORMAL, DESCRIPTION.neighbourhoods(),
                12, DESCRIPTION.howToReach())), "needs");
    }

    @Test
    void refusesANullNeed() {
        Set<Need> withNull = new HashSet<>(Set.of(Need.LONELINESS));
        withNull.add(null);
        refuses(offer(describe("Maatjes", "Een maatje.", withNull, KindOfHelp.INFORMAL, DESCRIPTION.neighbourhoods(),
                12, DESCRIPTION.howToReach())), "needs");
    }

    @Test
    void refusesAMissingKindOfHelp() {
        refuses(offer(describe("Maatjes", "Een maatje.", DESCRIPTION.needs(), null, DESCRIPTION.neighbourhoods(),
                12, DESCRIPTION.howToReach())), "kindOfHelp");
    }

    @Test
    void refusesNoNeighbourhoodsTooManyOrOnesThatAreNotCbsCodes() {
        for (Set<String> bad : List.of(Set.<String>of(), neighbourhoods(PartnerRules.MAX_NEIGHBOURHOODS + 1),
                Set.of("WK990101", "Noord"), Set.of("GM9901"))) {
            refuses(offer(describe("Maatjes", "Een maatje.", DESCRIPTION.needs(), KindOfHelp.INFORMAL, bad, 12,
                    DESCRIPTION.howToReach())), "neighbourhoods");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void refusesACapacityOfLessThanOnePlace(int capacity) {
        refuses(offer(describe("Maatjes", "Een maatje.", DESCRIPTION.needs(), KindOfHelp.INFORMAL,
                DESCRIPTION.neighbourhoods(), capacity, DESCRIPTION.howToReach())), "capacity");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bel 010-1234567\n", "\u001b[31m"})
    void refusesABlankOrControlCharacterWayToReachIt(String howToReach) {
        refuses(offer(describe("Maatjes", "Een maatje.", DESCRIPTION.needs(), KindOfHelp.INFORMAL,
                DESCRIPTION.neighbourhoods(), 12, howToReach)), "howToReach");
    }

    @Test
    void refusesAWayToReachItLongerThan500Characters() {
        refuses(offer(describe("Maatjes", "Een maatje.", DESCRIPTION.needs(), KindOfHelp.INFORMAL,
                DESCRIPTION.neighbourhoods(), 12, "h".repeat(501))), "howToReach");
    }

    @Test
    void theOfferingOrganisationChangesTheWholeDescription() {
        fixture.given(offered())
                .when(new ChangeService(MAATJES, changed(), by(VRIJWILLIGERS)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ServiceChanged(MAATJES, VRIJWILLIGERS, changed(), NOW));
    }

    @Test
    void aCoordinatorChangesAnyOrganisationsService() {
        fixture.given(offered())
                .when(new ChangeService(MAATJES, changed(), by(null)))
                .expectEvents(new ServiceChanged(MAATJES, VRIJWILLIGERS, changed(), NOW));
    }

    @Test
    void comparesWithTheLatestDescription() {
        fixture.given(offered(), new ServiceChanged(MAATJES, VRIJWILLIGERS, changed(), OFFERED))
                .when(new ChangeService(MAATJES, DESCRIPTION, by(VRIJWILLIGERS)))
                .expectEvents(new ServiceChanged(MAATJES, VRIJWILLIGERS, DESCRIPTION, NOW));
    }

    @Test
    void refusesAChangeThatChangesNothing() {
        ServiceDescription same = describe(DESCRIPTION.name(), DESCRIPTION.description(),
                new HashSet<>(DESCRIPTION.needs()), KindOfHelp.INFORMAL, new HashSet<>(DESCRIPTION.neighbourhoods()),
                12, DESCRIPTION.howToReach());
        fixture.given(offered())
                .when(new ChangeService(MAATJES, same, by(VRIJWILLIGERS)))
                .expectException(RuleViolation.class)
                .expectException(codeIs("service-unchanged"))
                .expectNoEvents();
    }

    @Test
    void refusesAChangeByAnotherOrganisation() {
        fixture.given(offered())
                .when(new ChangeService(MAATJES, changed(), by(OTHER)))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void refusesAChangeAfterWithdrawal() {
        fixture.given(offered(), new ServiceWithdrawn(MAATJES, VRIJWILLIGERS, OFFERED))
                .when(new ChangeService(MAATJES, changed(), by(VRIJWILLIGERS)))
                .expectException(codeIs("service-withdrawn"))
                .expectNoEvents();
    }

    @Test
    void refusesAnInvalidChange() {
        fixture.given(offered())
                .when(new ChangeService(MAATJES, describe("Maatjes", "Een maatje.", Set.of(),
                        KindOfHelp.INFORMAL, DESCRIPTION.neighbourhoods(), 12, DESCRIPTION.howToReach()), by(VRIJWILLIGERS)))
                .expectException(fieldIs("needs"))
                .expectNoEvents();
    }

    @Test
    void theOfferingOrganisationWithdrawsItsService() {
        fixture.given(offered())
                .when(new WithdrawService(MAATJES, by(VRIJWILLIGERS)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ServiceWithdrawn(MAATJES, VRIJWILLIGERS, NOW));
    }

    @Test
    void aCoordinatorWithdrawsAnyOrganisationsService() {
        fixture.given(offered(), new ServiceChanged(MAATJES, VRIJWILLIGERS, changed(), OFFERED))
                .when(new WithdrawService(MAATJES, by(null)))
                .expectEvents(new ServiceWithdrawn(MAATJES, VRIJWILLIGERS, NOW));
    }

    @Test
    void refusesAWithdrawalByAnotherOrganisation() {
        fixture.given(offered())
                .when(new WithdrawService(MAATJES, by(OTHER)))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void refusesToWithdrawTwice() {
        fixture.given(offered(), new ServiceWithdrawn(MAATJES, VRIJWILLIGERS, OFFERED))
                .when(new WithdrawService(MAATJES, by(VRIJWILLIGERS)))
                .expectException(RuleViolation.class)
                .expectException(codeIs("service-already-withdrawn"))
                .expectNoEvents();
    }

    private static OfferService offer(ServiceDescription service) {
        return new OfferService(MAATJES, VRIJWILLIGERS, service, by(VRIJWILLIGERS));
    }

    private void refuses(OfferService command, String field) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(InvalidField.class)
                .expectException(fieldIs(field))
                .expectNoEvents();
    }

    private static Set<String> neighbourhoods(int count) {
        return IntStream.range(0, count).mapToObj(i -> "BU9901%04d".formatted(i)).collect(Collectors.toSet());
    }

}
