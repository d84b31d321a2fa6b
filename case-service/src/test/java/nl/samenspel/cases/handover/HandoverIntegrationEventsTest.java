package nl.samenspel.cases.handover;

import static nl.samenspel.cases.PublishedSchemas.schemaErrors;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.vault.Sealed;
import nl.samenspel.contracts.DeclineReason;
import nl.samenspel.contracts.HandoverSubject;
import nl.samenspel.contracts.HelpDirection;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PartyKind;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.cases.HandoverAcceptedV1;
import nl.samenspel.contracts.cases.HandoverFeedbackReturnedV1;
import nl.samenspel.contracts.cases.HandoverInitiatedV1;
import org.junit.jupiter.api.Test;

class HandoverIntegrationEventsTest {

    private static final Instant AT = Instant.parse("2026-11-24T09:00:00.123456Z");
    private static final NetworkId WIJK = NetworkId.of("wijknetwerk-noord");
    private static final OrganisationId WIJKTEAM = OrganisationId.of("wijkteam-zuiderhaven");

    private final CaseId caseId = CaseId.random();
    private final HandoverId handoverId = HandoverId.random();
    private final PersonId volunteer = PersonId.random();
    private final PersonId backstop = PersonId.random();
    private final ActionId task = ActionId.random();

    @Test
    void aTaskHandedToAVolunteerIsPublishedWithItsBackstopAndLegalBasis() throws Exception {
        IntegrationEvent published = new HandoverIntegrationEvents.Initiated().translate(new HandoverInitiated(
                handoverId, caseId, WIJK, HandoverSubject.TASK, task, Party.organisation(WIJKTEAM),
                Party.informalHelper(volunteer), OrganisationId.of("vrijwilligers-zuiderhaven"),
                HelpDirection.FORMAL_TO_INFORMAL, backstop, LegalBasis.EXPLICIT_CONSENT, null,
                LocalDate.parse("2026-12-01"), AT));

        assertThat(published).isEqualTo(new HandoverInitiatedV1(caseId.asString(), WIJK.value(),
                handoverId.asString(), HandoverSubject.TASK, task.asString(), PartyKind.ORGANISATION,
                WIJKTEAM.value(), PartyKind.INFORMAL_HELPER, volunteer.asString(), HelpDirection.FORMAL_TO_INFORMAL,
                backstop.asString(), LegalBasis.EXPLICIT_CONSENT, null, LocalDate.parse("2026-12-01"), AT));
        assertThat(schemaErrors(published)).isEmpty();
    }

    @Test
    void aLeadHandoverHasNoActionAndNoBackstop() throws Exception {
        HandoverInitiatedV1 published = (HandoverInitiatedV1) new HandoverIntegrationEvents.Initiated().translate(
                new HandoverInitiated(handoverId, caseId, WIJK, HandoverSubject.CASE_LEAD, null,
                        Party.informalHelper(volunteer), Party.organisation(WIJKTEAM), WIJKTEAM,
                        HelpDirection.INFORMAL_TO_FORMAL, null, LegalBasis.INFORMED_CONSENT, null,
                        LocalDate.parse("2026-12-01"), AT));

        assertThat(published.actionId()).isNull();
        assertThat(published.backstopId()).isNull();
        assertThat(schemaErrors(published)).isEmpty();
    }

    @Test
    void answersFitTheirSchemasAndFeedbackLeavesItsTextBehind() throws Exception {
        IntegrationEvent accepted = new HandoverIntegrationEvents.Accepted().translate(new HandoverAccepted(
                handoverId, caseId, WIJK, HandoverSubject.TASK, task, Party.informalHelper(volunteer),
                LegalBasis.EXPLICIT_CONSENT, null, AT));
        IntegrationEvent declined = new HandoverIntegrationEvents.Declined().translate(new HandoverDeclined(
                handoverId, caseId, WIJK, Party.organisation(WIJKTEAM), DeclineReason.OUTSIDE_AGREED_TASKS, AT));
        Sealed feedback = new Sealed(caseId.asString(), "bm9uY2Vub25jZQ==", "Y2lwaGVydGV4dC1vZi1mZWVkYmFjaw==");
        IntegrationEvent returned = new HandoverIntegrationEvents.FeedbackReturned().translate(
                new HandoverFeedbackReturned(handoverId, caseId, WIJK, Party.informalHelper(volunteer), feedback, AT));

        assertThat(accepted).isEqualTo(new HandoverAcceptedV1(caseId.asString(), WIJK.value(), handoverId.asString(),
                volunteer.asString(), LegalBasis.EXPLICIT_CONSENT, null, AT));
        assertThat(returned).isEqualTo(new HandoverFeedbackReturnedV1(caseId.asString(), WIJK.value(),
                handoverId.asString(), volunteer.asString(), AT));
        assertThat(new ObjectMapper().registerModule(new JavaTimeModule()).writeValueAsString(returned))
                .doesNotContain(feedback.data());
        for (IntegrationEvent event : new IntegrationEvent[] {accepted, declined, returned}) {
            assertThat(schemaErrors(event)).as(event.getClass().getSimpleName()).isEmpty();
            assertThat(event.subject()).isEqualTo(caseId.asString());
        }
    }
}
