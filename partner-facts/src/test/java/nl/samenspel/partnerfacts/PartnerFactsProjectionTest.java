package nl.samenspel.partnerfacts;

import static nl.samenspel.partnerfacts.PartnerEvents.T0;
import static nl.samenspel.partnerfacts.PartnerEvents.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.samenspel.contracts.KindOfParty;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.OverloadSource;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.contracts.Ring;
import nl.samenspel.contracts.partners.CoachAssignedV1;
import nl.samenspel.contracts.partners.InformalRepresentativeAppointedV1;
import nl.samenspel.contracts.partners.OrganisationInvitedV1;
import nl.samenspel.contracts.partners.PersonAccountLinkedV1;
import nl.samenspel.contracts.partners.ServiceAreaChangedV1;
import nl.samenspel.contracts.VolunteerTask;
import nl.samenspel.contracts.partners.VolunteerOverloadClearedV1;
import nl.samenspel.contracts.partners.VolunteerOverloadFlaggedV1;
import nl.samenspel.contracts.partners.VolunteerTrainingRecordedV1;
import nl.samenspel.shared.messaging.IntegrationEventEnvelope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Partner events in, rows out, on real PostgreSQL migrated by the library's own Flyway scripts. */
class PartnerFactsProjectionTest {

    private static JdbcTemplate jdbc;
    private static PartnerFactsProjection projection;
    private static PartnerNetworks networks;

    @BeforeAll
    static void database() {
        jdbc = PartnerEvents.database();
        projection = PartnerEvents.projection(jdbc);
        networks = new PartnerNetworks(jdbc);
    }

    private static Map<String, Object> membership(String networkId, String organisationId) {
        return jdbc.queryForMap("select * from partner_membership where network_id = ? and organisation_id = ?",
                networkId, organisationId);
    }

    private static Map<String, Object> covenant(String networkId, String organisationId) {
        return jdbc.queryForMap("select * from partner_covenant where network_id = ? and organisation_id = ?",
                networkId, organisationId);
    }

    @Test
    void aRegisteredNetworkIsKnownWithItsLatestConfiguration() {
        String networkId = PartnerEvents.networkId();
        projection.apply(envelope(PartnerEvents.networkRegistered(networkId)));
        projection.apply(envelope(PartnerEvents.configured(networkId, false, T0)));
        projection.apply(envelope(PartnerEvents.configured(networkId, true, T0.plusSeconds(60))));

        PartnerNetworks.Network network = networks.find(new NetworkId(networkId)).orElseThrow();
        assertThat(network.type()).isEqualTo(NetworkType.OGGZ);
        assertThat(network.municipalityCode()).isEqualTo("GM9901");
        assertThat(network.coordinatorOrganisation()).contains(new OrganisationId("ggd-zuiderhaven"));
        assertThat(network.configuration()).contains(new PartnerNetworks.Configuration(
                List.of(LegalBasis.INFORMED_CONSENT, LegalBasis.HIGHER_INTEREST_OVERRIDE), true, List.of(Ring.OUTER),
                true));
        assertThat(jdbc.queryForMap("""
                select closed_core_sectors::text, minimum_age, maximum_age, neighbourhoods::text
                from partner_network where network_id = ?""", networkId))
                .containsEntry("closed_core_sectors", "{GGD,HOUSING}").containsEntry("minimum_age", 18)
                .containsEntry("maximum_age", null).containsEntry("neighbourhoods", "{WK990101}");
    }

    @Test
    void aConfigurationArrivingBeforeItsRegistrationIsKeptButTheNetworkIsNotKnownUntilRegistered() {
        String networkId = PartnerEvents.networkId();
        projection.apply(envelope(PartnerEvents.configured(networkId, true, T0)));

        assertThat(networks.isKnown(new NetworkId(networkId))).isFalse();

        projection.apply(envelope(PartnerEvents.networkRegistered(networkId)));

        assertThat(networks.find(new NetworkId(networkId)).orElseThrow().configuration().orElseThrow()
                .informalOptionFirst()).isTrue();
    }

    @Test
    void anOlderConfigurationDoesNotReplaceANewerOne() {
        String networkId = PartnerEvents.networkId();
        projection.apply(envelope(PartnerEvents.networkRegistered(networkId)));
        projection.apply(envelope(PartnerEvents.configured(networkId, true, T0.plusSeconds(60))));
        projection.apply(envelope(PartnerEvents.configured(networkId, false, T0)));

        assertThat(networks.find(new NetworkId(networkId)).orElseThrow().configuration().orElseThrow()
                .informalOptionFirst()).isTrue();
    }

    @Test
    void anAppointedInformalRepresentativeReplacesTheEarlierOne() {
        String networkId = PartnerEvents.networkId();
        String first = PartnerEvents.personId();
        String second = PartnerEvents.personId();
        projection.apply(envelope(new InformalRepresentativeAppointedV1(networkId, first, "welzijn-noord", T0)));
        projection.apply(envelope(new InformalRepresentativeAppointedV1(networkId, second, "welzijn-zuid",
                T0.plusSeconds(1))));

        assertThat(jdbc.queryForMap("""
                select informal_representative_id::text as person, informal_representative_org as organisation
                from partner_network where network_id = ?""", networkId))
                .containsEntry("person", second).containsEntry("organisation", "welzijn-zuid");
    }

    @Test
    void anOrganisationKeepsBothFormalityAxesAndItsNewestServiceAreaWhicheverArrivesFirst() {
        String organisationId = PartnerEvents.organisationId();
        projection.apply(envelope(new ServiceAreaChangedV1(organisationId, List.of("WK990102", "WK990103"),
                T0.plusSeconds(3600))));
        projection.apply(envelope(PartnerEvents.organisationRegistered(organisationId, KindOfParty.INFORMAL_PARTY)));

        assertThat(jdbc.queryForMap("""
                select kind_of_help, kind_of_party, organisation_type, sector, neighbourhoods::text
                from partner_organisation where organisation_id = ?""", organisationId))
                .containsEntry("kind_of_help", "INFORMAL").containsEntry("kind_of_party", "INFORMAL_PARTY")
                .containsEntry("organisation_type", "VOLUNTEERS_WITH_PROFESSIONAL_SUPPORT")
                .containsEntry("sector", "VOLUNTEER_ORGANISATION")
                .containsEntry("neighbourhoods", "{WK990102,WK990103}");
    }

    @Test
    void aMemberJoinsMovesAndLeavesWithAReason() {
        String networkId = PartnerEvents.networkId();
        String organisationId = PartnerEvents.organisationId();
        projection.apply(envelope(new OrganisationInvitedV1(networkId, organisationId, Ring.OUTER, T0)));
        projection.apply(envelope(PartnerEvents.joined(networkId, organisationId, Ring.OUTER, T0.plusSeconds(1))));

        assertThat(membership(networkId, organisationId)).containsEntry("ring", "OUTER")
                .containsEntry("left_at", null);

        projection.apply(envelope(PartnerEvents.moved(networkId, organisationId, Ring.OUTER, Ring.CORE,
                T0.plusSeconds(2))));
        assertThat(membership(networkId, organisationId)).containsEntry("ring", "CORE");

        projection.apply(envelope(PartnerEvents.left(networkId, organisationId, Ring.CORE, T0.plusSeconds(3))));
        assertThat(membership(networkId, organisationId)).containsEntry("leave_reason", "FUNDING_ENDED")
                .extractingByKey("left_at").isNotNull();
        assertThat(membership(networkId, organisationId).get("invited_at")).isNotNull();
    }

    @Test
    void aCovenantIsSignedAtALevelAndEndsByWithdrawalOrByLeaving() {
        String networkId = PartnerEvents.networkId();
        String withdrawing = PartnerEvents.organisationId();
        String leaving = PartnerEvents.organisationId();
        projection.apply(envelope(PartnerEvents.joined(networkId, withdrawing, Ring.CORE, T0)));
        projection.apply(envelope(PartnerEvents.joined(networkId, leaving, Ring.CORE, T0)));
        projection.apply(envelope(PartnerEvents.covenantSigned(networkId, withdrawing, T0.plusSeconds(1))));
        projection.apply(envelope(PartnerEvents.covenantSigned(networkId, leaving, T0.plusSeconds(1))));

        assertThat(covenant(networkId, withdrawing)).containsEntry("signatory_level", "BOARD")
                .containsEntry("ended_at", null);

        projection.apply(envelope(PartnerEvents.covenantWithdrawn(networkId, withdrawing, T0.plusSeconds(2))));
        projection.apply(envelope(PartnerEvents.left(networkId, leaving, Ring.CORE, T0.plusSeconds(2))));

        assertThat(covenant(networkId, withdrawing)).containsEntry("ended_by", "WITHDRAWAL");
        assertThat(covenant(networkId, leaving)).containsEntry("ended_by", "LEAVING");
    }

    @Test
    void aStaleEventDoesNotUndoANewerOneEvenUnderAnotherId() {
        String networkId = PartnerEvents.networkId();
        String organisationId = PartnerEvents.organisationId();
        projection.apply(envelope(PartnerEvents.joined(networkId, organisationId, Ring.CORE, T0)));
        projection.apply(envelope(PartnerEvents.covenantSigned(networkId, organisationId, T0.plusSeconds(1))));
        projection.apply(envelope(PartnerEvents.covenantWithdrawn(networkId, organisationId, T0.plusSeconds(2))));
        projection.apply(envelope(PartnerEvents.left(networkId, organisationId, Ring.CORE, T0.plusSeconds(3))));

        projection.apply(envelope(PartnerEvents.covenantSigned(networkId, organisationId, T0.plusSeconds(1))));
        projection.apply(envelope(PartnerEvents.joined(networkId, organisationId, Ring.CORE, T0)));

        assertThat(membership(networkId, organisationId).get("left_at")).isNotNull();
        assertThat(covenant(networkId, organisationId).get("ended_at")).isNotNull();
    }

    @Test
    void theSameEventTwiceAppliesOnce() {
        String networkId = PartnerEvents.networkId();
        String organisationId = PartnerEvents.organisationId();
        IntegrationEventEnvelope joined = envelope(PartnerEvents.joined(networkId, organisationId, Ring.CORE, T0));
        projection.apply(joined);
        projection.apply(envelope(PartnerEvents.left(networkId, organisationId, Ring.CORE, T0.plusSeconds(1))));
        projection.apply(envelope(PartnerEvents.joined(networkId, organisationId, Ring.OUTER, T0.plusSeconds(2))));
        projection.apply(envelope(PartnerEvents.left(networkId, organisationId, Ring.OUTER, T0.plusSeconds(3))));

        projection.apply(joined);

        assertThat(membership(networkId, organisationId).get("left_at")).isNotNull();
        assertThat(jdbc.queryForObject("""
                select count(*) from processed_integration_event where consumer = ? and event_id = ?""",
                Long.class, "test-service.partner-facts", joined.id())).isEqualTo(1);
    }

    @Test
    void aJoinArrivingBeforeTheOrganisationIsRegisteredIsStoredAndJoinedLater() {
        String networkId = PartnerEvents.networkId();
        String organisationId = PartnerEvents.organisationId();
        projection.apply(envelope(PartnerEvents.joined(networkId, organisationId, Ring.CORE, T0)));
        projection.apply(envelope(PartnerEvents.organisationRegistered(organisationId, KindOfParty.INFORMAL_PARTY)));

        assertThat(jdbc.queryForObject("""
                select o.kind_of_party from partner_membership m
                join partner_organisation o on o.organisation_id = m.organisation_id
                where m.network_id = ? and m.organisation_id = ?""", String.class, networkId, organisationId))
                .isEqualTo("INFORMAL_PARTY");
    }

    @Test
    void peopleUndertakingsAndRepresentationAreKeptWithoutPersonalData() {
        String networkId = PartnerEvents.networkId();
        String organisationId = PartnerEvents.organisationId();
        String carer = PartnerEvents.personId();
        String volunteer = PartnerEvents.personId();
        projection.apply(envelope(PartnerEvents.person(carer, PersonKind.FAMILY_CARER, null)));
        projection.apply(envelope(PartnerEvents.undertaking(volunteer, networkId)));
        projection.apply(envelope(PartnerEvents.person(volunteer, PersonKind.VOLUNTEER, organisationId)));
        projection.apply(envelope(PartnerEvents.represented(networkId, organisationId)));

        assertThat(jdbc.queryForList("""
                select kind || '/' || coalesce(organisation_id, 'none') from partner_person where person_id in (?, ?)""",
                String.class, UUID.fromString(carer), UUID.fromString(volunteer)))
                .containsExactlyInAnyOrder("FAMILY_CARER/none", "VOLUNTEER/" + organisationId);
        assertThat(jdbc.queryForObject("select count(*) from partner_undertaking where person_id = ? and network_id = ?",
                Long.class, UUID.fromString(volunteer), networkId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from partner_representation where network_id = ?",
                Long.class, networkId)).isEqualTo(1);
    }

    @Test
    void aLoginIsThePersonItWasLastLinkedToOnceThatPersonIsRegistered() {
        PartnerParties parties = new PartnerParties(jdbc);
        String organisationId = PartnerEvents.organisationId();
        String volunteer = PartnerEvents.personId();
        String account = UUID.randomUUID().toString();
        String newAccount = UUID.randomUUID().toString();
        projection.apply(envelope(new PersonAccountLinkedV1(volunteer, account, T0)));

        assertThat(parties.personSigningInAs(account)).as("a link before the registration").isEmpty();

        projection.apply(envelope(PartnerEvents.person(volunteer, PersonKind.VOLUNTEER, organisationId)));

        assertThat(parties.personSigningInAs(account)).contains(new PartnerParties.Person(PersonId.of(volunteer),
                PersonKind.VOLUNTEER, Optional.of(OrganisationId.of(organisationId))));

        projection.apply(envelope(new PersonAccountLinkedV1(volunteer, newAccount, T0.plusSeconds(60))));
        projection.apply(envelope(new PersonAccountLinkedV1(volunteer, account, T0.minusSeconds(60))));

        assertThat(parties.personSigningInAs(account)).as("the old login after a newer link").isEmpty();
        assertThat(parties.personSigningInAs(newAccount).map(PartnerParties.Person::id)).contains(PersonId.of(volunteer));
    }

    @Test
    void aLoginClaimedByTwoPeopleStaysWithTheOneItWasLinkedToFirst() {
        PartnerParties parties = new PartnerParties(jdbc);
        String first = PartnerEvents.personId();
        String second = PartnerEvents.personId();
        String account = UUID.randomUUID().toString();
        projection.apply(envelope(PartnerEvents.person(first, PersonKind.VOLUNTEER, PartnerEvents.organisationId())));
        projection.apply(envelope(PartnerEvents.person(second, PersonKind.BUDDY, PartnerEvents.organisationId())));
        projection.apply(envelope(new PersonAccountLinkedV1(second, account, T0.plusSeconds(5))));
        projection.apply(envelope(new PersonAccountLinkedV1(first, account, T0)));

        assertThat(parties.personSigningInAs(account).map(PartnerParties.Person::id)).contains(PersonId.of(first));
        assertThat(parties.personSigningInAs(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void aVolunteerAgreementKeepsItsTermsCoachAndEarlyEndWhicheverArrivesFirst() {
        String agreementId = UUID.randomUUID().toString();
        String volunteer = PartnerEvents.personId();
        String coach = PartnerEvents.personId();
        String organisationId = PartnerEvents.organisationId();
        projection.apply(envelope(PartnerEvents.agreementEnded(agreementId, volunteer, organisationId,
                LocalDate.of(2025, 6, 30))));
        projection.apply(envelope(new CoachAssignedV1(agreementId, volunteer, coach, T0)));
        projection.apply(envelope(PartnerEvents.agreement(agreementId, volunteer, organisationId,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 31))));
        projection.apply(envelope(new VolunteerOverloadFlaggedV1(agreementId, volunteer, organisationId,
                OverloadSource.COACH, Instant.now())));

        assertThat(jdbc.queryForMap("""
                select organisation_id, tasks::text, available_days::text, starts_on, ends_on, ended_on,
                       coach_id::text as coach, capacity_unit, capacity
                from partner_volunteer_agreement where agreement_id = ?""", UUID.fromString(agreementId)))
                .containsEntry("organisation_id", organisationId)
                .containsEntry("tasks", "{COMPANIONSHIP,TRANSPORT}")
                .containsEntry("available_days", "{" + DayOfWeek.MONDAY + "," + DayOfWeek.THURSDAY + "}")
                .containsEntry("starts_on", java.sql.Date.valueOf("2025-03-01"))
                .containsEntry("ends_on", java.sql.Date.valueOf("2025-12-31"))
                .containsEntry("ended_on", java.sql.Date.valueOf("2025-06-30"))
                .containsEntry("coach", coach).containsEntry("capacity_unit", "CASES").containsEntry("capacity", 2);
    }

    @Test
    void aVolunteersOverloadFlagAndItsClearanceCountByTheirOwnTimeWhicheverArrivesFirst() {
        String agreementId = UUID.randomUUID().toString();
        String volunteer = PartnerEvents.personId();
        String organisationId = PartnerEvents.organisationId();
        VolunteerAgreements agreements = new VolunteerAgreements(jdbc);
        LocalDate day = LocalDate.of(2025, 5, 1);
        projection.apply(envelope(new VolunteerOverloadFlaggedV1(agreementId, volunteer, organisationId,
                OverloadSource.AUTOMATIC, T0.plusSeconds(60))));
        projection.apply(envelope(PartnerEvents.agreement(agreementId, volunteer, organisationId,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 31))));

        assertThat(agreements.inForce(PersonId.of(volunteer), day).map(VolunteerAgreements.Agreement::overloaded))
                .contains(true);

        projection.apply(envelope(new VolunteerOverloadClearedV1(agreementId, volunteer, organisationId,
                T0.plusSeconds(120))));
        projection.apply(envelope(new VolunteerOverloadFlaggedV1(agreementId, volunteer, organisationId,
                OverloadSource.COACH, T0.plusSeconds(90))));

        assertThat(agreements.inForce(PersonId.of(volunteer), day).map(VolunteerAgreements.Agreement::overloaded))
                .contains(false);

        projection.apply(envelope(new VolunteerOverloadFlaggedV1(agreementId, volunteer, organisationId,
                OverloadSource.COACH, T0.plusSeconds(180))));

        assertThat(agreements.inForce(PersonId.of(volunteer), day).map(VolunteerAgreements.Agreement::overloaded))
                .contains(true);
    }

    @Test
    void theAgreementInForceOnADayGivesItsOrganisationTasksDaysAndTermAndNoneOutsideIt() {
        String agreementId = UUID.randomUUID().toString();
        String volunteer = PartnerEvents.personId();
        String organisationId = PartnerEvents.organisationId();
        VolunteerAgreements agreements = new VolunteerAgreements(jdbc);
        projection.apply(envelope(PartnerEvents.agreement(agreementId, volunteer, organisationId,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 31))));
        projection.apply(envelope(PartnerEvents.agreementEnded(agreementId, volunteer, organisationId,
                LocalDate.of(2025, 6, 30))));

        assertThat(agreements.inForce(PersonId.of(volunteer), LocalDate.of(2025, 3, 1))).contains(
                new VolunteerAgreements.Agreement(agreementId, OrganisationId.of(organisationId),
                        Set.of(VolunteerTask.COMPANIONSHIP, VolunteerTask.TRANSPORT),
                        Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalDate.of(2025, 3, 1),
                        LocalDate.of(2025, 6, 30), false));
        assertThat(agreements.inForce(PersonId.of(volunteer), LocalDate.of(2025, 6, 30))).isPresent();
        assertThat(agreements.inForce(PersonId.of(volunteer), LocalDate.of(2025, 2, 28))).isEmpty();
        assertThat(agreements.inForce(PersonId.of(volunteer), LocalDate.of(2025, 7, 1))).isEmpty();
        assertThat(agreements.inForce(PersonId.random(), LocalDate.of(2025, 5, 1))).isEmpty();
    }

    @Test
    void anOverloadFlagWithoutItsAgreementIsKeptButPutsNoAgreementInForce() {
        String agreementId = UUID.randomUUID().toString();
        String volunteer = PartnerEvents.personId();
        IntegrationEventEnvelope flagged = envelope(new VolunteerOverloadFlaggedV1(agreementId, volunteer,
                PartnerEvents.organisationId(), OverloadSource.AUTOMATIC, Instant.now()));

        projection.apply(flagged);

        assertThat(jdbc.queryForObject("select count(*) from processed_integration_event where event_id = ?",
                Long.class, flagged.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select overloaded from partner_volunteer_agreement where agreement_id = ?",
                Boolean.class, UUID.fromString(agreementId))).isTrue();
        assertThat(new VolunteerAgreements(jdbc).inForce(PersonId.of(volunteer), LocalDate.now())).isEmpty();
    }

    @Test
    void eventsThatDecideNothingHereLeaveNoTrace() {
        String agreementId = UUID.randomUUID().toString();
        IntegrationEventEnvelope training = envelope(new VolunteerTrainingRecordedV1(agreementId,
                PartnerEvents.personId(), "EHBO", LocalDate.of(2025, 3, 1)));

        projection.apply(training);

        assertThat(jdbc.queryForObject("select count(*) from processed_integration_event where event_id = ?",
                Long.class, training.id())).isZero();
        assertThat(Optional.ofNullable(jdbc.queryForObject(
                "select count(*) from partner_volunteer_agreement where agreement_id = ?", Long.class,
                UUID.fromString(agreementId)))).contains(0L);
    }
}
