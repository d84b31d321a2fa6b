package nl.samenspel.partners.people;

import static nl.samenspel.testsupport.DomainMatchers.codeIs;
import static nl.samenspel.testsupport.DomainMatchers.fieldIs;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.OrganisationType;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.contracts.Sector;
import nl.samenspel.partners.PartnerRules;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.domain.NotPermitted;
import nl.samenspel.shared.domain.RuleViolation;
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

    private AggregateTestFixture<Person> fixture;
    private FixedParties parties;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Person.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        parties = new FixedParties()
                .organisation(VOLUNTEERS, OrganisationType.VOLUNTEERS_WITH_PROFESSIONAL_SUPPORT,
                        Sector.VOLUNTEER_ORGANISATION)
                .organisation(ONLY_VOLUNTEERS, OrganisationType.VOLUNTEERS_ONLY, Sector.CITIZENS_INITIATIVE)
                .organisation(SELF_HELP, OrganisationType.VOLUNTEERS_ONLY, Sector.SELF_HELP)
                .network(NETWORK, OrganisationId.of("welzijn-noord"));
        fixture.registerInjectableResource(parties);
    }

    private static RegisterPerson register(PersonKind kind, OrganisationId organisation) {
        return new RegisterPerson(PERSON, kind, organisation, "Anna de Vries", "anna@example.nl", "+31 6 12345678",
                ACCOUNT);
    }

    private static PersonRegistered registered(PersonKind kind, OrganisationId organisation) {
        return new PersonRegistered(PERSON, kind, organisation, "Anna de Vries", "anna@example.nl", "+31 6 12345678",
                ACCOUNT, REGISTERED);
    }

    private static Requester self() {
        return new Requester(ACCOUNT, Optional.empty(), false);
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
                .when(new RegisterPerson(PERSON, PersonKind.FAMILY_CARER, null, "Anna de Vries", null, null, null))
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
        refuses(new RegisterPerson(PERSON, PersonKind.VOLUNTEER, VOLUNTEERS, name, null, null, null), "name");
    }

    @Test
    void refusesANameLongerThanAllowed() {
        refuses(new RegisterPerson(PERSON, PersonKind.VOLUNTEER, VOLUNTEERS,
                "a".repeat(PartnerRules.MAX_NAME_LENGTH + 1), null, null, null), "name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "anna@example", "anna @example.nl", "anna@example.nl\n"})
    void refusesSomethingThatIsNotAnEmailAddress(String email) {
        refuses(new RegisterPerson(PERSON, PersonKind.VOLUNTEER, VOLUNTEERS, "Anna", email, null, null), "email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"06", "call me", "+31 6 1234 5678 90123"})
    void refusesSomethingThatIsNotAPhoneNumberOrLongerThanTwentyCharacters(String phone) {
        refuses(new RegisterPerson(PERSON, PersonKind.VOLUNTEER, VOLUNTEERS, "Anna", null, phone, null), "phone");
    }

    @Test
    void acceptsAPhoneNumberOfTwentyCharacters() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(PERSON, PersonKind.VOLUNTEER, VOLUNTEERS, "Anna", null,
                        "+31 6 1234 5678 9012", null))
                .expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "anna de vries", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "anna@sso"})
    void refusesSomethingThatIsNotAnAccountId(String account) {
        refuses(new RegisterPerson(PERSON, PersonKind.VOLUNTEER, VOLUNTEERS, "Anna", null, null, account),
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
                        new Requester("someone-else", Optional.of(VOLUNTEERS), false)))
                .expectEvents(new ConfidentialityUndertakingSigned(PERSON, NETWORK, NOW));
    }

    @Test
    void aCoordinatorRecordsTheUndertakingOfAFamilyCarerWithoutOrganisation() {
        fixture.given(registered(PersonKind.FAMILY_CARER, null))
                .when(new SignConfidentialityUndertaking(PERSON, NETWORK,
                        new Requester("coordinator", Optional.empty(), true)))
                .expectEvents(new ConfidentialityUndertakingSigned(PERSON, NETWORK, NOW));
    }

    @Test
    void anotherOrganisationMayNotRecordTheUndertaking() {
        fixture.given(registered(PersonKind.VOLUNTEER, VOLUNTEERS))
                .when(new SignConfidentialityUndertaking(PERSON, NETWORK,
                        new Requester("someone-else", Optional.of(ONLY_VOLUNTEERS), false)))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void noOrganisationRecordsTheUndertakingOfAFamilyCarerWithoutOne() {
        fixture.given(registered(PersonKind.FAMILY_CARER, null))
                .when(new SignConfidentialityUndertaking(PERSON, NETWORK,
                        new Requester("someone-else", Optional.of(VOLUNTEERS), false)))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void aPersonWithoutAccountIsNotMatchedByAnyToken() {
        fixture.given(new PersonRegistered(PERSON, PersonKind.VOLUNTEER, VOLUNTEERS, "Anna", null, null, null,
                        REGISTERED))
                .when(new SignConfidentialityUndertaking(PERSON, NETWORK, new Requester(ACCOUNT, Optional.empty(),
                        false)))
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
                .when(new LinkPersonAccount(PERSON, ACCOUNT, new Requester("coach", Optional.of(VOLUNTEERS), false)))
                .expectEvents(new PersonAccountLinked(PERSON, ACCOUNT, NOW));
    }

    @Test
    void aCoordinatorReplacesTheLinkedLoginAndTheNewOneIsThePersonFromThen() {
        fixture.given(registered(PersonKind.VOLUNTEER, VOLUNTEERS), new PersonAccountLinked(PERSON, ACCOUNT, REGISTERED),
                        new PersonAccountLinked(PERSON, "account-anna-nieuw", REGISTERED))
                .when(new SignConfidentialityUndertaking(PERSON, NETWORK,
                        new Requester("account-anna-nieuw", Optional.empty(), false)))
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
                .when(new LinkPersonAccount(PERSON, ACCOUNT, new Requester("coordinator", Optional.empty(), true)))
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
                        new Requester("someone-else", Optional.of(ONLY_VOLUNTEERS), false)))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "anna de vries", "anna@sso"})
    void refusesLinkingSomethingThatIsNotAnAccountId(String account) {
        fixture.given(registered(PersonKind.VOLUNTEER, VOLUNTEERS))
                .when(new LinkPersonAccount(PERSON, account, new Requester("coordinator", Optional.empty(), true)))
                .expectException(fieldIs("accountId"))
                .expectNoEvents();
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
