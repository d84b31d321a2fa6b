package nl.samenspel.partners.network;

import static nl.samenspel.testsupport.DomainMatchers.fieldIs;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.samenspel.contracts.LeaveReason;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.contracts.Ring;
import nl.samenspel.contracts.Sector;
import nl.samenspel.contracts.SignatoryLevel;
import nl.samenspel.partners.PartnerRules;
import nl.samenspel.partners.access.PartnerPermissions;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.domain.NotPermitted;
import nl.samenspel.shared.domain.RuleViolation;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.shared.security.Roles;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:15:00Z");
    private static final Instant EARLIER = Instant.parse("2026-11-20T08:00:00Z");
    private static final NetworkId NETWORK = NetworkId.of("oggz-zuiderhaven");
    private static final OrganisationId GGD = OrganisationId.of("ggd-zuiderhaven");
    private static final OrganisationId OTHER_COORDINATOR = OrganisationId.of("welzijn-zuiderhaven");
    private static final OrganisationId GGZ = OrganisationId.of("ggz-zuiderhaven");
    private static final OrganisationId HOME_CARE = OrganisationId.of("thuiszorg-zuiderhaven");
    private static final OrganisationId CHURCH = OrganisationId.of("kerk-zuiderhaven");
    private static final OrganisationId FOOD_BANK = OrganisationId.of("voedselbank-zuiderhaven");
    private static final OrganisationId VOLUNTEERS = OrganisationId.of("vrijwilligers-zuiderhaven");
    private static final OrganisationId UNKNOWN = OrganisationId.of("bestaat-niet");
    private static final OrganisationId INFORMAL_HELP = OrganisationId.of("burenhulp-zuiderhaven");
    private static final PersonId GGZ_MANAGER = PersonId.of("6f1c2a1e-0000-4000-8000-000000000001");
    private static final PersonId GGD_PROFESSIONAL = PersonId.of("6f1c2a1e-0000-4000-8000-000000000002");
    private static final PersonId FAMILY_CARER = PersonId.of("6f1c2a1e-0000-4000-8000-000000000003");
    private static final PersonId UNKNOWN_PERSON = PersonId.of("6f1c2a1e-0000-4000-8000-000000000009");

    /** The OGGZ defaults of network-types.json. */
    static final NetworkConfiguration OGGZ = new NetworkConfiguration(
            Set.of(LegalBasis.NONE_YET, LegalBasis.INFORMED_CONSENT, LegalBasis.EXPLICIT_CONSENT,
                    LegalBasis.HIGHER_INTEREST_OVERRIDE),
            true, Set.of(Sector.GGD, Sector.MENTAL_HEALTH, Sector.POLICE, Sector.HOUSING, Sector.SOCIAL_WORK,
                    Sector.SHELTER, Sector.ADDICTION_CARE, Sector.DEBT_HELP),
            Set.of(Ring.OUTER), false, null, null, Set.of(), null);
    /** The neighbourhood defaults of network-types.json. */
    static final NetworkConfiguration NEIGHBOURHOOD = new NetworkConfiguration(
            Set.of(LegalBasis.NONE_YET, LegalBasis.EXPLICIT_CONSENT), false, Set.of(), Set.of(Ring.CORE, Ring.OUTER),
            true, null, null, Set.of(), null);

    private static final Actor COORDINATOR = actor(GGD);
    private static final Actor NOBODY = new Actor("someone", Optional.empty(), Set.of());

    private AggregateTestFixture<Network> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Network.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new PartnerPermissions(coordinating -> Set.of()));
        fixture.registerInjectableResource(new NetworkTypeCatalogue(new ObjectMapper()));
        fixture.registerInjectableResource(new FakeParties()
                .formal(GGD, Sector.GGD)
                .formal(GGZ, Sector.MENTAL_HEALTH)
                .formal(HOME_CARE, Sector.HOME_CARE)
                .informalParty(CHURCH, Sector.FAITH_COMMUNITY)
                .informalParty(FOOD_BANK, Sector.CITIZENS_INITIATIVE)
                .volunteerOrganisation(VOLUNTEERS)
                .informalParty(INFORMAL_HELP, Sector.CITIZENS_INITIATIVE)
                .person(GGZ_MANAGER, PersonKind.PROFESSIONAL, GGZ)
                .person(GGD_PROFESSIONAL, PersonKind.PROFESSIONAL, GGD)
                .person(FAMILY_CARER, PersonKind.FAMILY_CARER, null));
    }

    /** A coordinator of the organisation, who also speaks for it. */
    private static Actor actor(OrganisationId organisation) {
        return new Actor("someone", Optional.of(organisation), Set.of(Roles.NETWORK_COORDINATOR));
    }

    private static RegisterNetwork register(String name, NetworkType type, String municipalityCode,
            OrganisationId coordinator, Actor actor) {
        return new RegisterNetwork(NETWORK, name, type, municipalityCode, coordinator, OGGZ, actor);
    }

    private static RegisterNetwork oggz(Actor actor) {
        return register("OGGZ-netwerk Zuiderhaven", NetworkType.OGGZ, "GM9901", GGD, actor);
    }

    private static NetworkRegistered registered() {
        return new NetworkRegistered(NETWORK, "OGGZ-netwerk Zuiderhaven", NetworkType.OGGZ, "GM9901", GGD, EARLIER);
    }

    private static NetworkConfigured configured(NetworkConfiguration configuration) {
        return new NetworkConfigured(NETWORK, configuration, EARLIER);
    }

    private static OrganisationInvited invited(OrganisationId organisation, Ring ring, boolean informal, Sector sector) {
        return new OrganisationInvited(NETWORK, organisation, ring, informal, sector, EARLIER);
    }

    private static MemberJoined joined(OrganisationId organisation, Ring ring) {
        return new MemberJoined(NETWORK, organisation, ring, EARLIER);
    }

    /** An OGGZ network with GGZ in the core and the church in the outer ring. */
    private Object[] oggzWithMembers() {
        return new Object[] {registered(), configured(OGGZ),
                invited(GGZ, Ring.CORE, false, Sector.MENTAL_HEALTH), joined(GGZ, Ring.CORE),
                invited(CHURCH, Ring.OUTER, true, Sector.FAITH_COMMUNITY), joined(CHURCH, Ring.OUTER)};
    }

    /** A neighbourhood network with the food bank (an informal party) and home care in its open core. */
    private Object[] neighbourhoodWithInformalPartyInCore() {
        return new Object[] {registered(), configured(NEIGHBOURHOOD),
                invited(FOOD_BANK, Ring.CORE, true, Sector.CITIZENS_INITIATIVE), joined(FOOD_BANK, Ring.CORE)};
    }

    @Nested
    class Registering {

        @Test
        void registersANetworkAndItsConfigurationAtTheClocksInstant() {
            fixture.givenNoPriorActivity()
                    .when(oggz(COORDINATOR))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new NetworkRegistered(NETWORK, "OGGZ-netwerk Zuiderhaven", NetworkType.OGGZ, "GM9901",
                            GGD, NOW), new NetworkConfigured(NETWORK, OGGZ, NOW));
        }

        @Test
        void registersANeighbourhoodNetworkWithInclusionCriteria() {
            NetworkConfiguration seniors = new NetworkConfiguration(NEIGHBOURHOOD.allowedLegalBases(), false, Set.of(),
                    NEIGHBOURHOOD.informalPartyRings(), true, 55, null, Set.of("WK990101", "BU99010201"),
                    "Ouderen van 55 jaar en ouder in Noord.");
            fixture.givenNoPriorActivity()
                    .when(new RegisterNetwork(NETWORK, "Wijknetwerk Noord", NetworkType.NEIGHBOURHOOD, "GM0363", GGD,
                            seniors, COORDINATOR))
                    .expectEvents(new NetworkRegistered(NETWORK, "Wijknetwerk Noord", NetworkType.NEIGHBOURHOOD,
                            "GM0363", GGD, NOW), new NetworkConfigured(NETWORK, seniors, NOW));
        }

        @Test
        void recordsTheRegistrationInstantToTheMicrosecondThatPostgresKeeps() {
            AggregateTestFixture<Network> nanoClock = new AggregateTestFixture<>(Network.class);
            nanoClock.registerInjectableResource(
                    Clock.fixed(Instant.parse("2026-11-24T09:15:00.123456789Z"), ZoneOffset.UTC));
            nanoClock.registerInjectableResource(new FakeParties().formal(GGD, Sector.GGD));
            nanoClock.registerInjectableResource(new PartnerPermissions(coordinating -> Set.of()));
            Instant micros = Instant.parse("2026-11-24T09:15:00.123456Z");

            nanoClock.givenNoPriorActivity()
                    .when(oggz(COORDINATOR))
                    .expectEvents(new NetworkRegistered(NETWORK, "OGGZ-netwerk Zuiderhaven", NetworkType.OGGZ,
                            "GM9901", GGD, micros), new NetworkConfigured(NETWORK, OGGZ, micros));
        }

        @Test
        void acceptsANameOfExactlyTheMaximumLength() {
            String longest = "n".repeat(PartnerRules.MAX_NAME_LENGTH);
            fixture.givenNoPriorActivity()
                    .when(register(longest, NetworkType.OGGZ, "GM9901", GGD, COORDINATOR))
                    .expectEvents(new NetworkRegistered(NETWORK, longest, NetworkType.OGGZ, "GM9901", GGD, NOW),
                            new NetworkConfigured(NETWORK, OGGZ, NOW));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\t"})
        void refusesABlankName(String name) {
            refusedAsInvalid(register(name, NetworkType.OGGZ, "GM9901", GGD, COORDINATOR), "name");
        }

        @Test
        void refusesAMissingName() {
            refusedAsInvalid(register(null, NetworkType.OGGZ, "GM9901", GGD, COORDINATOR), "name");
        }

        @Test
        void refusesANameLongerThanThePublishedLanguageAllows() {
            refusedAsInvalid(register("n".repeat(PartnerRules.MAX_NAME_LENGTH + 1), NetworkType.OGGZ, "GM9901", GGD, COORDINATOR),
                    "name");
        }

        @ParameterizedTest
        @ValueSource(strings = {"OGGZ\nnetwerk", "OGGZ\u0000netwerk", "OGGZ-netwerk\u007f"})
        void refusesANameWithAControlCharacter(String name) {
            refusedAsInvalid(register(name, NetworkType.OGGZ, "GM9901", GGD, COORDINATOR), "name");
        }

        @Test
        void refusesANetworkWithoutAType() {
            refusedAsInvalid(register("OGGZ-netwerk Zuiderhaven", null, "GM9901", GGD, COORDINATOR), "type");
        }

        @ParameterizedTest
        @ValueSource(strings = {"9901", "gm9901", "GM990", "GM99011", "GM99O1", " GM9901"})
        void refusesSomethingThatIsNotACbsMunicipalityCode(String code) {
            refusedAsInvalid(register("OGGZ-netwerk Zuiderhaven", NetworkType.OGGZ, code, GGD, COORDINATOR), "municipalityCode");
        }

        @Test
        void refusesAMissingMunicipalityCode() {
            refusedAsInvalid(register("OGGZ-netwerk Zuiderhaven", NetworkType.OGGZ, null, GGD, COORDINATOR), "municipalityCode");
        }

        @Test
        void refusesANetworkWithoutACoordinatingOrganisation() {
            refusedAsInvalid(register("OGGZ-netwerk Zuiderhaven", NetworkType.OGGZ, "GM9901", null, COORDINATOR),
                    "coordinatorOrganisation");
        }

        @Test
        void refusesANetworkWithoutAConfiguration() {
            refusedAsInvalid(new RegisterNetwork(NETWORK, "OGGZ-netwerk", NetworkType.OGGZ, "GM9901", GGD, null, COORDINATOR),
                    "configuration");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("nl.samenspel.partners.network.NetworkTest#invalidConfigurations")
        void refusesAnInvalidConfiguration(String label, NetworkConfiguration configuration, String field) {
            refusedAsInvalid(new RegisterNetwork(NETWORK, "OGGZ-netwerk", NetworkType.OGGZ, "GM9901", GGD,
                    configuration, COORDINATOR), field);
        }

        @Test
        void refusesACoordinatingOrganisationThatIsNotRegistered() {
            fixture.givenNoPriorActivity()
                    .when(register("Netwerk", NetworkType.OGGZ, "GM9901", UNKNOWN, actor(UNKNOWN)))
                    .expectException(fieldIs("coordinatorOrganisation"))
                    .expectNoEvents();
        }

        @Test
        void refusesACoordinatingOrganisationThatGivesInformalHelp() {
            fixture.givenNoPriorActivity()
                    .when(register("Netwerk", NetworkType.NEIGHBOURHOOD, "GM9901", VOLUNTEERS, actor(VOLUNTEERS)))
                    .expectException(rule("coordinator-must-give-formal-help"))
                    .expectNoEvents();
        }

        @Test
        void refusesAnActorOfAnotherOrganisation() {
            fixture.givenNoPriorActivity()
                    .when(oggz(actor(OTHER_COORDINATOR)))
                    .expectException(NotPermitted.class)
                    .expectNoEvents();
        }

        @Test
        void refusesACommandWithoutAnActingOrganisation() {
            fixture.givenNoPriorActivity()
                    .when(oggz(NOBODY))
                    .expectException(NotPermitted.class)
                    .expectNoEvents();
        }

        private void refusedAsInvalid(RegisterNetwork command, String field) {
            fixture.givenNoPriorActivity()
                    .when(command)
                    .expectException(InvalidField.class)
                    .expectException(fieldIs(field))
                    .expectNoEvents();
        }
    }

    static Stream<Arguments> invalidConfigurations() {
        return Stream.of(
                Arguments.of("no legal basis", with(OGGZ, c -> new NetworkConfiguration(Set.of(), c.coreClosed(),
                        c.closedCoreSectors(), c.informalPartyRings(), false, null, null, Set.of(), null)),
                        "allowedLegalBases"),
                Arguments.of("closed core without sectors", with(OGGZ, c -> new NetworkConfiguration(
                        c.allowedLegalBases(), true, Set.of(), c.informalPartyRings(), false, null, null, Set.of(), null)),
                        "closedCoreSectors"),
                Arguments.of("open core with sectors", with(OGGZ, c -> new NetworkConfiguration(c.allowedLegalBases(),
                        false, c.closedCoreSectors(), c.informalPartyRings(), false, null, null, Set.of(), null)),
                        "closedCoreSectors"),
                Arguments.of("no ring for informal parties", with(OGGZ, c -> new NetworkConfiguration(
                        c.allowedLegalBases(), true, c.closedCoreSectors(), Set.of(), false, null, null, Set.of(), null)),
                        "informalPartyRings"),
                Arguments.of("informal parties in a closed core", with(OGGZ, c -> new NetworkConfiguration(
                        c.allowedLegalBases(), true, c.closedCoreSectors(), Set.of(Ring.CORE, Ring.OUTER), false,
                        null, null, Set.of(), null)), "informalPartyRings"),
                Arguments.of("minimum age above maximum", ages(65, 55), "maximumAge"),
                Arguments.of("negative minimum age", ages(-1, null), "minimumAge"),
                Arguments.of("maximum age above 120", ages(null, 121), "maximumAge"),
                Arguments.of("not a CBS code", inclusion(Set.of("WK99010"), null), "neighbourhoods"),
                Arguments.of("description of 501 characters", inclusion(Set.of(), "x".repeat(501)),
                        "inclusionDescription"),
                Arguments.of("description with a line break", inclusion(Set.of(), "55+\nin Noord"),
                        "inclusionDescription"));
    }

    private static NetworkConfiguration with(NetworkConfiguration base, UnaryOperator<NetworkConfiguration> change) {
        return change.apply(base);
    }

    private static NetworkConfiguration ages(Integer minimum, Integer maximum) {
        return new NetworkConfiguration(OGGZ.allowedLegalBases(), true, OGGZ.closedCoreSectors(),
                OGGZ.informalPartyRings(), false, minimum, maximum, Set.of(), null);
    }

    private static NetworkConfiguration inclusion(Set<String> neighbourhoods, String description) {
        return new NetworkConfiguration(OGGZ.allowedLegalBases(), true, OGGZ.closedCoreSectors(),
                OGGZ.informalPartyRings(), false, 0, 120, neighbourhoods, description);
    }

    @Nested
    class Configuring {

        @Test
        void theCoordinatorReplacesTheConfiguration() {
            NetworkConfiguration adults = inclusion(Set.of("WK990101"), "Volwassenen in Zuiderhaven.");
            fixture.given(oggzWithMembers())
                    .when(new ConfigureNetwork(NETWORK, adults, COORDINATOR))
                    .expectEvents(new NetworkConfigured(NETWORK, adults, NOW));
        }

        @Test
        void closingTheCoreIsAllowedWhenEveryCoreMemberIsAdmitted() {
            fixture.given(registered(), configured(NEIGHBOURHOOD), invited(GGZ, Ring.CORE, false, Sector.MENTAL_HEALTH),
                            joined(GGZ, Ring.CORE))
                    .when(new ConfigureNetwork(NETWORK, OGGZ, COORDINATOR))
                    .expectEvents(new NetworkConfigured(NETWORK, OGGZ, NOW));
        }

        @Test
        void closingTheCoreOnAnInformalPartyInItIsRefused() {
            fixture.given(neighbourhoodWithInformalPartyInCore())
                    .when(new ConfigureNetwork(NETWORK, OGGZ, COORDINATOR))
                    .expectException(rule("configuration-conflicts-with-members"))
                    .expectNoEvents();
        }

        @Test
        void closingTheCoreOnASectorItWouldNotAdmitIsRefused() {
            fixture.given(registered(), configured(NEIGHBOURHOOD), invited(HOME_CARE, Ring.CORE, false, Sector.HOME_CARE),
                            joined(HOME_CARE, Ring.CORE))
                    .when(new ConfigureNetwork(NETWORK, OGGZ, COORDINATOR))
                    .expectException(rule("configuration-conflicts-with-members"))
                    .expectNoEvents();
        }

        @Test
        void theSameConfigurationAgainIsRefused() {
            fixture.given(registered(), configured(OGGZ))
                    .when(new ConfigureNetwork(NETWORK, OGGZ, COORDINATOR))
                    .expectException(rule("configuration-unchanged"))
                    .expectNoEvents();
        }

        @Test
        void anInvalidConfigurationIsRefused() {
            fixture.given(registered(), configured(OGGZ))
                    .when(new ConfigureNetwork(NETWORK, ages(70, 60), COORDINATOR))
                    .expectException(fieldIs("maximumAge"))
                    .expectNoEvents();
        }

        @Test
        void anotherOrganisationsCoordinatorIsNotPermitted() {
            fixture.given(registered(), configured(OGGZ))
                    .when(new ConfigureNetwork(NETWORK, NEIGHBOURHOOD, actor(OTHER_COORDINATOR)))
                    .expectException(NotPermitted.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class AppointingTheInformalRepresentative {

        @Test
        void aPersonOfAMemberOrganisationIsAppointed() {
            fixture.given(oggzWithMembers())
                    .when(new AppointInformalRepresentative(NETWORK, GGZ_MANAGER, COORDINATOR))
                    .expectEvents(new InformalRepresentativeAppointed(NETWORK, GGZ_MANAGER, GGZ, NOW));
        }

        @Test
        void aLaterAppointmentReplacesTheEarlierOne() {
            fixture.given(oggzWithMembers())
                    .andGiven(invited(GGD, Ring.CORE, false, Sector.GGD), joined(GGD, Ring.CORE),
                            new InformalRepresentativeAppointed(NETWORK, GGZ_MANAGER, GGZ, EARLIER))
                    .when(new AppointInformalRepresentative(NETWORK, GGD_PROFESSIONAL, COORDINATOR))
                    .expectEvents(new InformalRepresentativeAppointed(NETWORK, GGD_PROFESSIONAL, GGD, NOW));
        }

        @Test
        void anUnknownPersonIsRefused() {
            fixture.given(oggzWithMembers())
                    .when(new AppointInformalRepresentative(NETWORK, UNKNOWN_PERSON, COORDINATOR))
                    .expectException(fieldIs("personId"))
                    .expectNoEvents();
        }

        @Test
        void aPersonOfAnOrganisationThatIsNoMemberIsRefused() {
            fixture.given(registered(), configured(OGGZ))
                    .when(new AppointInformalRepresentative(NETWORK, GGD_PROFESSIONAL, COORDINATOR))
                    .expectException(rule("representative-not-from-member"))
                    .expectNoEvents();
        }

        @Test
        void aFamilyCarerWithoutOrganisationIsRefused() {
            fixture.given(oggzWithMembers())
                    .when(new AppointInformalRepresentative(NETWORK, FAMILY_CARER, COORDINATOR))
                    .expectException(rule("representative-not-from-member"))
                    .expectNoEvents();
        }

        @Test
        void appointingTheSameRepresentativeAgainIsRefused() {
            fixture.given(oggzWithMembers())
                    .andGiven(new InformalRepresentativeAppointed(NETWORK, GGZ_MANAGER, GGZ, EARLIER))
                    .when(new AppointInformalRepresentative(NETWORK, GGZ_MANAGER, COORDINATOR))
                    .expectException(rule("already-representative"))
                    .expectNoEvents();
        }

        @Test
        void aMemberIsNotPermittedToAppoint() {
            fixture.given(oggzWithMembers())
                    .when(new AppointInformalRepresentative(NETWORK, GGZ_MANAGER, actor(GGZ)))
                    .expectException(NotPermitted.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Inviting {

        @Test
        void theCoordinatorInvitesAnAdmittedSectorIntoTheClosedCore() {
            fixture.given(registered(), configured(OGGZ))
                    .when(new InviteOrganisation(NETWORK, GGZ, Ring.CORE, COORDINATOR))
                    .expectEvents(new OrganisationInvited(NETWORK, GGZ, Ring.CORE, false, Sector.MENTAL_HEALTH, NOW));
        }

        @Test
        void anInformalPartyIsInvitedIntoTheOuterRing() {
            fixture.given(registered(), configured(OGGZ))
                    .when(new InviteOrganisation(NETWORK, CHURCH, Ring.OUTER, COORDINATOR))
                    .expectEvents(new OrganisationInvited(NETWORK, CHURCH, Ring.OUTER, true, Sector.FAITH_COMMUNITY,
                            NOW));
        }

        @Test
        void anInformalPartyIsInvitedIntoAnOpenCore() {
            fixture.given(registered(), configured(NEIGHBOURHOOD))
                    .when(new InviteOrganisation(NETWORK, FOOD_BANK, Ring.CORE, COORDINATOR))
                    .expectEvents(new OrganisationInvited(NETWORK, FOOD_BANK, Ring.CORE, true,
                            Sector.CITIZENS_INITIATIVE, NOW));
        }

        @Test
        void aClosedCoreRefusesAnInformalParty() {
            fixture.given(registered(), configured(OGGZ))
                    .when(new InviteOrganisation(NETWORK, CHURCH, Ring.CORE, COORDINATOR))
                    .expectException(rule("closed-core-refuses-informal-party"))
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("core of this network is closed"))
                    .expectNoEvents();
        }

        @Test
        void aClosedCoreRefusesASectorItDoesNotAdmit() {
            fixture.given(registered(), configured(OGGZ))
                    .when(new InviteOrganisation(NETWORK, HOME_CARE, Ring.CORE, COORDINATOR))
                    .expectException(rule("sector-not-admitted-to-closed-core"))
                    .expectNoEvents();
        }

        @Test
        void anInformalPartyGoesOnlyIntoTheRingsTheConfigurationAllows() {
            NetworkConfiguration outerOnly = new NetworkConfiguration(NEIGHBOURHOOD.allowedLegalBases(), false, Set.of(),
                    Set.of(Ring.OUTER), true, null, null, Set.of(), null);
            fixture.given(registered(), configured(outerOnly))
                    .when(new InviteOrganisation(NETWORK, FOOD_BANK, Ring.CORE, COORDINATOR))
                    .expectException(rule("ring-closed-to-informal-parties"))
                    .expectNoEvents();
        }

        @Test
        void aVolunteerOrganisationThatIsAFormalOrganisationMaySitInAnOpenCore() {
            fixture.given(registered(), configured(NEIGHBOURHOOD))
                    .when(new InviteOrganisation(NETWORK, VOLUNTEERS, Ring.CORE, COORDINATOR))
                    .expectEvents(new OrganisationInvited(NETWORK, VOLUNTEERS, Ring.CORE, false,
                            Sector.VOLUNTEER_ORGANISATION, NOW));
        }

        @Test
        void anUnknownOrganisationIsRefused() {
            fixture.given(registered(), configured(OGGZ))
                    .when(new InviteOrganisation(NETWORK, UNKNOWN, Ring.OUTER, COORDINATOR))
                    .expectException(fieldIs("organisationId"))
                    .expectNoEvents();
        }

        @Test
        void aMissingRingIsRefused() {
            fixture.given(registered(), configured(OGGZ))
                    .when(new InviteOrganisation(NETWORK, GGZ, null, COORDINATOR))
                    .expectException(fieldIs("ring"))
                    .expectNoEvents();
        }

        @Test
        void invitingAMemberIsRefused() {
            fixture.given(oggzWithMembers())
                    .when(new InviteOrganisation(NETWORK, GGZ, Ring.OUTER, COORDINATOR))
                    .expectException(rule("already-a-member"))
                    .expectNoEvents();
        }

        @Test
        void invitingAnInvitedOrganisationAgainIsRefused() {
            fixture.given(registered(), configured(OGGZ), invited(GGZ, Ring.CORE, false, Sector.MENTAL_HEALTH))
                    .when(new InviteOrganisation(NETWORK, GGZ, Ring.OUTER, COORDINATOR))
                    .expectException(rule("already-invited"))
                    .expectNoEvents();
        }

        @Test
        void invitingARepresentedPartyIsRefused() {
            fixture.given(oggzWithMembers())
                    .andGiven(new InformalRepresentativeAppointed(NETWORK, GGZ_MANAGER, GGZ, EARLIER),
                            new InformalPartyRepresented(NETWORK, FOOD_BANK, GGZ_MANAGER, EARLIER))
                    .when(new InviteOrganisation(NETWORK, FOOD_BANK, Ring.OUTER, COORDINATOR))
                    .expectException(rule("already-represented"))
                    .expectNoEvents();
        }

        @Test
        void anotherOrganisationsCoordinatorIsNotPermitted() {
            fixture.given(registered(), configured(OGGZ))
                    .when(new InviteOrganisation(NETWORK, GGZ, Ring.CORE, actor(OTHER_COORDINATOR)))
                    .expectException(NotPermitted.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Joining {

        @Test
        void anInvitedOrganisationJoinsTheRingItWasInvitedInto() {
            fixture.given(registered(), configured(OGGZ), invited(GGZ, Ring.CORE, false, Sector.MENTAL_HEALTH))
                    .when(new JoinNetwork(NETWORK, GGZ, actor(GGZ)))
                    .expectEvents(new MemberJoined(NETWORK, GGZ, Ring.CORE, NOW));
        }

        @Test
        void theCoordinatorJoinsAnOrganisationOnItsBehalf() {
            fixture.given(registered(), configured(OGGZ), invited(CHURCH, Ring.OUTER, true, Sector.FAITH_COMMUNITY))
                    .when(new JoinNetwork(NETWORK, CHURCH, COORDINATOR))
                    .expectEvents(new MemberJoined(NETWORK, CHURCH, Ring.OUTER, NOW));
        }

        @Test
        void anotherOrganisationIsNotPermittedToJoinForIt() {
            fixture.given(registered(), configured(OGGZ), invited(GGZ, Ring.CORE, false, Sector.MENTAL_HEALTH))
                    .when(new JoinNetwork(NETWORK, GGZ, actor(HOME_CARE)))
                    .expectException(NotPermitted.class)
                    .expectNoEvents();
        }

        @Test
        void joiningWithoutAnInvitationIsRefused() {
            fixture.given(registered(), configured(OGGZ))
                    .when(new JoinNetwork(NETWORK, GGZ, actor(GGZ)))
                    .expectException(rule("not-invited"))
                    .expectNoEvents();
        }

        @Test
        void joiningTwiceIsRefused() {
            fixture.given(oggzWithMembers())
                    .when(new JoinNetwork(NETWORK, GGZ, actor(GGZ)))
                    .expectException(rule("already-a-member"))
                    .expectNoEvents();
        }

        @Test
        void aCoreClosedSinceTheInvitationRefusesTheInformalParty() {
            fixture.given(registered(), configured(NEIGHBOURHOOD),
                            invited(FOOD_BANK, Ring.CORE, true, Sector.CITIZENS_INITIATIVE), configured(OGGZ))
                    .when(new JoinNetwork(NETWORK, FOOD_BANK, actor(FOOD_BANK)))
                    .expectException(rule("closed-core-refuses-informal-party"))
                    .expectNoEvents();
        }

        @Test
        void aMemberThatLeftJoinsAgainOnlyWhenInvitedAgain() {
            fixture.given(oggzWithMembers())
                    .andGiven(new MemberLeft(NETWORK, GGZ, Ring.CORE, LeaveReason.CAPACITY, EARLIER))
                    .when(new JoinNetwork(NETWORK, GGZ, actor(GGZ)))
                    .expectException(rule("not-invited"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Moving {

        @Test
        void theCoordinatorMovesAMemberToTheOtherRing() {
            fixture.given(oggzWithMembers())
                    .when(new MoveMember(NETWORK, GGZ, Ring.OUTER, COORDINATOR))
                    .expectEvents(new MemberMoved(NETWORK, GGZ, Ring.CORE, Ring.OUTER, NOW));
        }

        @Test
        void anInformalPartyIsMovedIntoAnOpenCore() {
            fixture.given(registered(), configured(NEIGHBOURHOOD),
                            invited(FOOD_BANK, Ring.OUTER, true, Sector.CITIZENS_INITIATIVE), joined(FOOD_BANK, Ring.OUTER))
                    .when(new MoveMember(NETWORK, FOOD_BANK, Ring.CORE, COORDINATOR))
                    .expectEvents(new MemberMoved(NETWORK, FOOD_BANK, Ring.OUTER, Ring.CORE, NOW));
        }

        @Test
        void aClosedCoreRefusesAnInformalPartyMovedIntoIt() {
            fixture.given(oggzWithMembers())
                    .when(new MoveMember(NETWORK, CHURCH, Ring.CORE, COORDINATOR))
                    .expectException(rule("closed-core-refuses-informal-party"))
                    .expectNoEvents();
        }

        @Test
        void movingToTheRingItIsInIsRefused() {
            fixture.given(oggzWithMembers())
                    .when(new MoveMember(NETWORK, GGZ, Ring.CORE, COORDINATOR))
                    .expectException(rule("already-in-ring"))
                    .expectNoEvents();
        }

        @Test
        void movingANonMemberIsRefused() {
            fixture.given(oggzWithMembers())
                    .when(new MoveMember(NETWORK, HOME_CARE, Ring.OUTER, COORDINATOR))
                    .expectException(rule("not-a-member"))
                    .expectNoEvents();
        }

        @Test
        void aMissingRingIsRefused() {
            fixture.given(oggzWithMembers())
                    .when(new MoveMember(NETWORK, GGZ, null, COORDINATOR))
                    .expectException(fieldIs("ring"))
                    .expectNoEvents();
        }

        @Test
        void aMemberIsNotPermittedToMoveItself() {
            fixture.given(oggzWithMembers())
                    .when(new MoveMember(NETWORK, GGZ, Ring.OUTER, actor(GGZ)))
                    .expectException(NotPermitted.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Leaving {

        @Test
        void aMemberLeavesWithAReason() {
            fixture.given(oggzWithMembers())
                    .when(new LeaveNetwork(NETWORK, CHURCH, LeaveReason.NO_LONGER_ACTIVE_IN_AREA, actor(CHURCH)))
                    .expectEvents(new MemberLeft(NETWORK, CHURCH, Ring.OUTER, LeaveReason.NO_LONGER_ACTIVE_IN_AREA, NOW));
        }

        @Test
        void theCoordinatorRemovesAMember() {
            fixture.given(oggzWithMembers())
                    .when(new LeaveNetwork(NETWORK, GGZ, LeaveReason.REMOVED_BY_COORDINATOR, COORDINATOR))
                    .expectEvents(new MemberLeft(NETWORK, GGZ, Ring.CORE, LeaveReason.REMOVED_BY_COORDINATOR, NOW));
        }

        @Test
        void aMemberIsNotPermittedToSayTheCoordinatorRemovedIt() {
            fixture.given(oggzWithMembers())
                    .when(new LeaveNetwork(NETWORK, GGZ, LeaveReason.REMOVED_BY_COORDINATOR, actor(GGZ)))
                    .expectException(NotPermitted.class)
                    .expectNoEvents();
        }

        @Test
        void anotherOrganisationIsNotPermittedToLetAMemberLeave() {
            fixture.given(oggzWithMembers())
                    .when(new LeaveNetwork(NETWORK, GGZ, LeaveReason.OTHER, actor(CHURCH)))
                    .expectException(NotPermitted.class)
                    .expectNoEvents();
        }

        @Test
        void leavingWhenNotAMemberIsRefused() {
            fixture.given(oggzWithMembers())
                    .when(new LeaveNetwork(NETWORK, HOME_CARE, LeaveReason.OTHER, actor(HOME_CARE)))
                    .expectException(rule("not-a-member"))
                    .expectNoEvents();
        }

        @Test
        void leavingTwiceIsRefused() {
            fixture.given(oggzWithMembers())
                    .andGiven(new MemberLeft(NETWORK, GGZ, Ring.CORE, LeaveReason.MERGED, EARLIER))
                    .when(new LeaveNetwork(NETWORK, GGZ, LeaveReason.MERGED, actor(GGZ)))
                    .expectException(rule("not-a-member"))
                    .expectNoEvents();
        }

        @Test
        void aMissingReasonIsRefused() {
            fixture.given(oggzWithMembers())
                    .when(new LeaveNetwork(NETWORK, GGZ, null, actor(GGZ)))
                    .expectException(fieldIs("reason"))
                    .expectNoEvents();
        }
    }

    @Nested
    class RepresentingInformalParties {

        private Object[] withRepresentative() {
            return new Object[] {new InformalRepresentativeAppointed(NETWORK, GGZ_MANAGER, GGZ, EARLIER)};
        }

        @Test
        void theCoordinatorRecordsThatTheRepresentativeSpeaksForAnInformalParty() {
            fixture.given(oggzWithMembers()).andGiven(withRepresentative())
                    .when(new RepresentInformalParty(NETWORK, FOOD_BANK, COORDINATOR))
                    .expectEvents(new InformalPartyRepresented(NETWORK, FOOD_BANK, GGZ_MANAGER, NOW));
        }

        @Test
        void withoutARepresentativeItIsRefused() {
            fixture.given(oggzWithMembers())
                    .when(new RepresentInformalParty(NETWORK, FOOD_BANK, COORDINATOR))
                    .expectException(rule("no-informal-representative"))
                    .expectNoEvents();
        }

        @Test
        void aFormalOrganisationIsNotRepresented() {
            fixture.given(oggzWithMembers()).andGiven(withRepresentative())
                    .when(new RepresentInformalParty(NETWORK, VOLUNTEERS, COORDINATOR))
                    .expectException(rule("not-an-informal-party"))
                    .expectNoEvents();
        }

        @Test
        void anUnknownOrganisationIsRefused() {
            fixture.given(oggzWithMembers()).andGiven(withRepresentative())
                    .when(new RepresentInformalParty(NETWORK, UNKNOWN, COORDINATOR))
                    .expectException(fieldIs("organisationId"))
                    .expectNoEvents();
        }

        @Test
        void anInformalPartySittingInARingIsNotAlsoRepresented() {
            fixture.given(oggzWithMembers()).andGiven(withRepresentative())
                    .when(new RepresentInformalParty(NETWORK, CHURCH, COORDINATOR))
                    .expectException(rule("already-a-member"))
                    .expectNoEvents();
        }

        @Test
        void representingTwiceIsRefused() {
            fixture.given(oggzWithMembers()).andGiven(withRepresentative())
                    .andGiven(new InformalPartyRepresented(NETWORK, INFORMAL_HELP, GGZ_MANAGER, EARLIER))
                    .when(new RepresentInformalParty(NETWORK, INFORMAL_HELP, COORDINATOR))
                    .expectException(rule("already-represented"))
                    .expectNoEvents();
        }

        @Test
        void aMemberIsNotPermittedToRecordIt() {
            fixture.given(oggzWithMembers()).andGiven(withRepresentative())
                    .when(new RepresentInformalParty(NETWORK, FOOD_BANK, actor(GGZ)))
                    .expectException(NotPermitted.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class TheCovenant {

        /** A professional of the organisation, signed in with the login linked to them. */
        private Actor signingAs(PersonId person, OrganisationId organisation) {
            return new Actor("account-" + person, Optional.of(person), Optional.of(organisation),
                    Set.of(Roles.PROFESSIONAL));
        }

        private Actor systemOf(OrganisationId organisation) {
            return new Actor(organisation + "-system", Optional.of(organisation), Set.of(Roles.PARTNER_SYSTEM));
        }

        @Test
        void aProfessionalOfTheMemberSignsAsThemself() {
            fixture.given(oggzWithMembers())
                    .when(new SignCovenant(NETWORK, GGZ, null, SignatoryLevel.MANAGEMENT,
                            signingAs(GGZ_MANAGER, GGZ)))
                    .expectEvents(new CovenantSigned(NETWORK, GGZ, GGZ_MANAGER, SignatoryLevel.MANAGEMENT, NOW));
        }

        @Test
        void theMembersOwnSystemRecordsTheSignatureOfOneOfItsProfessionals() {
            fixture.given(oggzWithMembers())
                    .when(new SignCovenant(NETWORK, GGZ, GGZ_MANAGER, SignatoryLevel.BOARD, systemOf(GGZ)))
                    .expectEvents(new CovenantSigned(NETWORK, GGZ, GGZ_MANAGER, SignatoryLevel.BOARD, NOW));
        }

        /** B7: the coordinator signed a member's covenant naming whoever the client sent. */
        @Test
        void theCoordinatorDoesNotSignForAMember() {
            fixture.given(oggzWithMembers())
                    .when(new SignCovenant(NETWORK, GGZ, GGZ_MANAGER, SignatoryLevel.BOARD, COORDINATOR))
                    .expectException(NotPermitted.class)
                    .expectNoEvents();
        }

        /** B7: the signatory was whoever the client named. */
        @Test
        void aProfessionalDoesNotSignInSomeoneElsesName() {
            fixture.given(oggzWithMembers())
                    .when(new SignCovenant(NETWORK, GGZ, GGD_PROFESSIONAL, SignatoryLevel.BOARD,
                            signingAs(GGZ_MANAGER, GGZ)))
                    .expectException(NotPermitted.class)
                    .expectNoEvents();
        }

        /** B7: the level was whatever the client sent. */
        @Test
        void aLevelTheNetworksTypeDoesNotAcceptIsRefused() {
            fixture.given(oggzWithMembers())
                    .when(new SignCovenant(NETWORK, GGZ, null, SignatoryLevel.TEAM_LEAD, signingAs(GGZ_MANAGER, GGZ)))
                    .expectException(rule("signatory-level-not-accepted"))
                    .expectNoEvents();
        }

        @Test
        void signingTwiceIsRefused() {
            fixture.given(oggzWithMembers())
                    .andGiven(new CovenantSigned(NETWORK, GGZ, GGZ_MANAGER, SignatoryLevel.BOARD, EARLIER))
                    .when(new SignCovenant(NETWORK, GGZ, null, SignatoryLevel.BOARD, signingAs(GGZ_MANAGER, GGZ)))
                    .expectException(rule("covenant-already-signed"))
                    .expectNoEvents();
        }

        @Test
        void aNonMemberIsRefused() {
            fixture.given(registered(), configured(OGGZ), invited(GGZ, Ring.CORE, false, Sector.MENTAL_HEALTH))
                    .when(new SignCovenant(NETWORK, GGZ, null, SignatoryLevel.BOARD, signingAs(GGZ_MANAGER, GGZ)))
                    .expectException(rule("not-a-member"))
                    .expectNoEvents();
        }

        @Test
        void anUnknownSignatoryIsRefused() {
            fixture.given(oggzWithMembers())
                    .when(new SignCovenant(NETWORK, GGZ, UNKNOWN_PERSON, SignatoryLevel.BOARD, systemOf(GGZ)))
                    .expectException(fieldIs("signatoryId"))
                    .expectNoEvents();
        }

        @Test
        void aSignatoryOfAnotherOrganisationIsRefused() {
            fixture.given(oggzWithMembers())
                    .when(new SignCovenant(NETWORK, GGZ, GGD_PROFESSIONAL, SignatoryLevel.BOARD, systemOf(GGZ)))
                    .expectException(NotPermitted.class)
                    .expectNoEvents();
        }

        @Test
        void aMissingLevelIsRefused() {
            fixture.given(oggzWithMembers())
                    .when(new SignCovenant(NETWORK, GGZ, null, null, signingAs(GGZ_MANAGER, GGZ)))
                    .expectException(fieldIs("level"))
                    .expectNoEvents();
        }

        @Test
        void anotherOrganisationIsNotPermittedToSignForAMember() {
            fixture.given(oggzWithMembers())
                    .when(new SignCovenant(NETWORK, GGZ, GGZ_MANAGER, SignatoryLevel.BOARD, actor(CHURCH)))
                    .expectException(NotPermitted.class)
                    .expectNoEvents();
        }

        @Test
        void leavingEndsTheCovenantSoARejoinedMemberSignsAgain() {
            fixture.given(oggzWithMembers())
                    .andGiven(new CovenantSigned(NETWORK, GGZ, GGZ_MANAGER, SignatoryLevel.BOARD, EARLIER),
                            new MemberLeft(NETWORK, GGZ, Ring.CORE, LeaveReason.CAPACITY, EARLIER),
                            invited(GGZ, Ring.CORE, false, Sector.MENTAL_HEALTH), joined(GGZ, Ring.CORE))
                    .when(new SignCovenant(NETWORK, GGZ, null, SignatoryLevel.MANAGEMENT, signingAs(GGZ_MANAGER, GGZ)))
                    .expectEvents(new CovenantSigned(NETWORK, GGZ, GGZ_MANAGER, SignatoryLevel.MANAGEMENT, NOW));
        }

        @Test
        void aMemberWithdraws() {
            fixture.given(oggzWithMembers())
                    .andGiven(new CovenantSigned(NETWORK, GGZ, GGZ_MANAGER, SignatoryLevel.BOARD, EARLIER))
                    .when(new WithdrawFromCovenant(NETWORK, GGZ, actor(GGZ)))
                    .expectEvents(new CovenantWithdrawn(NETWORK, GGZ, NOW));
        }

        @Test
        void withdrawingWithoutASignatureIsRefused() {
            fixture.given(oggzWithMembers())
                    .when(new WithdrawFromCovenant(NETWORK, GGZ, actor(GGZ)))
                    .expectException(rule("covenant-not-signed"))
                    .expectNoEvents();
        }

        @Test
        void withdrawingTwiceIsRefused() {
            fixture.given(oggzWithMembers())
                    .andGiven(new CovenantSigned(NETWORK, GGZ, GGZ_MANAGER, SignatoryLevel.BOARD, EARLIER),
                            new CovenantWithdrawn(NETWORK, GGZ, EARLIER))
                    .when(new WithdrawFromCovenant(NETWORK, GGZ, actor(GGZ)))
                    .expectException(rule("covenant-not-signed"))
                    .expectNoEvents();
        }

        @Test
        void aNonMemberCannotWithdraw() {
            fixture.given(oggzWithMembers())
                    .when(new WithdrawFromCovenant(NETWORK, HOME_CARE, actor(HOME_CARE)))
                    .expectException(rule("not-a-member"))
                    .expectNoEvents();
        }

        @Test
        void anotherOrganisationIsNotPermittedToWithdrawAMember() {
            fixture.given(oggzWithMembers())
                    .andGiven(new CovenantSigned(NETWORK, GGZ, GGZ_MANAGER, SignatoryLevel.BOARD, EARLIER))
                    .when(new WithdrawFromCovenant(NETWORK, GGZ, actor(CHURCH)))
                    .expectException(NotPermitted.class)
                    .expectNoEvents();
        }
    }

    private static Matcher<RuleViolation> rule(String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return code.equals(violation.code());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation with code ").appendValue(code);
            }
        };
    }
}
