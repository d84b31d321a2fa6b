package nl.samenspel.partners.people;

import static nl.samenspel.testsupport.DomainMatchers.codeIs;
import static nl.samenspel.testsupport.DomainMatchers.fieldIs;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.OrganisationType;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.contracts.Sector;
import nl.samenspel.partners.PartnerRules;
import nl.samenspel.partners.access.PartnerPermissions;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.domain.NotPermitted;
import nl.samenspel.shared.domain.RuleViolation;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.shared.security.Roles;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonTest {

    private static final Instant REGISTERED = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-24T09:15:00Z");
    private static final PersonId PERSON = PersonId.of("6f1c2a8e-0b1d-4c3e-9f2a-1b2c3d4e5f60");
    private static final OrganisationId VOLUNTEERS = OrganisationId.of("vrijwilligers-zuiderhaven");
    private static final OrganisationId ONLY_VOLUNTEERS = OrganisationId.of("buurtkracht-noord");
    private static final OrganisationId SELF_HELP = OrganisationId.of("anonieme-alcoholisten");
    private static final OrganisationId UNKNOWN = OrganisationId.of("nergens-bekend");
    private static final NetworkId NETWORK = NetworkId.of("wijknetwerk-noord");
    private static final String ACCOUNT = "account-anna";
    private static final OrganisationId NETWORK_COORDINATOR = OrganisationId.of("welzijn-noord");
    /** The volunteer organisation's own system: its volunteer administration. */
    private static final Actor SYSTEM = new Actor("vrijwilligers-system", Optional.of(VOLUNTEERS),
            Set.of(Roles.PARTNER_SYSTEM));
    /** A professional of the volunteer organisation, say a coach. */
    private static final Actor PROFESSIONAL = new Actor("coach", Optional.of(VOLUNTEERS), Set.of(Roles.PROFESSIONAL));
    /** The coordinator of the network, of another organisation than the volunteer's. */
    private static final Actor COORDINATOR = new Actor("coordinator", Optional.of(NETWORK_COORDINATOR),
            Set.of(Roles.NETWORK_COORDINATOR));
    private static final Actor OPERATOR = new Actor("operator", Optional.empty(), Set.of(Roles.PLATFORM_OPERATOR));
    private static final Actor OTHER_ORGANISATION = new Actor("someone-else", Optional.of(ONLY_VOLUNTEERS),
            Set.of(Roles.PROFESSIONAL));

    private AggregateTestFixture<Person> fixture;
    private FixedParties parties;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Person.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new PartnerPermissions(coordinating -> Set.of()));
        parties = new FixedParties()
                .organisation(VOLUNTEERS, OrganisationType.VOLUNTEERS_WITH_PROFESSIONAL_SUPPORT,
                        Sector.VOLUNTEER_ORGANISATION)
                .organisation(ONLY_VOLUNTEERS, OrganisationType.VOLUNTEERS_ONLY, Sector.CITIZENS_INITIATIVE)
                .organisation(SELF_HELP, OrganisationType.VOLUNTEERS_ONLY, Sector.SELF_HELP)
                .network(NETWORK, NETWORK_COORDINATOR);
        fixture.registerInjectableResource(parties);
    }

    /** Registered with a login by the platform operator, who may register anyone: the rules of the person itself. */
    private static RegisterPerson register(PersonKind kind, OrganisationId organisation) {
        return register(kind, organisation, ACCOUNT, OPERATOR);
    }

    private static RegisterPerson register(PersonKind kind, OrganisationId organisation, String account, Actor actor) {
        return new RegisterPerson(PERSON, kind, organisation, "Anna de Vries", "anna@example.nl", "+31 6 12345678",
                account, actor);
    }

    private static PersonRegistered registered(PersonKind kind, OrganisationId organisation) {
        return new PersonRegistered(PERSON, kind, organisation, "Anna de Vries", "anna@example.nl", "+31 6 12345678",
                ACCOUNT, REGISTERED);
    }

    private static Actor self() {
        return signedInAs(ACCOUNT);
    }

    private static Actor signedInAs(String account) {
        return new Actor(account, Optional.empty(), Set.of(Roles.VOLUNTEER));
    }

    @Test
    void registersAVolunteerOfAnOrganisationAtTheClocksInstant() {
        fixture.givenNoPriorActivity()
                .when(register(PersonKind.VOLUNTEER, VOLUNTEERS))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PersonRegistered(PERSON, PersonKind.VOLUNTEER, VOLUNTEERS, "Anna de Vries",
                        "anna@example.nl", "+31 6 12345678", ACCOUNT, NOW),
                        new PersonAccountLinked(PERSON, ACCOUNT, NOW));
    }

    @Test
    void registersAFamilyCarerWithoutOrganisationOrContactDetails() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(PERSON, PersonKind.FAMILY_CARER, null, "Anna de Vries", null, null, null, PROFESSIONAL))
                .expectEvents(new PersonRegistered(PERSON, PersonKind.FAMILY_CARER, null, "Anna de Vries", null, null,
                        null, NOW));
    }

    /** The platform operator, who vouches for people no organisation has, registers a family carer too. */
    @Test
    void thePlatformOperatorRegistersAFamilyCarerWithoutOrganisation() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(PERSON, PersonKind.FAMILY_CARER, null, "Anna de Vries", null, null, null, OPERATOR))
                .expectEvents(new PersonRegistered(PERSON, PersonKind.FAMILY_CARER, null, "Anna de Vries", null, null,
                        null, NOW));
    }

    @Test
    void registersAProfessionalOfAnOrganisationWithProfessionalSupport() {
        fixture.givenNoPriorActivity()
                .when(register(PersonKind.PROFESSIONAL, VOLUNTEERS))
                .expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest
    @EnumSource(value = PersonKind.class, names = "FAMILY_CARER", mode = EnumSource.Mode.EXCLUDE)
    void refusesAnyoneButAFamilyCarerWithoutOrganisation(PersonKind kind) {
        refuses(register(kind, null), "organisationId");
    }

    @Test
    void refusesAnUnknownOrganisation() {
        refuses(register(PersonKind.VOLUNTEER, UNKNOWN), "organisationId");
    }

    @ParameterizedTest
    @EnumSource(PersonKind.class)
    void refusesEveryoneForASelfHelpGroupWhichKeepsNoMembers(PersonKind kind) {
        violates(register(kind, SELF_HELP), "self-help-group-has-no-members");
    }

    @Test
    void refusesAProfessionalInAnOrganisationRunByVolunteersOnly() {
        violates(register(PersonKind.PROFESSIONAL, ONLY_VOLUNTEERS), "no-professionals-in-volunteer-organisation");
    }

    @Test
    void acceptsAVolunteerInAnOrganisationRunByVolunteersOnly() {
        fixture.givenNoPriorActivity()
                .when(register(PersonKind.VOLUNTEER, ONLY_VOLUNTEERS))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAMissingKind() {
        refuses(register(null, VOLUNTEERS), "kind");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "Anna\nde Vries", "Anna\u0000"})
    void refusesABlankNameOrOneWithControlCharacters(String name) {
        refuses(new RegisterPerson(PERSON, PersonKind.VOLUNTEER, VOLUNTEERS, name, null, null, null, OPERATOR),
                "name");
    }

    @Test
    void refusesANameLongerThanAllowed() {
        refuses(new RegisterPerson(PERSON, PersonKind.VOLUNTEER, VOLUNTEERS,
                "a".repeat(PartnerRules.MAX_NAME_LENGTH + 1), null, null, null, OPERATOR), "name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "anna@example", "anna @example.nl", "anna@example.nl\n"})
    void refusesSomethingThatIsNotAnEmailAddress(String email) {
        refuses(new RegisterPerson(PERSON, PersonKind.VOLUNTEER, VOLUNTEERS, "Anna", email, null, null, OPERATOR), "email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"06", "call me", "+31 6 1234 5678 90123"})
    void refusesSomethingThatIsNotAPhoneNumberOrLongerThanTwentyCharacters(String phone) {
        refuses(new RegisterPerson(PERSON, PersonKind.VOLUNTEER, VOLUNTEERS, "Anna", null, phone, null, OPERATOR), "phone");
    }

    @Test
    void acceptsAPhoneNumberOfTwentyCharacters() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(PERSON, PersonKind.VOLUNTEER, VOLUNTEERS, "Anna", null,
                        "+31 6 1234 5678 9012", null, PROFESSIONAL))
                .expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "anna de vries", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "anna@sso"})
    void refusesSomethingThatIsNotAnAccountId(String account) {
        refuses(new RegisterPerson(PERSON, PersonKind.VOLUNTEER, VOLUNTEERS, "Anna", null, null, account, OPERATOR),
                "accountId");
    }

    @Test
    void theHelperThemselfSignsAnUndertakingForANetwork() {
        fixture.given(registered(PersonKind.VOLUNTEER, VOLUNTEERS))
                .when(new SignConfidentialityUndertaking(PERSON, NETWORK, self()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ConfidentialityUndertakingSigned(PERSON, NETWORK, NOW));
    }

    @Test
    void theHelpersOrganisationRecordsTheUndertaking() {
        fixture.given(registered(PersonKind.BUDDY, VOLUNTEERS))
                .when(new SignConfidentialityUndertaking(PERSON, NETWORK,
                        PROFESSIONAL))
                .expectEvents(new ConfidentialityUndertakingSigned(PERSON, NETWORK, NOW));
    }

    @Test
    void aCoordinatorRecordsTheUndertakingOfAFamilyCarerWithoutOrganisation() {
        fixture.given(registered(PersonKind.FAMILY_CARER, null))
                .when(new SignConfidentialityUndertaking(PERSON, NETWORK,
                        COORDINATOR))
                .expectEvents(new ConfidentialityUndertakingSigned(PERSON, NETWORK, NOW));
    }

    @Test
    void anotherOrganisationMayNotRecordTheUndertaking() {
        fixture.given(registered(PersonKind.VOLUNTEER, VOLUNTEERS))
                .when(new SignConfidentialityUndertaking(PERSON, NETWORK,
                        OTHER_ORGANISATION))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void noOrganisationRecordsTheUndertakingOfAFamilyCarerWithoutOne() {
        fixture.given(registered(PersonKind.FAMILY_CARER, null))
                .when(new SignConfidentialityUndertaking(PERSON, NETWORK,
                        PROFESSIONAL))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void aPersonWithoutAccountIsNotMatchedByAnyToken() {
        fixture.given(new PersonRegistered(PERSON, PersonKind.VOLUNTEER, VOLUNTEERS, "Anna", null, null, null,
                        REGISTERED))
                .when(new SignConfidentialityUndertaking(PERSON, NETWORK, self()))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnUndertakingFromAProfessional() {
        fixture.given(registered(PersonKind.PROFESSIONAL, VOLUNTEERS))
                .when(new SignConfidentialityUndertaking(PERSON, NETWORK, self()))
                .expectException(RuleViolation.class)
                .expectException(codeIs("undertaking-is-for-informal-helpers"))
                .expectNoEvents();
    }

    @Test
    void refusesAnUndertakingForAnUnknownNetwork() {
        fixture.given(registered(PersonKind.VOLUNTEER, VOLUNTEERS))
                .when(new SignConfidentialityUndertaking(PERSON, NetworkId.of("onbekend-netwerk"), self()))
                .expectException(fieldIs("networkId"))
                .expectNoEvents();
    }

    @Test
    void refusesSigningTwiceForTheSameNetwork() {
        fixture.given(registered(PersonKind.VOLUNTEER, VOLUNTEERS),
                        new ConfidentialityUndertakingSigned(PERSON, NETWORK, REGISTERED))
                .when(new SignConfidentialityUndertaking(PERSON, NETWORK, self()))
                .expectException(RuleViolation.class)
                .expectException(codeIs("undertaking-already-signed"))
                .expectNoEvents();
    }

    @Test
    void signsForASecondNetworkAfterTheFirst() {
        NetworkId oggz = NetworkId.of("oggz-zuiderhaven");
        parties.network(oggz, OrganisationId.of("ggd-zuiderhaven"));
        fixture.given(registered(PersonKind.VOLUNTEER, VOLUNTEERS),
                        new ConfidentialityUndertakingSigned(PERSON, NETWORK, REGISTERED))
                .when(new SignConfidentialityUndertaking(PERSON, oggz, self()))
                .expectEvents(new ConfidentialityUndertakingSigned(PERSON, oggz, NOW));
    }

    @Test
    void thePersonsOrganisationLinksALoginLater() {
        fixture.given(new PersonRegistered(PERSON, PersonKind.VOLUNTEER, VOLUNTEERS, "Anna", null, null, null,
                        REGISTERED))
                .when(new LinkPersonAccount(PERSON, ACCOUNT, SYSTEM))
                .expectEvents(new PersonAccountLinked(PERSON, ACCOUNT, NOW));
    }

    @Test
    void aCoordinatorReplacesTheLinkedLoginAndTheNewOneIsThePersonFromThen() {
        fixture.given(registered(PersonKind.VOLUNTEER, VOLUNTEERS), new PersonAccountLinked(PERSON, ACCOUNT, REGISTERED),
                        new PersonAccountLinked(PERSON, "account-anna-nieuw", REGISTERED))
                .when(new SignConfidentialityUndertaking(PERSON, NETWORK,
                        signedInAs("account-anna-nieuw")))
                .expectEvents(new ConfidentialityUndertakingSigned(PERSON, NETWORK, NOW));
    }

    @Test
    void theOldLoginIsNoLongerThePersonAfterANewLink() {
        fixture.given(registered(PersonKind.VOLUNTEER, VOLUNTEERS), new PersonAccountLinked(PERSON, ACCOUNT, REGISTERED),
                        new PersonAccountLinked(PERSON, "account-anna-nieuw", REGISTERED))
                .when(new SignConfidentialityUndertaking(PERSON, NETWORK, self()))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void linkingTheSameLoginAgainChangesNothing() {
        fixture.given(registered(PersonKind.VOLUNTEER, VOLUNTEERS), new PersonAccountLinked(PERSON, ACCOUNT, REGISTERED))
                .when(new LinkPersonAccount(PERSON, ACCOUNT, SYSTEM))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aPersonCannotLinkALoginThemself() {
        fixture.given(registered(PersonKind.VOLUNTEER, VOLUNTEERS), new PersonAccountLinked(PERSON, ACCOUNT, REGISTERED))
                .when(new LinkPersonAccount(PERSON, "account-van-iemand-anders", self()))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void anotherOrganisationCannotLinkALogin() {
        fixture.given(registered(PersonKind.VOLUNTEER, VOLUNTEERS))
                .when(new LinkPersonAccount(PERSON, "account-x",
                        OTHER_ORGANISATION))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "anna de vries", "anna@sso"})
    void refusesLinkingSomethingThatIsNotAnAccountId(String account) {
        fixture.given(registered(PersonKind.VOLUNTEER, VOLUNTEERS))
                .when(new LinkPersonAccount(PERSON, account, SYSTEM))
                .expectException(fieldIs("accountId"))
                .expectNoEvents();
    }

    @Test
    void aProfessionalRegistersAVolunteerOfTheirOrganisationWithoutALogin() {
        fixture.givenNoPriorActivity()
                .when(register(PersonKind.VOLUNTEER, VOLUNTEERS, null, PROFESSIONAL))
                .expectEvents(new PersonRegistered(PERSON, PersonKind.VOLUNTEER, VOLUNTEERS, "Anna de Vries",
                        "anna@example.nl", "+31 6 12345678", null, NOW));
    }

    /** B7: registering a volunteer as a professional skipped the undertaking rule (R3). */
    @Test
    void aProfessionalMayNotDeclareSomeoneAProfessional() {
        fixture.givenNoPriorActivity()
                .when(register(PersonKind.PROFESSIONAL, VOLUNTEERS, null, PROFESSIONAL))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void aProfessionalMayNotRegisterAnyoneWithALogin() {
        fixture.givenNoPriorActivity()
                .when(register(PersonKind.VOLUNTEER, VOLUNTEERS, ACCOUNT, PROFESSIONAL))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void theOrganisationsOwnSystemRegistersAProfessionalWithALogin() {
        fixture.givenNoPriorActivity()
                .when(register(PersonKind.PROFESSIONAL, VOLUNTEERS, ACCOUNT, SYSTEM))
                .expectEvents(registeredAt(PersonKind.PROFESSIONAL, NOW), new PersonAccountLinked(PERSON, ACCOUNT, NOW));
    }

    @Test
    void aCoordinatorRegistersAProfessionalOfTheirOwnOrganisation() {
        parties.organisation(NETWORK_COORDINATOR, OrganisationType.PROFESSIONALS_ONLY, Sector.SOCIAL_WORK);
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(PERSON, PersonKind.PROFESSIONAL, NETWORK_COORDINATOR, "Wim Zwart", null, null,
                        ACCOUNT, COORDINATOR))
                .expectSuccessfulHandlerExecution();
    }

    /** B7: a network coordinator was an administrator of every organisation's people. */
    @ParameterizedTest
    @EnumSource(PersonKind.class)
    void aNetworkCoordinatorRegistersNobodyOfAnotherOrganisation(PersonKind kind) {
        fixture.givenNoPriorActivity()
                .when(register(kind, VOLUNTEERS, null, COORDINATOR))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void anotherOrganisationRegistersNobodyOfThisOne() {
        fixture.givenNoPriorActivity()
                .when(register(PersonKind.VOLUNTEER, VOLUNTEERS, null, OTHER_ORGANISATION))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    /** B7: any professional of the organisation could re-point a volunteer's login. */
    @Test
    void aProfessionalOfTheOrganisationMayNotLinkALogin() {
        fixture.given(new PersonRegistered(PERSON, PersonKind.VOLUNTEER, VOLUNTEERS, "Anna", null, null, null,
                        REGISTERED))
                .when(new LinkPersonAccount(PERSON, ACCOUNT, PROFESSIONAL))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void aNetworkCoordinatorMayNotLinkTheLoginOfAnotherOrganisationsPerson() {
        fixture.given(new PersonRegistered(PERSON, PersonKind.VOLUNTEER, VOLUNTEERS, "Anna", null, null, null,
                        REGISTERED))
                .when(new LinkPersonAccount(PERSON, ACCOUNT, COORDINATOR))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    /** B7: another login inherited a volunteer's tasks by re-pointing their record. */
    @Test
    void aLinkedPersonIsNotRePointedToAnotherLoginNotEvenByTheirOrganisation() {
        fixture.given(registered(PersonKind.VOLUNTEER, VOLUNTEERS), new PersonAccountLinked(PERSON, ACCOUNT, REGISTERED))
                .when(new LinkPersonAccount(PERSON, "account-van-iemand-anders", SYSTEM))
                .expectException(RuleViolation.class)
                .expectException(codeIs("person-already-linked"))
                .expectNoEvents();
    }

    @Test
    void thePlatformOperatorLinksALogin() {
        fixture.given(new PersonRegistered(PERSON, PersonKind.VOLUNTEER, VOLUNTEERS, "Anna", null, null, null,
                        REGISTERED))
                .when(new LinkPersonAccount(PERSON, ACCOUNT, OPERATOR))
                .expectEvents(new PersonAccountLinked(PERSON, ACCOUNT, NOW));
    }

    @Test
    void theCoordinatorOfAnotherNetworkMayNotRecordTheUndertaking() {
        NetworkId oggz = NetworkId.of("oggz-zuiderhaven");
        parties.network(oggz, OrganisationId.of("ggd-zuiderhaven"));
        fixture.given(registered(PersonKind.VOLUNTEER, VOLUNTEERS))
                .when(new SignConfidentialityUndertaking(PERSON, oggz, COORDINATOR))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    private static PersonRegistered registeredAt(PersonKind kind, Instant at) {
        return new PersonRegistered(PERSON, kind, VOLUNTEERS, "Anna de Vries", "anna@example.nl", "+31 6 12345678",
                ACCOUNT, at);
    }

    private void refuses(RegisterPerson command, String field) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(InvalidField.class)
                .expectException(fieldIs(field))
                .expectNoEvents();
    }

    private void violates(RegisterPerson command, String code) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(RuleViolation.class)
                .expectException(codeIs(code))
                .expectNoEvents();
    }
}
