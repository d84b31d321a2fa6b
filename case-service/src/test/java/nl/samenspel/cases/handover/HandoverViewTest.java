package nl.samenspel.cases.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.access.CaseAccess;
import nl.samenspel.cases.access.CaseDisclosure;
import nl.samenspel.cases.vault.JdbcPersonalDataVault;
import nl.samenspel.cases.vault.PersonalDataVault;
import nl.samenspel.contracts.DeclineReason;
import nl.samenspel.contracts.HandoverSubject;
import nl.samenspel.contracts.HelpDirection;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PartyKind;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The handover read model on real PostgreSQL with the real vault. */
class HandoverViewTest {

    private static final Instant INITIATED = Instant.parse("2026-11-24T09:00:00.123456Z");
    private static final Instant ANSWERED = Instant.parse("2026-11-25T10:00:00.654321Z");
    private static final NetworkId WIJK = NetworkId.of("wijknetwerk-noord");
    private static final String FEEDBACK = "Meneer gaat weer wekelijks naar de buurtkamer.";

    private static final CaseAccess TEAM = new CaseAccess(CaseAccess.Level.TEAM, Optional.empty());
    private static final CaseAccess DEPLOYED = new CaseAccess(CaseAccess.Level.DEPLOYED, Optional.empty());
    private static final CaseAccess TASK = new CaseAccess(CaseAccess.Level.TASK, Optional.empty());

    private static JdbcTemplate jdbc;
    private static PersonalDataVault vault;
    private static HandoverView view;

    @BeforeAll
    static void database() {
        jdbc = new JdbcTemplate(TestInfrastructure.migratedDataSource());
        vault = new JdbcPersonalDataVault(jdbc, Base64.getDecoder()
                .decode("057/Nh+D06TeJ+91qnepV9Pb60gA/+y9VJOaTN6g1U8="), Clock.systemUTC());
        view = new HandoverView(jdbc, new CaseDisclosure(vault));
    }

    private static OrganisationId unique(String prefix) {
        return OrganisationId.of(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void aTaskHandedToAVolunteerIsIncomingForTheirOrganisationAndShowsItsFeedbackUntilErased() {
        CaseId caseId = CaseId.random();
        HandoverId id = HandoverId.random();
        ActionId task = ActionId.random();
        PersonId volunteer = PersonId.random();
        PersonId backstop = PersonId.random();
        OrganisationId volunteers = unique("vrijwilligers");
        HandoverInitiated initiated = new HandoverInitiated(id, caseId, WIJK, HandoverSubject.TASK, task,
                Party.organisation(OrganisationId.of("wijkteam-zuiderhaven")), Party.informalHelper(volunteer),
                volunteers, HelpDirection.FORMAL_TO_INFORMAL, backstop, LegalBasis.EXPLICIT_CONSENT, null,
                LocalDate.parse("2026-12-01"), INITIATED);

        view.on(initiated);
        view.on(new HandoverAccepted(id, caseId, WIJK, HandoverSubject.TASK, task, Party.informalHelper(volunteer),
                LegalBasis.EXPLICIT_CONSENT, null, ANSWERED));
        view.on(new HandoverFeedbackReturned(id, caseId, WIJK, Party.informalHelper(volunteer),
                vault.seal(caseId.asString(), FEEDBACK), ANSWERED.plusSeconds(60)));
        view.on(initiated);

        HandoverView.HandoverSummary expected = new HandoverView.HandoverSummary(id.asString(), caseId.asString(),
                WIJK.value(), HandoverSubject.TASK, task.asString(), PartyKind.ORGANISATION, "wijkteam-zuiderhaven",
                PartyKind.INFORMAL_HELPER, volunteer.asString(), volunteers.value(), HelpDirection.FORMAL_TO_INFORMAL,
                backstop.asString(), LegalBasis.EXPLICIT_CONSENT, "FEEDBACK_RETURNED", null,
                LocalDate.parse("2026-12-01"), INITIATED, ANSWERED, ANSWERED.plusSeconds(60), FEEDBACK);
        assertThat(view.incoming(volunteers, any -> TEAM)).containsExactly(expected);
        assertThat(view.ofCase(caseId, TEAM)).containsExactly(expected);
        assertThat(view.ofCase(caseId, DEPLOYED).get(0).feedback()).isNull();
        assertThat(view.incomingTo(volunteer, any -> TASK).get(0).feedback()).isNull();
        assertThat(jdbc.queryForObject("select feedback_data from handover where handover_id = ?", String.class,
                id.value())).doesNotContain("buurtkamer");

        vault.erase(caseId.asString());

        assertThat(view.ofCase(caseId, TEAM).get(0).feedback()).isNull();
    }

    @Test
    void aDeclinedLeadHandoverKeepsItsReasonAndIsIncomingOnlyForTheReceiver() {
        CaseId caseId = CaseId.random();
        HandoverId id = HandoverId.random();
        OrganisationId ggz = unique("ggz");
        view.on(new HandoverInitiated(id, caseId, WIJK, HandoverSubject.CASE_LEAD, null,
                Party.organisation(OrganisationId.of("welzijn-zuiderhaven")), Party.organisation(ggz), ggz,
                HelpDirection.FORMAL_TO_FORMAL, null, LegalBasis.EXPLICIT_CONSENT, null,
                LocalDate.parse("2026-12-01"), INITIATED));
        view.on(new HandoverDeclined(id, caseId, WIJK, Party.organisation(ggz), DeclineReason.NO_CAPACITY, ANSWERED));

        HandoverView.HandoverSummary summary = view.incoming(ggz, any -> TEAM).get(0);
        assertThat(summary.status()).isEqualTo("DECLINED");
        assertThat(summary.declineReason()).isEqualTo(DeclineReason.NO_CAPACITY);
        assertThat(summary.actionId()).isNull();
        assertThat(summary.feedback()).isNull();
        assertThat(view.incoming(unique("other"), any -> TEAM)).isEmpty();
    }
}
