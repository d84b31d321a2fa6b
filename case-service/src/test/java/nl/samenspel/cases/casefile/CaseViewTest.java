package nl.samenspel.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.ClientId;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.access.CaseDisclosure;
import nl.samenspel.cases.access.CasePermissions;
import nl.samenspel.cases.client.ClientDetails;
import nl.samenspel.cases.client.SealedClientDetails;
import nl.samenspel.cases.network.PartnerFactsPartners;
import nl.samenspel.cases.vault.JdbcPersonalDataVault;
import nl.samenspel.cases.vault.PersonalDataVault;
import nl.samenspel.contracts.ActionStatus;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.Presentation;
import nl.samenspel.contracts.ProblemDomain;
import nl.samenspel.partnerfacts.PartnerNetworks;
import nl.samenspel.partnerfacts.access.LocalPartyAccess;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The case read model and the read seam on real PostgreSQL, with the real vault. */
class CaseViewTest {

    private static final Instant AT = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private static final ClientDetails CLIENT_DETAILS = new ClientDetails("Aaltje Mulder",
            LocalDate.parse("1939-12-01"), "123456782", null, "9999 ZZ", "3");

    private static JdbcTemplate jdbc;
    private static PersonalDataVault vault;
    private static CaseView view;
    private static CaseReads reads;

    @BeforeAll
    static void database() {
        jdbc = new JdbcTemplate(TestInfrastructure.migratedDataSource());
        vault = new JdbcPersonalDataVault(jdbc, new byte[32], Clock.systemUTC());
        view = new CaseView(jdbc);
        reads = new CaseReads(jdbc, new CasePermissions(new PartnerFactsPartners(new PartnerNetworks(jdbc), jdbc),
                new LocalPartyAccess(jdbc, Clock.systemUTC())), new CaseDisclosure(vault));
    }

    private record Opened(CaseId caseId, ClientId clientId, NetworkId networkId, String coordinator) {
    }

    private static Opened open() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Opened opened = new Opened(CaseId.random(), ClientId.random(), NetworkId.of("oggz-" + suffix), "ggd-" + suffix);
        jdbc.update("insert into partner_network (network_id, network_type, coordinator_organisation, registered_at) "
                + "values (?, 'OGGZ', ?, now())", opened.networkId().value(), opened.coordinator());
        Party lead = Party.organisation(OrganisationId.of(opened.coordinator()));
        view.on(new CaseOpened(opened.caseId(), opened.networkId(), opened.clientId(),
                SealedClientDetails.seal(vault, opened.clientId(), CLIENT_DETAILS), null, true,
                List.of(ProblemDomain.SELF_NEGLECT), true, Presentation.NUISANCE, LegalBasis.INFORMED_CONSENT, lead,
                AT));
        view.on(new CaseTeamMemberAdded(opened.caseId(), opened.networkId(), lead, AT));
        return opened;
    }

    private static Actor coordinatorOf(Opened opened) {
        return new Actor("c", Optional.of(OrganisationId.of(opened.coordinator())), Set.of(Roles.NETWORK_COORDINATOR));
    }

    @Test
    void theCoordinatorReadsTheCaseWithItsSealedValuesOpened() {
        Opened opened = open();
        ActionId action = ActionId.random();
        view.on(new ActionAgreed(opened.caseId(), opened.networkId(), action,
                vault.seal(opened.clientId().asString(), "Huisbezoek met wijkagent"),
                Party.organisation(OrganisationId.of(opened.coordinator())), LocalDate.now(), null, AT));
        view.on(new ActionProgressReviewed(opened.caseId(), opened.networkId(), action, ActionStatus.DELAYED, AT));

        CaseReads.CaseDetail detail = reads.read(opened.caseId(), coordinatorOf(opened)).orElseThrow();

        assertThat(detail.clients()).singleElement().satisfies(client -> {
            assertThat(client.name()).isEqualTo("Aaltje Mulder");
            assertThat(client.bsn()).isEqualTo("123456782");
            assertThat(client.postcode()).isEqualTo("9999 ZZ");
        });
        assertThat(detail.actions()).singleElement().satisfies(a -> {
            assertThat(a.description()).isEqualTo("Huisbezoek met wijkagent");
            assertThat(a.status()).isEqualTo(ActionStatus.DELAYED);
        });
        assertThat(detail.open()).isTrue();
        assertThat(jdbc.queryForObject("select details::text from case_client where case_id = ?", String.class,
                opened.caseId().value())).doesNotContain("Aaltje").doesNotContain("123456782");
    }

    @Test
    void anErasedClientReadsAsAbsent() {
        Opened opened = open();
        view.on(new PlanGoalSet(opened.caseId(), opened.networkId(), UUID.randomUUID().toString(),
                vault.seal(opened.clientId().asString(), "Zelfstandig blijven wonen"), AT));

        vault.erase(opened.clientId().asString());

        CaseReads.CaseDetail detail = reads.read(opened.caseId(), coordinatorOf(opened)).orElseThrow();
        assertThat(detail.clients()).singleElement().satisfies(client -> {
            assertThat(client.clientId()).isEqualTo(opened.clientId().asString());
            assertThat(client.name()).isNull();
            assertThat(client.bsn()).isNull();
        });
        assertThat(detail.plan().goals()).singleElement().satisfies(goal -> assertThat(goal.goal()).isNull());
    }

    @Test
    void replayingEventsLeavesTheSameRows() {
        Opened opened = open();
        Party ggz = Party.organisation(OrganisationId.of("ggz-replay"));
        CaseTeamMemberAdded added = new CaseTeamMemberAdded(opened.caseId(), opened.networkId(), ggz, AT);
        BilateralHandlingRecorded bilateral = new BilateralHandlingRecorded(opened.caseId(), opened.networkId(), ggz,
                Party.organisation(OrganisationId.of(opened.coordinator())), AT);

        view.on(added);
        view.on(added);
        view.on(bilateral, 7);
        view.on(bilateral, 7);
        view.on(new CaseTeamMemberRemoved(opened.caseId(), opened.networkId(), ggz, AT));

        CaseReads.CaseDetail detail = reads.read(opened.caseId(), coordinatorOf(opened)).orElseThrow();
        assertThat(detail.team()).containsExactly(Party.organisation(OrganisationId.of(opened.coordinator())));
        assertThat(detail.bilateralHandlings()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from case_client where case_id = ?", Long.class,
                opened.caseId().value())).isEqualTo(1);
    }

    @Test
    void outsidersAreToldNothingExists() {
        Opened opened = open();

        assertThat(reads.read(opened.caseId(), new Actor("p", Optional.of(OrganisationId.of("ggz-elders")),
                Set.of(Roles.PROFESSIONAL)))).isEmpty();
        assertThat(reads.read(opened.caseId(), new Actor("c", Optional.of(OrganisationId.of("ggd-elders")),
                Set.of(Roles.NETWORK_COORDINATOR)))).isEmpty();
        assertThat(reads.list(new Actor("p", Optional.of(OrganisationId.of("ggz-elders")), Set.of(Roles.PROFESSIONAL))))
                .noneMatch(summary -> summary.caseId().equals(opened.caseId().asString()));
        assertThat(reads.list(coordinatorOf(opened))).extracting(CaseReads.CaseSummary::caseId)
                .contains(opened.caseId().asString());
    }
}
