package nl.samenspel.partners.organisation;

import static nl.samenspel.testsupport.DomainMatchers.codeIs;
import static nl.samenspel.testsupport.DomainMatchers.fieldIs;
import nl.samenspel.partners.PartnerRules;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.KindOfParty;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.OrganisationType;
import nl.samenspel.contracts.Sector;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.domain.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;



import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationTest {

    private static final Instant REGISTERED = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-24T09:15:00Z");
    private static final OrganisationId BUURTZORG = OrganisationId.of("buurtzorg-noord");
    private static final Set<String> AREA = Set.of("WK990101", "BU99010201");

    private AggregateTestFixture<Organisation> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Organisation.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static RegisterOrganisation register(String name, String municipalityCode, Set<String> neighbourhoods) {
        return new RegisterOrganisation(BUURTZORG, name, KindOfHelp.FORMAL, KindOfParty.FORMAL_ORGANISATION,
                OrganisationType.PROFESSIONALS_WITH_VOLUNTEER_SUPPORT, Sector.HOME_CARE, municipalityCode, neighbourhoods);
    }

    private static RegisterOrganisation valid() {
        return register("Buurtzorg Noord", "GM9901", AREA);
    }

    private static OrganisationRegistered registered() {
        return new OrganisationRegistered(BUURTZORG, "Buurtzorg Noord", KindOfHelp.FORMAL,
                KindOfParty.FORMAL_ORGANISATION, OrganisationType.PROFESSIONALS_WITH_VOLUNTEER_SUPPORT, Sector.HOME_CARE,
                "GM9901", AREA, REGISTERED);
    }

    @Test
    void registersAnOrganisationAtTheClocksInstant() {
        fixture.givenNoPriorActivity()
                .when(valid())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OrganisationRegistered(BUURTZORG, "Buurtzorg Noord", KindOfHelp.FORMAL,
                        KindOfParty.FORMAL_ORGANISATION, OrganisationType.PROFESSIONALS_WITH_VOLUNTEER_SUPPORT,
                        Sector.HOME_CARE, "GM9901", AREA, NOW));
    }

    @Test
    void registersAnInformalPartyGivingInformalHelp() {
        OrganisationId initiative = OrganisationId.of("buurtkracht-noord");
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(initiative, "Buurtkracht Noord", KindOfHelp.INFORMAL,
                        KindOfParty.INFORMAL_PARTY, OrganisationType.VOLUNTEERS_ONLY, Sector.CITIZENS_INITIATIVE, "GM9901",
                        Set.of("BU99010101")))
                .expectEvents(new OrganisationRegistered(initiative, "Buurtkracht Noord", KindOfHelp.INFORMAL,
                        KindOfParty.INFORMAL_PARTY, OrganisationType.VOLUNTEERS_ONLY, Sector.CITIZENS_INITIATIVE,
                        "GM9901", Set.of("BU99010101"), NOW));
    }

    @Test
    void recordsTheRegistrationInstantToTheMicrosecondThatPostgresKeeps() {
        AggregateTestFixture<Organisation> nanoClock = new AggregateTestFixture<>(Organisation.class);
        nanoClock.registerInjectableResource(Clock.fixed(Instant.parse("2026-11-24T09:15:00.123456789Z"), ZoneOffset.UTC));

        nanoClock.givenNoPriorActivity()
                .when(valid())
                .expectEvents(new OrganisationRegistered(BUURTZORG, "Buurtzorg Noord", KindOfHelp.FORMAL,
                        KindOfParty.FORMAL_ORGANISATION, OrganisationType.PROFESSIONALS_WITH_VOLUNTEER_SUPPORT,
                        Sector.HOME_CARE, "GM9901", AREA, Instant.parse("2026-11-24T09:15:00.123456Z")));
    }

    @Test
    void acceptsANameOfExactlyTheMaximumLengthAndTheMaximumNumberOfNeighbourhoods() {
        String longest = "n".repeat(PartnerRules.MAX_NAME_LENGTH);
        Set<String> most = neighbourhoods(PartnerRules.MAX_NEIGHBOURHOODS);
        fixture.givenNoPriorActivity()
                .when(register(longest, "GM9901", most))
                .expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void refusesABlankName(String name) {
        refuses(register(name, "GM9901", AREA), "name");
    }

    @Test
    void refusesAMissingName() {
        refuses(register(null, "GM9901", AREA), "name");
    }

    @Test
    void refusesANameLongerThanThePublishedLanguageAllows() {
        refuses(register("n".repeat(PartnerRules.MAX_NAME_LENGTH + 1), "GM9901", AREA), "name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Buurtzorg\nNoord", "Buurtzorg\u0000Noord", "Buurtzorg Noord\u007f"})
    void refusesANameWithAControlCharacter(String name) {
        refuses(register(name, "GM9901", AREA), "name");
    }

    @Test
    void refusesAMissingKindOfHelp() {
        refuses(new RegisterOrganisation(BUURTZORG, "Buurtzorg Noord", null, KindOfParty.FORMAL_ORGANISATION,
                OrganisationType.PROFESSIONALS_ONLY, Sector.HOME_CARE, "GM9901", AREA), "kindOfHelp");
    }

    @Test
    void refusesAMissingKindOfParty() {
        refuses(new RegisterOrganisation(BUURTZORG, "Buurtzorg Noord", KindOfHelp.FORMAL, null,
                OrganisationType.PROFESSIONALS_ONLY, Sector.HOME_CARE, "GM9901", AREA), "kindOfParty");
    }

    @Test
    void refusesAMissingOrganisationType() {
        refuses(new RegisterOrganisation(BUURTZORG, "Buurtzorg Noord", KindOfHelp.FORMAL,
                KindOfParty.FORMAL_ORGANISATION, null, Sector.HOME_CARE, "GM9901", AREA), "organisationType");
    }

    @Test
    void refusesAMissingSector() {
        refuses(new RegisterOrganisation(BUURTZORG, "Buurtzorg Noord", KindOfHelp.FORMAL,
                KindOfParty.FORMAL_ORGANISATION, OrganisationType.PROFESSIONALS_ONLY, null, "GM9901", AREA), "sector");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9901", "gm9901", "GM990", "GM99011", "GM99O1", " GM9901"})
    void refusesSomethingThatIsNotACbsMunicipalityCode(String code) {
        refuses(register("Buurtzorg Noord", code, AREA), "municipalityCode");
    }

    @Test
    void refusesAMissingMunicipalityCode() {
        refuses(register("Buurtzorg Noord", null, AREA), "municipalityCode");
    }

    @Test
    void refusesAnEmptyOrMissingServiceArea() {
        refuses(register("Buurtzorg Noord", "GM9901", Set.of()), "neighbourhoods");
        refuses(register("Buurtzorg Noord", "GM9901", null), "neighbourhoods");
    }

    @Test
    void refusesMoreNeighbourhoodsThanThePublishedLanguageAllows() {
        refuses(register("Buurtzorg Noord", "GM9901", neighbourhoods(PartnerRules.MAX_NEIGHBOURHOODS + 1)),
                "neighbourhoods");
    }

    @ParameterizedTest
    @ValueSource(strings = {"WK99010", "WK9901011", "BU9901010", "BU990101011", "wk990101", "GM9901", "WKABCDEF",
            "Noord", ""})
    void refusesSomethingThatIsNotACbsWijkOrBuurtCode(String code) {
        refuses(register("Buurtzorg Noord", "GM9901", Set.of("WK990101", code)), "neighbourhoods");
    }

    @Test
    void refusesANullNeighbourhood() {
        Set<String> withNull = new HashSet<>(AREA);
        withNull.add(null);
        refuses(register("Buurtzorg Noord", "GM9901", withNull), "neighbourhoods");
    }

    @Test
    void changesTheServiceArea() {
        fixture.given(registered())
                .when(new ChangeServiceArea(BUURTZORG, Set.of("WK990103")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ServiceAreaChanged(BUURTZORG, Set.of("WK990103"), NOW));
    }

    @Test
    void comparesWithTheLatestServiceArea() {
        fixture.given(registered(), new ServiceAreaChanged(BUURTZORG, Set.of("WK990103"), REGISTERED))
                .when(new ChangeServiceArea(BUURTZORG, AREA))
                .expectEvents(new ServiceAreaChanged(BUURTZORG, AREA, NOW));
    }

    @Test
    void refusesAChangeThatChangesNothing() {
        fixture.given(registered())
                .when(new ChangeServiceArea(BUURTZORG, new HashSet<>(AREA)))
                .expectException(RuleViolation.class)
                .expectException(codeIs("service-area-unchanged"))
                .expectNoEvents();
    }

    @Test
    void refusesAChangeToAnEmptyServiceArea() {
        fixture.given(registered())
                .when(new ChangeServiceArea(BUURTZORG, Set.of()))
                .expectException(fieldIs("neighbourhoods"))
                .expectNoEvents();
    }

    @Test
    void refusesAChangeToSomethingThatIsNotACbsCode() {
        fixture.given(registered())
                .when(new ChangeServiceArea(BUURTZORG, Set.of("WK990101", "Noord")))
                .expectException(fieldIs("neighbourhoods"))
                .expectNoEvents();
    }

    @Test
    void refusesAChangeToMoreNeighbourhoodsThanAllowed() {
        fixture.given(registered())
                .when(new ChangeServiceArea(BUURTZORG, neighbourhoods(PartnerRules.MAX_NEIGHBOURHOODS + 1)))
                .expectException(fieldIs("neighbourhoods"))
                .expectNoEvents();
    }

    private void refuses(RegisterOrganisation command, String field) {
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
