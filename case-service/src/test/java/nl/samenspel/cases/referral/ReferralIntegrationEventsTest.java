package nl.samenspel.cases.referral;

import static nl.samenspel.cases.PublishedSchemas.schemaErrors;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.DeclineReason;
import nl.samenspel.contracts.HelpDirection;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.ReferralTarget;
import nl.samenspel.contracts.cases.ReferralAcceptedV1;
import nl.samenspel.contracts.cases.ReferralCompletedV1;
import nl.samenspel.contracts.cases.ReferralDeclinedV1;
import nl.samenspel.contracts.cases.ReferralMadeV1;
import org.junit.jupiter.api.Test;

class ReferralIntegrationEventsTest {

    private static final Instant AT = Instant.parse("2026-11-24T09:00:00.123456Z");
    private static final NetworkId WIJK = NetworkId.of("wijknetwerk-noord");

    private final CaseId caseId = CaseId.random();
    private final ReferralId referralId = ReferralId.random();

    @Test
    void aReferralIsPublishedWithItsDirectionAndLegalBasis() throws Exception {
        IntegrationEvent published = new ReferralIntegrationEvents.Made().translate(new ReferralMade(referralId,
                caseId, WIJK, OrganisationId.of("welzijn-zuiderhaven"), ReferralTarget.ORGANISATION,
                "schuldhulp-zuiderhaven", false, HelpDirection.FORMAL_TO_FORMAL, LegalBasis.EXPLICIT_CONSENT, null,
                LocalDate.parse("2026-12-04"), AT));

        assertThat(published).isEqualTo(new ReferralMadeV1(caseId.asString(), WIJK.value(), referralId.asString(),
                "welzijn-zuiderhaven", ReferralTarget.ORGANISATION, "schuldhulp-zuiderhaven", false,
                HelpDirection.FORMAL_TO_FORMAL, LegalBasis.EXPLICIT_CONSENT, null, LocalDate.parse("2026-12-04"), AT));
        assertThat(published.subject()).isEqualTo(caseId.asString());
        assertThat(schemaErrors(published)).isEmpty();
    }

    @Test
    void aReferralToASelfHelpGroupHasNoAnswerDueAndFitsTheSchema() throws Exception {
        ReferralMadeV1 published = (ReferralMadeV1) new ReferralIntegrationEvents.Made().translate(new ReferralMade(
                referralId, caseId, WIJK, OrganisationId.of("welzijn-zuiderhaven"), ReferralTarget.ORGANISATION,
                "zelfhulp-rouw-noord", true, HelpDirection.FORMAL_TO_INFORMAL, LegalBasis.INFORMED_CONSENT, null,
                null, AT));

        assertThat(published.selfHelpGroup()).isTrue();
        assertThat(published.answerDueOn()).isNull();
        assertThat(schemaErrors(published)).isEmpty();
    }

    @Test
    void answersAndCompletionFitTheirSchemas() throws Exception {
        IntegrationEvent accepted = new ReferralIntegrationEvents.Accepted().translate(new ReferralAccepted(
                referralId, caseId, WIJK, ReferralTarget.NETWORK, "oggz-zuiderhaven",
                LegalBasis.HIGHER_INTEREST_OVERRIDE, null, AT));
        IntegrationEvent declined = new ReferralIntegrationEvents.Declined().translate(new ReferralDeclined(
                referralId, caseId, WIJK, "woonstede", DeclineReason.OUTSIDE_TARGET_GROUP, AT));
        IntegrationEvent completed = new ReferralIntegrationEvents.Completed().translate(new ReferralCompleted(
                referralId, caseId, WIJK, "woonstede", AT));

        assertThat(accepted).isEqualTo(new ReferralAcceptedV1(caseId.asString(), WIJK.value(), referralId.asString(),
                "oggz-zuiderhaven", LegalBasis.HIGHER_INTEREST_OVERRIDE, null, AT));
        assertThat(declined).isEqualTo(new ReferralDeclinedV1(caseId.asString(), WIJK.value(), referralId.asString(),
                "woonstede", DeclineReason.OUTSIDE_TARGET_GROUP, AT));
        assertThat(completed).isEqualTo(new ReferralCompletedV1(caseId.asString(), WIJK.value(),
                referralId.asString(), "woonstede", AT));
        for (IntegrationEvent event : new IntegrationEvent[] {accepted, declined, completed}) {
            assertThat(schemaErrors(event)).as(event.getClass().getSimpleName()).isEmpty();
            assertThat(event.subject()).isEqualTo(caseId.asString());
        }
    }
}
