package nl.samenspel.partners.network;

import nl.samenspel.partners.PartnerRules;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.shared.domain.InvalidField;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:15:00Z");
    private static final NetworkId NETWORK = NetworkId.of("oggz-zuiderhaven");
    private static final OrganisationId GGD = OrganisationId.of("ggd-zuiderhaven");

    private AggregateTestFixture<Network> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Network.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static RegisterNetwork register(String name, NetworkType type, String municipalityCode,
            OrganisationId coordinator) {
        return new RegisterNetwork(NETWORK, name, type, municipalityCode, coordinator);
    }

    @Test
    void registersANetworkAtTheClocksInstant() {
        fixture.givenNoPriorActivity()
                .when(register("OGGZ-netwerk Zuiderhaven", NetworkType.OGGZ, "GM9901", GGD))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new NetworkRegistered(NETWORK, "OGGZ-netwerk Zuiderhaven", NetworkType.OGGZ, "GM9901",
                        GGD, NOW));
    }

    @Test
    void registersANeighbourhoodNetworkRunByAWelfareOrganisation() {
        OrganisationId welzijn = OrganisationId.of("welzijn-zuiderhaven");
        fixture.givenNoPriorActivity()
                .when(register("Wijknetwerk Noord", NetworkType.NEIGHBOURHOOD, "GM0363", welzijn))
                .expectEvents(new NetworkRegistered(NETWORK, "Wijknetwerk Noord", NetworkType.NEIGHBOURHOOD, "GM0363",
                        welzijn, NOW));
    }

    @Test
    void recordsTheRegistrationInstantToTheMicrosecondThatPostgresKeeps() {
        AggregateTestFixture<Network> nanoClock = new AggregateTestFixture<>(Network.class);
        nanoClock.registerInjectableResource(Clock.fixed(Instant.parse("2026-11-24T09:15:00.123456789Z"), ZoneOffset.UTC));

        nanoClock.givenNoPriorActivity()
                .when(register("OGGZ-netwerk Zuiderhaven", NetworkType.OGGZ, "GM9901", GGD))
                .expectEvents(new NetworkRegistered(NETWORK, "OGGZ-netwerk Zuiderhaven", NetworkType.OGGZ, "GM9901",
                        GGD, Instant.parse("2026-11-24T09:15:00.123456Z")));
    }

    @Test
    void acceptsANameOfExactlyTheMaximumLength() {
        String longest = "n".repeat(PartnerRules.MAX_NAME_LENGTH);
        fixture.givenNoPriorActivity()
                .when(register(longest, NetworkType.OGGZ, "GM9901", GGD))
                .expectEvents(new NetworkRegistered(NETWORK, longest, NetworkType.OGGZ, "GM9901", GGD, NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void refusesABlankName(String name) {
        fixture.givenNoPriorActivity()
                .when(register(name, NetworkType.OGGZ, "GM9901", GGD))
                .expectException(InvalidField.class)
                .expectException(fieldIs("name"))
                .expectNoEvents();
    }

    @Test
    void refusesAMissingName() {
        fixture.givenNoPriorActivity()
                .when(register(null, NetworkType.OGGZ, "GM9901", GGD))
                .expectException(fieldIs("name"))
                .expectNoEvents();
    }

    @Test
    void refusesANameLongerThanThePublishedLanguageAllows() {
        fixture.givenNoPriorActivity()
                .when(register("n".repeat(PartnerRules.MAX_NAME_LENGTH + 1), NetworkType.OGGZ, "GM9901", GGD))
                .expectException(fieldIs("name"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"OGGZ\nnetwerk", "OGGZ\u0000netwerk", "OGGZ-netwerk\u007f"})
    void refusesANameWithAControlCharacter(String name) {
        fixture.givenNoPriorActivity()
                .when(register(name, NetworkType.OGGZ, "GM9901", GGD))
                .expectException(fieldIs("name"))
                .expectNoEvents();
    }

    @Test
    void refusesANetworkWithoutAType() {
        fixture.givenNoPriorActivity()
                .when(register("OGGZ-netwerk Zuiderhaven", null, "GM9901", GGD))
                .expectException(fieldIs("type"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9901", "gm9901", "GM990", "GM99011", "GM99O1", " GM9901"})
    void refusesSomethingThatIsNotACbsMunicipalityCode(String code) {
        fixture.givenNoPriorActivity()
                .when(register("OGGZ-netwerk Zuiderhaven", NetworkType.OGGZ, code, GGD))
                .expectException(fieldIs("municipalityCode"))
                .expectNoEvents();
    }

    @Test
    void refusesAMissingMunicipalityCode() {
        fixture.givenNoPriorActivity()
                .when(register("OGGZ-netwerk Zuiderhaven", NetworkType.OGGZ, null, GGD))
                .expectException(fieldIs("municipalityCode"))
                .expectNoEvents();
    }

    @Test
    void refusesANetworkWithoutACoordinatingOrganisation() {
        fixture.givenNoPriorActivity()
                .when(register("OGGZ-netwerk Zuiderhaven", NetworkType.OGGZ, "GM9901", null))
                .expectException(fieldIs("coordinatorOrganisation"))
                .expectNoEvents();
    }

    private static org.hamcrest.Matcher<InvalidField> fieldIs(String field) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(InvalidField invalid) {
                return field.equals(invalid.field());
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("an InvalidField naming ").appendValue(field);
            }
        };
    }
}
