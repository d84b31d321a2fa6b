package nl.samenspel.partnerfacts;

import static nl.samenspel.partnerfacts.PartnerEvents.T0;
import static nl.samenspel.partnerfacts.PartnerEvents.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.KindOfParty;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.contracts.Ring;
import nl.samenspel.contracts.partners.OrganisationInvitedV1;
import nl.samenspel.partnerfacts.access.AccessDecision;
import nl.samenspel.partnerfacts.access.Deployment;
import nl.samenspel.partnerfacts.access.LocalPartyAccess;
import nl.samenspel.partnerfacts.access.PartyAccess;
import nl.samenspel.partnerfacts.access.Recipient;
import nl.samenspel.partnerfacts.access.Refusal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every access rule and refusal, decided on facts the projection stored in real PostgreSQL. */
class PartyAccessTest {

    /** 1 May 2025, 00:30 in Amsterdam but still 30 April in UTC: agreement days are Dutch days. */
    private static final Instant NOW = Instant.parse("2025-04-30T22:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 1);

    private static PartnerFactsProjection projection;
    private static PartyAccess access;

    private String network;
    private String organisation;

    @BeforeAll
    static void database() {
        JdbcTemplate jdbc = PartnerEvents.database();
        projection = PartnerEvents.projection(jdbc);
        access = new LocalPartyAccess(jdbc, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @BeforeEach
    void aNetwork() {
        network = PartnerEvents.networkId();
        organisation = PartnerEvents.organisationId();
        given(PartnerEvents.networkRegistered(network));
    }

    private static void given(IntegrationEvent... events) {
        for (IntegrationEvent event : events) {
            projection.apply(envelope(event));
        }
    }

    private Optional<Refusal> organisationDecision() {
        return access.decide(new NetworkId(network), Recipient.organisation(new OrganisationId(organisation)))
                .refusal();
    }

    private Optional<Refusal> personDecision(String personId) {
        return personDecision(personId, Deployment.NONE);
    }

    private Optional<Refusal> personDecision(String personId, Deployment deployment) {
        return access.decide(new NetworkId(network), Recipient.person(PersonId.of(personId)), deployment).refusal();
    }

    /** An organisation that meets every rule for its ring. */
    private void aMemberWithCovenant(Ring ring) {
        given(PartnerEvents.joined(network, organisation, ring, T0),
                PartnerEvents.covenantSigned(network, organisation, T0.plusSeconds(1)));
    }

    // Organisations

    @Test
    void aNetworkNobodyAnnouncedDecidesNothing() {
        network = PartnerEvents.networkId();

        assertThat(organisationDecision()).contains(Refusal.UNKNOWN_NETWORK);
    }

    @Test
    void anOrganisationOutsideTheNetworkIsRefused() {
        assertThat(organisationDecision()).contains(Refusal.NOT_A_MEMBER);
    }

    @Test
    void anInvitationIsNoMembership() {
        given(new OrganisationInvitedV1(network, organisation, Ring.CORE, T0),
                PartnerEvents.covenantSigned(network, organisation, T0.plusSeconds(1)));

        assertThat(organisationDecision()).contains(Refusal.NOT_A_MEMBER);
    }

    @Test
    void aRepresentedInformalPartyIsReachableThroughItsRepresentativeButReceivesNothingItself() {
        given(PartnerEvents.organisationRegistered(organisation, KindOfParty.INFORMAL_PARTY),
                PartnerEvents.represented(network, organisation));

        assertThat(organisationDecision()).contains(Refusal.REPRESENTED_ONLY);
    }

    @Test
    void aMemberWithoutCovenantIsRefusedUnderR3() {
        given(PartnerEvents.joined(network, organisation, Ring.CORE, T0));

        assertThat(organisationDecision()).contains(Refusal.NO_COVENANT);
        assertThat(Refusal.NO_COVENANT.rule()).isEqualTo("R3");
    }

    @Test
    void aCoreMemberWithASignedCovenantIsPermitted() {
        aMemberWithCovenant(Ring.CORE);

        assertThat(organisationDecision()).isEmpty();
    }

    @Test
    void aCovenantSignedBeforeJoiningCountsOnceJoined() {
        given(PartnerEvents.covenantSigned(network, organisation, T0));
        assertThat(organisationDecision()).contains(Refusal.NOT_A_MEMBER);

        given(PartnerEvents.joined(network, organisation, Ring.CORE, T0.plusSeconds(1)));
        assertThat(organisationDecision()).isEmpty();
    }

    @Test
    void withdrawingTheCovenantClosesPersonalData() {
        aMemberWithCovenant(Ring.CORE);
        given(PartnerEvents.covenantWithdrawn(network, organisation, T0.plusSeconds(2)));

        assertThat(organisationDecision()).contains(Refusal.NO_COVENANT);
    }

    @Test
    void aFormerMemberIsRefusedAndNeedsANewSignatureAfterRejoining() {
        aMemberWithCovenant(Ring.CORE);
        given(PartnerEvents.left(network, organisation, Ring.CORE, T0.plusSeconds(2)));
        assertThat(organisationDecision()).contains(Refusal.NOT_A_MEMBER);

        given(PartnerEvents.joined(network, organisation, Ring.CORE, T0.plusSeconds(3)));
        assertThat(organisationDecision()).contains(Refusal.NO_COVENANT);

        given(PartnerEvents.covenantSigned(network, organisation, T0.plusSeconds(4)));
        assertThat(organisationDecision()).isEmpty();
    }

    @Test
    void anOuterRingMemberSeesACaseOnlyWhenDeployedOnIt() {
        aMemberWithCovenant(Ring.OUTER);
        Recipient recipient = Recipient.organisation(new OrganisationId(organisation));
        Deployment someoneElse = Deployment.of(List.of(new OrganisationId("ggz-zuiderhaven")), List.of());
        Deployment thisOrganisation = Deployment.of(List.of(new OrganisationId(organisation)), List.of());

        assertThat(organisationDecision()).contains(Refusal.OUTER_RING_NOT_DEPLOYED);
        assertThat(access.decide(new NetworkId(network), recipient, someoneElse).refusal())
                .contains(Refusal.OUTER_RING_NOT_DEPLOYED);
        assertThat(access.decide(new NetworkId(network), recipient, thisOrganisation).isPermitted()).isTrue();
        assertThat(Refusal.OUTER_RING_NOT_DEPLOYED.rule()).isEqualTo("R4");
    }

    @Test
    void deploymentDoesNotReplaceTheCovenant() {
        given(PartnerEvents.joined(network, organisation, Ring.OUTER, T0));

        AccessDecision decision = access.decide(new NetworkId(network),
                Recipient.organisation(new OrganisationId(organisation)),
                Deployment.of(List.of(new OrganisationId(organisation)), List.of()));

        assertThat(decision.refusal()).contains(Refusal.NO_COVENANT);
    }

    @Test
    void movingIntoTheCoreOpensCasesWithoutDeployment() {
        aMemberWithCovenant(Ring.OUTER);
        given(PartnerEvents.moved(network, organisation, Ring.OUTER, Ring.CORE, T0.plusSeconds(2)));

        assertThat(organisationDecision()).isEmpty();
    }

    // People

    @Test
    void anUnknownPersonIsRefused() {
        aMemberWithCovenant(Ring.CORE);

        assertThat(personDecision(PartnerEvents.personId())).contains(Refusal.UNKNOWN_PERSON);
    }

    @Test
    void aPersonInANetworkNobodyAnnouncedIsRefusedForTheNetwork() {
        String professional = PartnerEvents.personId();
        given(PartnerEvents.person(professional, PersonKind.PROFESSIONAL, organisation));
        network = PartnerEvents.networkId();

        assertThat(personDecision(professional)).contains(Refusal.UNKNOWN_NETWORK);
    }

    @Test
    void aProfessionalReliesOnTheirOrganisationsCovenant() {
        String professional = PartnerEvents.personId();
        given(PartnerEvents.person(professional, PersonKind.PROFESSIONAL, organisation),
                PartnerEvents.joined(network, organisation, Ring.CORE, T0));
        assertThat(personDecision(professional)).contains(Refusal.NO_COVENANT);

        given(PartnerEvents.covenantSigned(network, organisation, T0.plusSeconds(1)));
        assertThat(personDecision(professional)).isEmpty();
    }

    @Test
    void aProfessionalOfAnOrganisationOutsideTheNetworkIsRefused() {
        String professional = PartnerEvents.personId();
        given(PartnerEvents.person(professional, PersonKind.PROFESSIONAL, organisation));

        assertThat(personDecision(professional)).contains(Refusal.NOT_A_MEMBER);
    }

    @Test
    void aFamilyCarerWithoutOrganisationHasNoCovenantToRelyOn() {
        String carer = PartnerEvents.personId();
        given(PartnerEvents.person(carer, PersonKind.FAMILY_CARER, null), PartnerEvents.undertaking(carer, network));

        assertThat(personDecision(carer)).contains(Refusal.NO_ORGANISATION);
    }

    @Test
    void anInformalHelperAlsoNeedsTheirOwnUndertakingForThisNetwork() {
        String volunteer = aVolunteerWithAnAgreement(TODAY.minusMonths(1), TODAY.plusMonths(6));
        aMemberWithCovenant(Ring.CORE);
        String otherNetwork = PartnerEvents.networkId();
        given(PartnerEvents.undertaking(volunteer, otherNetwork));
        assertThat(personDecision(volunteer)).contains(Refusal.NO_UNDERTAKING);

        given(PartnerEvents.undertaking(volunteer, network));
        assertThat(personDecision(volunteer)).isEmpty();
    }

    @Test
    void anInformalHelperWithAnUndertakingIsStillRefusedWhileTheirOrganisationHasNoCovenant() {
        String volunteer = aVolunteerWithAnAgreement(TODAY.minusMonths(1), TODAY.plusMonths(6));
        given(PartnerEvents.undertaking(volunteer, network),
                PartnerEvents.joined(network, organisation, Ring.CORE, T0));

        assertThat(personDecision(volunteer)).contains(Refusal.NO_COVENANT);
    }

    @Test
    void everyKindOfInformalHelperNeedsAnUndertaking() {
        aMemberWithCovenant(Ring.CORE);
        for (PersonKind kind : List.of(PersonKind.VOLUNTEER, PersonKind.BUDDY, PersonKind.PEER_EXPERT,
                PersonKind.KEY_RESIDENT)) {
            String helper = PartnerEvents.personId();
            given(PartnerEvents.person(helper, kind, organisation), PartnerEvents.agreement(
                    UUID.randomUUID().toString(), helper, organisation, TODAY, TODAY));

            assertThat(personDecision(helper)).as(kind.name()).contains(Refusal.NO_UNDERTAKING);
        }
    }

    @Test
    void anInformalHelperActsOnlyWhileAVolunteerAgreementWithTheirOrganisationIsInForce() {
        aMemberWithCovenant(Ring.CORE);
        String withoutAgreement = PartnerEvents.personId();
        given(PartnerEvents.person(withoutAgreement, PersonKind.BUDDY, organisation),
                PartnerEvents.undertaking(withoutAgreement, network));
        String notYetStarted = aVolunteerWithAnAgreement(TODAY.plusDays(1), TODAY.plusMonths(6));
        String expired = aVolunteerWithAnAgreement(TODAY.minusMonths(6), TODAY.minusDays(1));
        String lastDay = aVolunteerWithAnAgreement(TODAY.minusMonths(6), TODAY);
        String withAnotherOrganisation = PartnerEvents.personId();
        given(PartnerEvents.person(withAnotherOrganisation, PersonKind.VOLUNTEER, organisation),
                PartnerEvents.agreement(UUID.randomUUID().toString(), withAnotherOrganisation,
                        PartnerEvents.organisationId(), TODAY.minusMonths(1), TODAY.plusMonths(1)));
        for (String helper : List.of(notYetStarted, expired, lastDay, withAnotherOrganisation)) {
            given(PartnerEvents.undertaking(helper, network));
        }

        assertThat(personDecision(withoutAgreement)).contains(Refusal.AGREEMENT_NOT_ACTIVE);
        assertThat(personDecision(notYetStarted)).contains(Refusal.AGREEMENT_NOT_ACTIVE);
        assertThat(personDecision(expired)).contains(Refusal.AGREEMENT_NOT_ACTIVE);
        assertThat(personDecision(withAnotherOrganisation)).contains(Refusal.AGREEMENT_NOT_ACTIVE);
        assertThat(personDecision(lastDay)).isEmpty();
    }

    @Test
    void anAgreementEndedEarlyStopsAccessAfterItsLastDay() {
        aMemberWithCovenant(Ring.CORE);
        String volunteer = PartnerEvents.personId();
        String agreementId = UUID.randomUUID().toString();
        given(PartnerEvents.person(volunteer, PersonKind.VOLUNTEER, organisation),
                PartnerEvents.undertaking(volunteer, network),
                PartnerEvents.agreement(agreementId, volunteer, organisation, TODAY.minusMonths(2), TODAY.plusMonths(6)),
                PartnerEvents.agreementEnded(agreementId, volunteer, organisation, TODAY));
        assertThat(personDecision(volunteer)).isEmpty();

        given(PartnerEvents.agreementEnded(agreementId, volunteer, organisation, TODAY.minusDays(1)));
        assertThat(personDecision(volunteer)).contains(Refusal.AGREEMENT_NOT_ACTIVE);
    }

    @Test
    void aVolunteerOfAnOuterRingOrganisationSeesACaseOnlyWhenThemselvesOrTheirOrganisationIsDeployed() {
        aMemberWithCovenant(Ring.OUTER);
        String volunteer = aVolunteerWithAnAgreement(TODAY.minusMonths(1), TODAY.plusMonths(1));
        given(PartnerEvents.undertaking(volunteer, network));

        assertThat(personDecision(volunteer)).contains(Refusal.OUTER_RING_NOT_DEPLOYED);
        assertThat(personDecision(volunteer, Deployment.of(List.of(), List.of(PersonId.of(volunteer))))).isEmpty();
        assertThat(personDecision(volunteer, Deployment.of(List.of(new OrganisationId(organisation)), List.of())))
                .isEmpty();
        assertThat(personDecision(volunteer, Deployment.of(List.of(), List.of(PersonId.random()))))
                .contains(Refusal.OUTER_RING_NOT_DEPLOYED);
    }

    private String aVolunteerWithAnAgreement(LocalDate startsOn, LocalDate endsOn) {
        String volunteer = PartnerEvents.personId();
        given(PartnerEvents.person(volunteer, PersonKind.VOLUNTEER, organisation),
                PartnerEvents.agreement(UUID.randomUUID().toString(), volunteer, organisation, startsOn, endsOn));
        return volunteer;
    }
}
