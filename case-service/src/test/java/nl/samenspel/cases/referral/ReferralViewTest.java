package nl.samenspel.cases.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.DeclineReason;
import nl.samenspel.contracts.HelpDirection;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.ReferralTarget;
import nl.samenspel.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The referral read model on real PostgreSQL, migrated by the service's own Flyway scripts. */
class ReferralViewTest {

    private static final Instant MADE = Instant.parse("2026-11-24T09:00:00.123456Z");
    private static final Instant ANSWERED = Instant.parse("2026-11-25T10:00:00.654321Z");
    private static final NetworkId WIJK = NetworkId.of("wijknetwerk-noord");

    private static JdbcTemplate jdbc;
    private static ReferralView view;

    @BeforeAll
    static void database() {
        jdbc = new JdbcTemplate(TestInfrastructure.migratedDataSource());
        view = new ReferralView(jdbc);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ReferralMade made(ReferralId id, CaseId caseId, ReferralTarget target, String targetId,
            boolean selfHelp) {
        return new ReferralMade(id, caseId, WIJK, OrganisationId.of("welzijn-zuiderhaven"), target, targetId,
                selfHelp, HelpDirection.FORMAL_TO_FORMAL, LegalBasis.EXPLICIT_CONSENT, null,
                selfHelp ? null : LocalDate.parse("2026-12-04"), MADE);
    }

    @Test
    void aReferralIsListedForItsCaseThroughItsLifeAndReplaysToTheSameRow() {
        CaseId caseId = CaseId.random();
        ReferralId id = ReferralId.random();
        String target = unique("schuldhulp");
        ReferralMade made = made(id, caseId, ReferralTarget.ORGANISATION, target, false);

        view.on(made);
        view.on(new ReferralAccepted(id, caseId, WIJK, ReferralTarget.ORGANISATION, target,
                LegalBasis.EXPLICIT_CONSENT, null, ANSWERED));
        view.on(new ReferralCompleted(id, caseId, WIJK, target, ANSWERED.plusSeconds(60)));
        view.on(made);

        assertThat(view.ofCase(caseId)).containsExactly(new ReferralView.ReferralSummary(id.asString(),
                caseId.asString(), WIJK.value(), "welzijn-zuiderhaven", ReferralTarget.ORGANISATION, target, false,
                HelpDirection.FORMAL_TO_FORMAL, LegalBasis.EXPLICIT_CONSENT, "COMPLETED", null,
                LocalDate.parse("2026-12-04"), MADE, ANSWERED, ANSWERED.plusSeconds(60)));
    }

    @Test
    void aDeclinedReferralKeepsItsReason() {
        CaseId caseId = CaseId.random();
        ReferralId id = ReferralId.random();
        String target = unique("woonstede");
        view.on(made(id, caseId, ReferralTarget.ORGANISATION, target, false));
        view.on(new ReferralDeclined(id, caseId, WIJK, target, DeclineReason.NO_CAPACITY, ANSWERED));

        ReferralView.ReferralSummary summary = view.ofCase(caseId).get(0);
        assertThat(summary.status()).isEqualTo("DECLINED");
        assertThat(summary.declineReason()).isEqualTo(DeclineReason.NO_CAPACITY);
        assertThat(summary.answeredAt()).isEqualTo(ANSWERED);
    }

    @Test
    void incomingListsReferralsToTheOrganisationAndToNetworksOnlyForItsCoordinators() {
        String organisation = unique("ggd");
        String network = unique("oggz");
        jdbc.update("""
                insert into partner_network (network_id, coordinator_organisation, registered_at)
                values (?, ?, now())""",
                network, organisation);
        ReferralId toOrganisation = ReferralId.random();
        ReferralId toNetwork = ReferralId.random();
        ReferralId toSelfHelpGroup = ReferralId.random();
        view.on(made(toOrganisation, CaseId.random(), ReferralTarget.ORGANISATION, organisation, false));
        view.on(made(toNetwork, CaseId.random(), ReferralTarget.NETWORK, network, false));
        view.on(made(toSelfHelpGroup, CaseId.random(), ReferralTarget.ORGANISATION, organisation, true));
        view.on(made(ReferralId.random(), CaseId.random(), ReferralTarget.ORGANISATION, unique("other"), false));

        assertThat(view.incoming(OrganisationId.of(organisation), true))
                .extracting(ReferralView.ReferralSummary::referralId)
                .containsExactlyInAnyOrder(toOrganisation.asString(), toNetwork.asString());
        assertThat(view.incoming(OrganisationId.of(organisation), false))
                .extracting(ReferralView.ReferralSummary::referralId)
                .containsExactly(toOrganisation.asString());
    }
}
