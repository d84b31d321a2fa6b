package nl.samenspel.cases.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.RecordedCommands;
import nl.samenspel.cases.casefile.AddCaseTeamMember;
import nl.samenspel.cases.deadline.DeadlineId;
import nl.samenspel.cases.deadline.DeadlineKind;
import nl.samenspel.cases.deadline.MeetDeadline;
import nl.samenspel.cases.deadline.ScheduleDeadline;
import nl.samenspel.contracts.DeclineReason;
import nl.samenspel.contracts.HelpDirection;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.ReferralTarget;
import org.junit.jupiter.api.Test;

class ReferralPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final LocalDate DUE = LocalDate.parse("2026-12-04");
    private static final NetworkId WIJK = NetworkId.of("wijknetwerk-noord");
    private static final OrganisationId WELZIJN = OrganisationId.of("welzijn-zuiderhaven");
    private static final OrganisationId SCHULDHULP = OrganisationId.of("schuldhulp-zuiderhaven");

    private final RecordedCommands commands = new RecordedCommands();
    private final ReferralPolicy policy = new ReferralPolicy(commands.gateway());
    private final ReferralId referralId = ReferralId.random();
    private final CaseId caseId = CaseId.random();
    private final DeadlineId answer = DeadlineId.of(DeadlineKind.REFERRAL_ANSWER, referralId.value());

    private ReferralMade made(ReferralTarget target, String targetId, boolean selfHelp) {
        return new ReferralMade(referralId, caseId, WIJK, WELZIJN, target, targetId, selfHelp,
                HelpDirection.FORMAL_TO_FORMAL, LegalBasis.EXPLICIT_CONSENT, null, selfHelp ? null : DUE, NOW);
    }

    @Test
    void aReferralIsWatchedUntilItsAnswerDate() {
        policy.on(made(ReferralTarget.ORGANISATION, SCHULDHULP.value(), false));

        assertThat(commands.sent()).containsExactly(
                new ScheduleDeadline(answer, caseId, WIJK, SCHULDHULP.value(), DUE));
    }

    @Test
    void aReferralToAnotherNetworkAwaitsThatNetwork() {
        policy.on(made(ReferralTarget.NETWORK, "oggz-zuiderhaven", false));

        assertThat(commands.sent())
                .containsExactly(new ScheduleDeadline(answer, caseId, WIJK, "oggz-zuiderhaven", DUE));
    }

    @Test
    void aReferralToASelfHelpGroupHasNothingToWatch() {
        policy.on(made(ReferralTarget.ORGANISATION, "zelfhulp-zuiderhaven", true));

        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void anOrganisationThatAcceptsMeetsTheDeadlineAndJoinsTheTeam() {
        policy.on(new ReferralAccepted(referralId, caseId, WIJK, ReferralTarget.ORGANISATION, SCHULDHULP.value(),
                LegalBasis.EXPLICIT_CONSENT, null, NOW));

        assertThat(commands.sent()).containsExactly(new MeetDeadline(answer),
                new AddCaseTeamMember(caseId, Party.organisation(SCHULDHULP)));
    }

    @Test
    void aNetworkThatAcceptsMeetsTheDeadlineAndJoinsNoTeam() {
        policy.on(new ReferralAccepted(referralId, caseId, WIJK, ReferralTarget.NETWORK, "oggz-zuiderhaven",
                LegalBasis.EXPLICIT_CONSENT, null, NOW));

        assertThat(commands.sent()).containsExactly(new MeetDeadline(answer));
    }

    @Test
    void aDeclineMeetsTheDeadline() {
        policy.on(new ReferralDeclined(referralId, caseId, WIJK, SCHULDHULP.value(), DeclineReason.NO_CAPACITY, NOW));

        assertThat(commands.sent()).containsExactly(new MeetDeadline(answer));
    }
}
