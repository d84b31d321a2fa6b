package nl.samenspel.reporting.composition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.samenspel.contracts.CapacityUnit;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.KindOfParty;
import nl.samenspel.contracts.LeaveReason;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.OrganisationType;
import nl.samenspel.contracts.OverloadSource;
import nl.samenspel.contracts.Ring;
import nl.samenspel.contracts.Sector;
import nl.samenspel.contracts.VolunteerTask;
import nl.samenspel.contracts.partners.MemberJoinedV1;
import nl.samenspel.contracts.partners.MemberLeftV1;
import nl.samenspel.contracts.partners.MemberMovedV1;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.contracts.partners.OrganisationRegisteredV1;
import nl.samenspel.contracts.partners.VolunteerAgreementConcludedV1;
import nl.samenspel.contracts.partners.VolunteerAgreementEndedV1;
import nl.samenspel.contracts.partners.VolunteerLoadChangedV1;
import nl.samenspel.contracts.partners.VolunteerOverloadClearedV1;
import nl.samenspel.contracts.partners.VolunteerOverloadFlaggedV1;
import nl.samenspel.reporting.composition.NetworkCompositionReport.CapacityView;
import nl.samenspel.reporting.composition.NetworkCompositionReport.FormalityCount;
import nl.samenspel.reporting.composition.NetworkCompositionReport.MonthView;
import nl.samenspel.reporting.composition.NetworkCompositionReport.NetworkCompositionView;
import nl.samenspel.reporting.composition.NetworkCompositionReport.ReasonCount;
import nl.samenspel.reporting.composition.NetworkCompositionReport.RingView;
import nl.samenspel.reporting.composition.NetworkCompositionReport.TypeCount;
import nl.samenspel.reporting.composition.NetworkCompositionReport.VolunteersView;
import nl.samenspel.reporting.access.ReportingPermissions;
import nl.samenspel.reporting.disclosure.SmallCounts;
import nl.samenspel.shared.messaging.IntegrationEventEnvelope;
import nl.samenspel.shared.messaging.IntegrationEventReader;
import nl.samenspel.shared.messaging.ProcessedEvents;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The network-composition projection and report on real PostgreSQL, migrated by the service's own Flyway
 * scripts, with the date fixed at 15 June 2025 (Dutch time).
 */
class NetworkCompositionProjectionTest {

    private static final Instant MARCH = Instant.parse("2025-03-10T10:00:00Z");
    private static final Instant LATER_IN_MARCH = Instant.parse("2025-03-20T10:00:00Z");
    /** Still 31 March in UTC, already April in the Netherlands. */
    private static final Instant DUTCH_APRIL = Instant.parse("2025-03-31T22:30:00Z");
    private static final Instant MAY = Instant.parse("2025-05-05T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private static NetworkCompositionProjection projection;
    private static NetworkCompositionReport report;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void database() {
        DataSource dataSource = TestInfrastructure.migratedDataSource();
        jdbc = new JdbcTemplate(dataSource);
        NetworkComposition composition = new NetworkComposition(jdbc);
        projection = new NetworkCompositionProjection(new IntegrationEventReader(new ObjectMapper()),
                new ProcessedEvents(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource))),
                composition);
        report = new NetworkCompositionReport(composition, new SmallCounts(5), new ReportingPermissions(),
                Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneOffset.UTC));
    }

    // --- membership ---

    @Test
    void membersThatJoinBeforeTheirOrganisationIsDescribedAreUnclassifiedUntilItIs() {
        String networkId = newId("wijknetwerk");
        String church = newId("kerk");
        String ggz = newId("ggz");
        String foodBank = newId("voedselbank");
        apply(new MemberJoinedV1(networkId, church, Ring.CORE, MARCH));
        apply(new MemberJoinedV1(networkId, ggz, Ring.CORE, MARCH));
        apply(new MemberJoinedV1(networkId, foodBank, Ring.OUTER, MARCH));
        apply(organisation(ggz, KindOfHelp.FORMAL, KindOfParty.FORMAL_ORGANISATION,
                OrganisationType.PROFESSIONALS_ONLY));

        RingView core = composition(networkId).core();
        assertThat(core.organisations()).isEqualTo(2);
        assertThat(core.unclassified()).isEqualTo(1);
        assertThat(count(core, OrganisationType.PROFESSIONALS_ONLY)).isEqualTo(1);

        apply(organisation(church, KindOfHelp.INFORMAL, KindOfParty.INFORMAL_PARTY, OrganisationType.VOLUNTEERS_ONLY));
        apply(organisation(foodBank, KindOfHelp.INFORMAL, KindOfParty.FORMAL_ORGANISATION,
                OrganisationType.VOLUNTEERS_WITH_PROFESSIONAL_SUPPORT));

        NetworkCompositionView view = composition(networkId);
        assertThat(view.core().organisations()).isEqualTo(2);
        assertThat(view.core().unclassified()).isZero();
        assertThat(view.core().byOrganisationType()).hasSize(OrganisationType.values().length)
                .contains(new TypeCount(OrganisationType.PROFESSIONALS_ONLY, 1),
                        new TypeCount(OrganisationType.VOLUNTEERS_ONLY, 1), new TypeCount(OrganisationType.HYBRID, 0));
        assertThat(view.core().byFormality()).containsExactly(
                new FormalityCount(KindOfHelp.FORMAL, KindOfParty.FORMAL_ORGANISATION, 1),
                new FormalityCount(KindOfHelp.FORMAL, KindOfParty.INFORMAL_PARTY, 0),
                new FormalityCount(KindOfHelp.INFORMAL, KindOfParty.FORMAL_ORGANISATION, 0),
                new FormalityCount(KindOfHelp.INFORMAL, KindOfParty.INFORMAL_PARTY, 1));
        assertThat(view.outerRing().organisations()).isEqualTo(1);
        assertThat(view.outerRing().byFormality())
                .contains(new FormalityCount(KindOfHelp.INFORMAL, KindOfParty.FORMAL_ORGANISATION, 1));
    }

    @Test
    void aMoveChangesTheRingAndALeaveRemovesTheMemberAndIsCountedByMonthAndReason() {
        String networkId = newId("oggz");
        String police = newId("politie");
        String housing = newId("woningcorporatie");
        String debtHelp = newId("schuldhulp");
        for (String member : List.of(police, housing, debtHelp)) {
            apply(organisation(member, KindOfHelp.FORMAL, KindOfParty.FORMAL_ORGANISATION,
                    OrganisationType.PROFESSIONALS_ONLY));
            apply(new MemberJoinedV1(networkId, member, Ring.CORE, MARCH));
        }
        apply(new MemberMovedV1(networkId, police, Ring.CORE, Ring.OUTER, LATER_IN_MARCH));
        apply(new MemberLeftV1(networkId, housing, Ring.CORE, LeaveReason.MERGED, DUTCH_APRIL));
        apply(new MemberLeftV1(networkId, police, Ring.OUTER, LeaveReason.FUNDING_ENDED, MAY));

        NetworkCompositionView view = composition(networkId);
        assertThat(view.core().organisations()).isEqualTo(1);
        assertThat(view.outerRing().organisations()).isZero();
        assertThat(view.membershipChanges()).containsExactly(
                new MonthView("2025-03", 3, 0, List.of()),
                new MonthView("2025-04", 0, 1, List.of(new ReasonCount(LeaveReason.MERGED, 1))),
                new MonthView("2025-05", 0, 1, List.of(new ReasonCount(LeaveReason.FUNDING_ENDED, 1))));
    }

    @Test
    void anOrganisationThatLeftAndRejoinedIsAMemberAgainAndBothMovementsCount() {
        String networkId = newId("wijknetwerk");
        String welfare = newId("welzijn");
        apply(new MemberJoinedV1(networkId, welfare, Ring.CORE, MARCH));
        apply(new MemberLeftV1(networkId, welfare, Ring.CORE, LeaveReason.CAPACITY, LATER_IN_MARCH));
        apply(new MemberJoinedV1(networkId, welfare, Ring.OUTER, MAY));

        NetworkCompositionView view = composition(networkId);
        assertThat(view.core().organisations()).isZero();
        assertThat(view.outerRing().organisations()).isEqualTo(1);
        assertThat(view.membershipChanges()).containsExactly(
                new MonthView("2025-03", 1, 1, List.of(new ReasonCount(LeaveReason.CAPACITY, 1))),
                new MonthView("2025-05", 1, 0, List.of()));
    }

    @Test
    void anOlderMembershipEventArrivingLateDoesNotUndoANewerOne() {
        String networkId = newId("wijknetwerk");
        String buddies = newId("maatjes");
        apply(new MemberMovedV1(networkId, buddies, Ring.OUTER, Ring.CORE, LATER_IN_MARCH));
        apply(new MemberJoinedV1(networkId, buddies, Ring.OUTER, MARCH));

        NetworkCompositionView view = composition(networkId);
        assertThat(view.core().organisations()).isEqualTo(1);
        assertThat(view.outerRing().organisations()).isZero();
        assertThat(view.membershipChanges()).containsExactly(new MonthView("2025-03", 1, 0, List.of()));
    }

    @Test
    void aJoinArrivingAfterTheLaterLeaveDoesNotBringTheMemberBackButBothCount() {
        String networkId = newId("oggz");
        String shelter = newId("opvang");
        apply(new MemberLeftV1(networkId, shelter, Ring.CORE, LeaveReason.MERGED, MAY));
        apply(new MemberJoinedV1(networkId, shelter, Ring.CORE, MARCH));

        NetworkCompositionView view = composition(networkId);
        assertThat(view.core().organisations()).isZero();
        assertThat(view.membershipChanges()).containsExactly(new MonthView("2025-03", 1, 0, List.of()),
                new MonthView("2025-05", 0, 1, List.of(new ReasonCount(LeaveReason.MERGED, 1))));
    }

    @Test
    void replayedMembershipEventsApplyOnce() {
        String networkId = newId("oggz");
        String ggd = newId("ggd");
        IntegrationEventEnvelope joined = envelope(new MemberJoinedV1(networkId, ggd, Ring.CORE, MARCH));
        IntegrationEventEnvelope left = envelope(new MemberLeftV1(networkId, ggd, Ring.CORE, LeaveReason.OTHER, MAY));

        projection.apply(joined);
        projection.apply(left);
        projection.apply(joined);
        projection.apply(left);

        NetworkCompositionView view = composition(networkId);
        assertThat(view.core().organisations()).isZero();
        assertThat(view.membershipChanges()).containsExactly(new MonthView("2025-03", 1, 0, List.of()),
                new MonthView("2025-05", 0, 1, List.of(new ReasonCount(LeaveReason.OTHER, 1))));
    }

    @Test
    void aRegisteredNetworkWithoutMembersIsListedWithZeroes() {
        String networkId = newId("wijknetwerk");
        describeNetwork(networkId, "welzijn-zuiderhaven");

        NetworkCompositionView view = composition(networkId);
        assertThat(view.networkName()).isEqualTo("Netwerk " + networkId);
        assertThat(view.municipalityCode()).isEqualTo("GM9901");
        assertThat(view.core().organisations()).isZero();
        assertThat(view.membershipChanges()).isEmpty();
        assertThat(view.volunteers()).isEqualTo(new VolunteersView(0L, 0L, 0L, 0L,
                List.of(new CapacityView(CapacityUnit.CASES, 0L, 0L, 0L),
                        new CapacityView(CapacityUnit.HOURS_PER_WEEK, 0L, 0L, 0L)), false));
    }

    @Test
    void onlyTheRequestedNetworkIsReported() {
        String asked = newId("oggz");
        String other = newId("oggz");
        apply(new MemberJoinedV1(asked, newId("ggd"), Ring.CORE, MARCH));
        apply(new MemberJoinedV1(other, newId("ggd"), Ring.CORE, MARCH));

        assertThat(report.as(analyst(), Optional.of(asked))).extracting(NetworkCompositionView::networkId)
                .containsExactly(asked);
        assertThat(report.as(analyst(), Optional.empty())).extracting(NetworkCompositionView::networkId)
                .contains(asked, other);
    }

    // --- volunteers ---

    @Test
    void countsOnlyActiveAgreementsOfCurrentMembersWithTheirLoadAndCapacityPerUnit() {
        String networkId = newId("wijknetwerk");
        String volunteers = newId("vrijwilligers");
        String formerMember = newId("buurthuis");
        apply(new MemberJoinedV1(networkId, volunteers, Ring.CORE, MARCH));
        apply(new MemberJoinedV1(networkId, formerMember, Ring.OUTER, MARCH));
        apply(new MemberLeftV1(networkId, formerMember, Ring.OUTER, LeaveReason.OTHER, MAY));

        agreement(volunteers, TODAY.minusMonths(1), TODAY.plusMonths(6), CapacityUnit.HOURS_PER_WEEK, 8, 6);
        agreement(volunteers, TODAY, TODAY, CapacityUnit.HOURS_PER_WEEK, 4, 2);
        agreement(volunteers, TODAY.minusYears(1), TODAY.plusYears(1), CapacityUnit.CASES, 3, 1);
        String endedToday = agreement(volunteers, TODAY.minusYears(1), TODAY.plusYears(1), CapacityUnit.CASES, 2, 2);
        apply(new VolunteerAgreementEndedV1(endedToday, newVolunteer(), volunteers, TODAY));
        // Not counted: not started yet, past its end date, ended early, or with an organisation no longer a member.
        agreement(volunteers, TODAY.plusDays(1), TODAY.plusYears(1), CapacityUnit.CASES, 5, 0);
        agreement(volunteers, TODAY.minusYears(1), TODAY.minusDays(1), CapacityUnit.CASES, 5, 0);
        String endedEarly = agreement(volunteers, TODAY.minusYears(1), TODAY.plusYears(1), CapacityUnit.CASES, 5, 0);
        apply(new VolunteerAgreementEndedV1(endedEarly, newVolunteer(), volunteers, TODAY.minusDays(1)));
        agreement(formerMember, TODAY.minusYears(1), TODAY.plusYears(1), CapacityUnit.CASES, 5, 0);

        VolunteersView seen = coordinatedBy(volunteers, networkId).volunteers();

        assertThat(seen.activeAgreements()).isEqualTo(4);
        assertThat(seen.byCapacityUnit()).containsExactly(new CapacityView(CapacityUnit.CASES, 2L, 3L, 5L),
                new CapacityView(CapacityUnit.HOURS_PER_WEEK, 2L, 8L, 12L));
        assertThat(seen.overloaded()).isZero();
        assertThat(seen.suppressed()).isFalse();
    }

    @Test
    void anOrganisationInTwoNetworksCountsItsVolunteersInBoth() {
        String oggz = newId("oggz");
        String neighbourhood = newId("wijknetwerk");
        String carerSupport = newId("mantelzorg");
        apply(new MemberJoinedV1(oggz, carerSupport, Ring.OUTER, MARCH));
        apply(new MemberJoinedV1(neighbourhood, carerSupport, Ring.CORE, MARCH));
        agreement(carerSupport, TODAY.minusMonths(1), TODAY.plusMonths(1), CapacityUnit.CASES, 2, 1);

        assertThat(coordinatedBy(carerSupport, oggz).volunteers().activeAgreements()).isEqualTo(1);
        assertThat(coordinatedBy(carerSupport, neighbourhood).volunteers().activeAgreements()).isEqualTo(1);
    }

    @Test
    void overloadIsCountedBySourceUntilCleared() {
        String networkId = newId("wijknetwerk");
        String volunteers = newId("vrijwilligers");
        apply(new MemberJoinedV1(networkId, volunteers, Ring.CORE, MARCH));
        String automatic = agreement(volunteers, TODAY.minusMonths(1), TODAY.plusMonths(6), CapacityUnit.CASES, 2, 3);
        String byCoach = agreement(volunteers, TODAY.minusMonths(1), TODAY.plusMonths(6), CapacityUnit.CASES, 2, 1);
        String cleared = agreement(volunteers, TODAY.minusMonths(1), TODAY.plusMonths(6), CapacityUnit.CASES, 2, 1);
        apply(new VolunteerOverloadFlaggedV1(automatic, newVolunteer(), volunteers, OverloadSource.AUTOMATIC, MAY));
        apply(new VolunteerOverloadFlaggedV1(byCoach, newVolunteer(), volunteers, OverloadSource.COACH, MAY));
        apply(new VolunteerOverloadFlaggedV1(cleared, newVolunteer(), volunteers, OverloadSource.COACH, MARCH));
        apply(new VolunteerOverloadClearedV1(cleared, newVolunteer(), volunteers, MAY));

        VolunteersView seen = coordinatedBy(volunteers, networkId).volunteers();

        assertThat(seen.overloaded()).isEqualTo(2);
        assertThat(seen.overloadedAutomatically()).isEqualTo(1);
        assertThat(seen.overloadedByCoach()).isEqualTo(1);
    }

    @Test
    void agreementEventsArrivingBeforeTheConclusionOrOutOfOrderKeepTheNewestFigures() {
        String networkId = newId("wijknetwerk");
        String volunteers = newId("vrijwilligers");
        String agreementId = UUID.randomUUID().toString();
        String volunteerId = newVolunteer();
        apply(new VolunteerOverloadFlaggedV1(agreementId, volunteerId, volunteers, OverloadSource.AUTOMATIC, MAY));
        apply(new VolunteerLoadChangedV1(agreementId, volunteerId, volunteers, 7, 6, CapacityUnit.HOURS_PER_WEEK, MAY));
        apply(new VolunteerOverloadClearedV1(agreementId, volunteerId, volunteers, MARCH));
        apply(new VolunteerLoadChangedV1(agreementId, volunteerId, volunteers, 1, 4, CapacityUnit.HOURS_PER_WEEK,
                LATER_IN_MARCH));
        apply(new VolunteerAgreementConcludedV1(agreementId, volunteerId, volunteers,
                List.of(VolunteerTask.COMPANIONSHIP), List.of(DayOfWeek.MONDAY), TODAY.minusMonths(6),
                TODAY.plusMonths(6), CapacityUnit.HOURS_PER_WEEK, 4, MARCH));
        apply(new MemberJoinedV1(networkId, volunteers, Ring.CORE, MARCH));

        VolunteersView seen = coordinatedBy(volunteers, networkId).volunteers();

        assertThat(seen.activeAgreements()).isEqualTo(1);
        assertThat(seen.byCapacityUnit()).contains(new CapacityView(CapacityUnit.HOURS_PER_WEEK, 1L, 7L, 6L));
        assertThat(seen.overloadedAutomatically()).isEqualTo(1);
    }

    @Test
    void replayedVolunteerEventsApplyOnce() {
        String networkId = newId("wijknetwerk");
        String volunteers = newId("vrijwilligers");
        apply(new MemberJoinedV1(networkId, volunteers, Ring.CORE, MARCH));
        String agreementId = UUID.randomUUID().toString();
        IntegrationEventEnvelope concluded = envelope(new VolunteerAgreementConcludedV1(agreementId, newVolunteer(),
                volunteers, List.of(VolunteerTask.TRANSPORT), List.of(DayOfWeek.FRIDAY), TODAY.minusMonths(1),
                TODAY.plusMonths(1), CapacityUnit.CASES, 2, MARCH));

        projection.apply(concluded);
        projection.apply(concluded);

        assertThat(coordinatedBy(volunteers, networkId).volunteers().activeAgreements()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from processed_integration_event where event_id = ?",
                Long.class, concluded.id())).isEqualTo(1);
    }

    // --- who sees what ---

    @Test
    void anAnalystSeesSmallVolunteerCountsSuppressedAndTheNetworksCoordinatorSeesThemExactly() {
        String networkId = newId("wijknetwerk");
        String coordinator = newId("welzijn");
        String volunteers = newId("vrijwilligers");
        describeNetwork(networkId, coordinator);
        apply(new MemberJoinedV1(networkId, volunteers, Ring.CORE, MARCH));
        for (int i = 0; i < 3; i++) {
            agreement(volunteers, TODAY.minusMonths(1), TODAY.plusMonths(1), CapacityUnit.CASES, 2, 1);
        }

        VolunteersView exact = asCoordinatorOf(coordinator, networkId).volunteers();
        VolunteersView suppressed = report.as(analyst(), Optional.of(networkId)).get(0).volunteers();
        VolunteersView otherCoordinator = asCoordinatorOf(newId("ggd"), networkId).volunteers();

        assertThat(exact.activeAgreements()).isEqualTo(3);
        assertThat(exact.byCapacityUnit()).contains(new CapacityView(CapacityUnit.CASES, 3L, 3L, 6L));
        assertThat(exact.suppressed()).isFalse();
        VolunteersView withheld = new VolunteersView(null, null, null, null,
                List.of(new CapacityView(CapacityUnit.CASES, null, null, null),
                        new CapacityView(CapacityUnit.HOURS_PER_WEEK, null, null, null)), true);
        assertThat(suppressed).isEqualTo(withheld);
        assertThat(otherCoordinator).isEqualTo(withheld);
        // Organisations are not people: their counts are never withheld.
        assertThat(report.as(analyst(), Optional.of(networkId)).get(0).core().organisations()).isEqualTo(1);
    }

    @Test
    void aShownTotalWithASmallOverloadCountWithholdsTheOverloadSplit() {
        String networkId = newId("wijknetwerk");
        String volunteers = newId("vrijwilligers");
        apply(new MemberJoinedV1(networkId, volunteers, Ring.CORE, MARCH));
        for (int i = 0; i < 6; i++) {
            agreement(volunteers, TODAY.minusMonths(1), TODAY.plusMonths(1), CapacityUnit.CASES, 2, 1);
        }
        String overloaded = agreement(volunteers, TODAY.minusMonths(1), TODAY.plusMonths(1), CapacityUnit.CASES, 2, 3);
        apply(new VolunteerOverloadFlaggedV1(overloaded, newVolunteer(), volunteers, OverloadSource.AUTOMATIC, MAY));

        VolunteersView seen = report.as(analyst(), Optional.of(networkId)).get(0).volunteers();

        assertThat(seen.activeAgreements()).isEqualTo(7);
        assertThat(seen.overloaded()).isNull();
        assertThat(seen.overloadedAutomatically()).isNull();
        assertThat(seen.overloadedByCoach()).isNull();
        assertThat(seen.byCapacityUnit()).containsExactly(new CapacityView(CapacityUnit.CASES, 7L, 9L, 14L),
                new CapacityView(CapacityUnit.HOURS_PER_WEEK, 0L, 0L, 0L));
        assertThat(seen.suppressed()).isTrue();
    }

    @Test
    void aSmallRemainderOfAgreementsNotOverloadedWithholdsTheOverloadSplit() {
        String networkId = newId("wijknetwerk");
        String volunteers = newId("vrijwilligers");
        apply(new MemberJoinedV1(networkId, volunteers, Ring.CORE, MARCH));
        agreement(volunteers, TODAY.minusMonths(1), TODAY.plusMonths(1), CapacityUnit.HOURS_PER_WEEK, 4, 1);
        for (int i = 0; i < 5; i++) {
            String overloaded = agreement(volunteers, TODAY.minusMonths(1), TODAY.plusMonths(1),
                    CapacityUnit.HOURS_PER_WEEK, 4, 6);
            apply(new VolunteerOverloadFlaggedV1(overloaded, newVolunteer(), volunteers, OverloadSource.AUTOMATIC,
                    MAY));
        }

        VolunteersView seen = report.as(analyst(), Optional.of(networkId)).get(0).volunteers();
        VolunteersView exact = coordinatedBy(volunteers, networkId).volunteers();

        assertThat(seen.activeAgreements()).isEqualTo(6);
        assertThat(seen.overloaded()).isNull();
        assertThat(seen.overloadedAutomatically()).isNull();
        assertThat(seen.suppressed()).isTrue();
        assertThat(exact.overloaded()).isEqualTo(5);
        assertThat(exact.overloadedAutomatically()).isEqualTo(5);
    }

    @Test
    void aSmallCapacityUnitWithholdsTheWholeUnitSplitButNotTheOverloadSplit() {
        String networkId = newId("wijknetwerk");
        String volunteers = newId("vrijwilligers");
        apply(new MemberJoinedV1(networkId, volunteers, Ring.CORE, MARCH));
        for (int i = 0; i < 5; i++) {
            agreement(volunteers, TODAY.minusMonths(1), TODAY.plusMonths(1), CapacityUnit.CASES, 2, 1);
        }
        agreement(volunteers, TODAY.minusMonths(1), TODAY.plusMonths(1), CapacityUnit.HOURS_PER_WEEK, 4, 1);

        VolunteersView seen = report.as(analyst(), Optional.of(networkId)).get(0).volunteers();

        assertThat(seen.activeAgreements()).isEqualTo(6);
        assertThat(seen.overloaded()).isZero();
        assertThat(seen.byCapacityUnit()).containsExactly(new CapacityView(CapacityUnit.CASES, null, null, null),
                new CapacityView(CapacityUnit.HOURS_PER_WEEK, null, null, null));
        assertThat(seen.suppressed()).isTrue();
    }

    // --- helpers ---

    private static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String newVolunteer() {
        return UUID.randomUUID().toString();
    }

    private static IntegrationEventEnvelope envelope(IntegrationEvent payload) {
        return new IntegrationEventEnvelope(UUID.randomUUID().toString(), "nl.samenspel.partner.test",
                "/samenspel/test", payload.subject(), Instant.now(), Optional.of("someone"),
                Optional.of("ggd-zuiderhaven"), payload);
    }

    private static void apply(IntegrationEvent payload) {
        projection.apply(envelope(payload));
    }

    private static OrganisationRegisteredV1 organisation(String id, KindOfHelp help, KindOfParty party,
            OrganisationType type) {
        return new OrganisationRegisteredV1(id, "Organisatie " + id, help, party, type, Sector.WELFARE, "GM9901",
                List.of("WK990101"), MARCH);
    }

    /** An agreement concluded and then loaded; returns its id. */
    private static String agreement(String organisationId, LocalDate startsOn, LocalDate endsOn, CapacityUnit unit,
            int capacity, int load) {
        String agreementId = UUID.randomUUID().toString();
        String volunteerId = newVolunteer();
        apply(new VolunteerAgreementConcludedV1(agreementId, volunteerId, organisationId,
                List.of(VolunteerTask.PRACTICAL_HELP), List.of(DayOfWeek.TUESDAY), startsOn, endsOn, unit, capacity,
                MARCH));
        apply(new VolunteerLoadChangedV1(agreementId, volunteerId, organisationId, load, capacity, unit, MAY));
        return agreementId;
    }

    /** Network facts are the signals feature's: written here as its projection does. */
    private static void describeNetwork(String networkId, String coordinatorOrganisation) {
        NetworkRegisteredV1 network = new NetworkRegisteredV1(networkId, "Netwerk " + networkId,
                NetworkType.NEIGHBOURHOOD, "GM9901", coordinatorOrganisation, MARCH);
        jdbc.update("""
                insert into reported_network (network_id, name, network_type, municipality_code,
                    coordinator_organisation) values (?, ?, ?, ?, ?)""",
                network.networkId(), network.name(), network.type().name(), network.municipalityCode(),
                network.coordinatorOrganisation());
    }

    private static NetworkCompositionView composition(String networkId) {
        List<NetworkCompositionView> views = report.as(analyst(), Optional.of(networkId));
        assertThat(views).hasSize(1);
        return views.get(0);
    }

    /** The network, coordinated by {@code organisation}, as seen by a coordinator of that organisation. */
    private static NetworkCompositionView coordinatedBy(String organisation, String networkId) {
        describeNetwork(networkId, organisation);
        return asCoordinatorOf(organisation, networkId);
    }

    private static NetworkCompositionView asCoordinatorOf(String organisation, String networkId) {
        Actor coordinator = new Actor("coordinator", Optional.of(OrganisationId.of(organisation)),
                Set.of(Roles.NETWORK_COORDINATOR));
        List<NetworkCompositionView> views = report.as(coordinator, Optional.of(networkId));
        assertThat(views).hasSize(1);
        return views.get(0);
    }

    private static Actor analyst() {
        return new Actor("analyst", Optional.of(OrganisationId.of("gemeente-zuiderhaven")),
                Set.of(Roles.MUNICIPALITY_ANALYST));
    }

    private static long count(RingView ring, OrganisationType type) {
        return ring.byOrganisationType().stream().filter(c -> c.organisationType() == type).findFirst()
                .orElseThrow().organisations();
    }
}
