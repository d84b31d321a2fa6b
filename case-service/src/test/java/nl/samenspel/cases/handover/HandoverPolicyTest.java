package nl.samenspel.cases.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.RecordedCommands;
import nl.samenspel.cases.casefile.ChangeCaseLead;
import nl.samenspel.cases.casefile.ReassignAction;
import nl.samenspel.cases.deadline.DeadlineId;
import nl.samenspel.cases.deadline.DeadlineKind;
import nl.samenspel.cases.deadline.MeetDeadline;
import nl.samenspel.cases.deadline.ScheduleDeadline;
import nl.samenspel.contracts.DeclineReason;
import nl.samenspel.contracts.HandoverSubject;
import nl.samenspel.contracts.HelpDirection;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import org.junit.jupiter.api.Test;

class HandoverPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final LocalDate DUE = LocalDate.parse("2026-12-01");
    private static final NetworkId WIJK = NetworkId.of("wijknetwerk-noord");
    private static final OrganisationId WIJKTEAM = OrganisationId.of("wijkteam-zuiderhaven");
    private static final OrganisationId GGZ = OrganisationId.of("ggz-delta");
    private static final OrganisationId VRIJWILLIGERS = OrganisationId.of("vrijwilligers-zuiderhaven");

    private final RecordedCommands commands = new RecordedCommands();
    private final HandoverPolicy policy = new HandoverPolicy(commands.gateway());
    private final HandoverId handoverId = HandoverId.random();
    private final CaseId caseId = CaseId.random();
    private final ActionId task = ActionId.random();
    private final PersonId volunteer = PersonId.random();
    private final DeadlineId acceptance = DeadlineId.of(DeadlineKind.HANDOVER_ACCEPTANCE, handoverId.value());

    @Test
    void aHandoverToAVolunteerIsWatchedUntilItsAcceptanceDateWithThePersonAsCounterpart() {
        policy.on(new HandoverInitiated(handoverId, caseId, WIJK, HandoverSubject.TASK, task,
                Party.organisation(WIJKTEAM), Party.informalHelper(volunteer), VRIJWILLIGERS,
                HelpDirection.FORMAL_TO_INFORMAL, PersonId.random(), LegalBasis.EXPLICIT_CONSENT, null, DUE, NOW));

        assertThat(commands.sent()).containsExactly(
                new ScheduleDeadline(acceptance, caseId, WIJK, volunteer.asString(), DUE));
    }

    @Test
    void anAcceptedLeadHandoverMeetsTheDeadlineAndMovesTheLead() {
        policy.on(new HandoverAccepted(handoverId, caseId, WIJK, HandoverSubject.CASE_LEAD, null,
                Party.organisation(GGZ), LegalBasis.EXPLICIT_CONSENT, null, NOW));

        assertThat(commands.sent()).containsExactly(new MeetDeadline(acceptance),
                new ChangeCaseLead(caseId, Party.organisation(GGZ), handoverId.asString()));
    }

    @Test
    void anAcceptedTaskHandoverMeetsTheDeadlineAndMovesTheTask() {
        policy.on(new HandoverAccepted(handoverId, caseId, WIJK, HandoverSubject.TASK, task,
                Party.informalHelper(volunteer), LegalBasis.EXPLICIT_CONSENT, null, NOW));

        assertThat(commands.sent()).containsExactly(new MeetDeadline(acceptance),
                new ReassignAction(caseId, task, Party.informalHelper(volunteer), handoverId.asString()));
    }

    @Test
    void aDeclineMeetsTheDeadline() {
        policy.on(new HandoverDeclined(handoverId, caseId, WIJK, Party.organisation(GGZ), DeclineReason.OTHER, NOW));

        assertThat(commands.sent()).containsExactly(new MeetDeadline(acceptance));
    }
}
