package nl.samenspel.cases.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.contracts.Formality;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.SignallerRole;
import nl.samenspel.contracts.cases.SignalFeedbackOverdueV1;
import nl.samenspel.contracts.cases.SignalFeedbackRecordedV1;
import nl.samenspel.contracts.cases.SignalRaisedV1;
import nl.samenspel.testsupport.PersonalDataLeaks;
import org.junit.jupiter.api.Test;

class SignalIntegrationEventsTest {

    private static final SignalId ID = SignalId.random();
    private static final NetworkId NETWORK = NetworkId.of("wijknetwerk-noord");
    private static final LocalDate DUE_ON = LocalDate.parse("2026-12-08");

    private final SignalIntegrationEvents translator = new SignalIntegrationEvents();

    @Test
    void publishesTheSignalWithoutItsConcernTextOrSignaller() throws Exception {
        SignalRaised stored = new SignalRaised(ID, NETWORK, SignallerRole.KEY_RESIDENT,
                TestVault.sealed(ID.value(), "Mevrouw op nummer 12 is erg vergeetachtig geworden."), false,
                "key-resident-piet", TestVault.index("signaller", "key-resident-piet"),
                Instant.parse("2026-11-24T09:00:00Z"), DUE_ON,
                Instant.parse("2026-12-08T23:00:00Z"));

        SignalRaisedV1 published = (SignalRaisedV1) PersonalDataLeaks.assertPublishesNoPersonalData(translator, stored);

        assertThat(published).isEqualTo(new SignalRaisedV1(ID.value(), "wijknetwerk-noord", SignallerRole.KEY_RESIDENT,
                Formality.INFORMAL, false, Instant.parse("2026-11-24T09:00:00Z")));
        assertThat(published.toString()).doesNotContain("key-resident-piet")
                .doesNotContain(TestVault.index("signaller", "key-resident-piet"));
    }

    @Test
    void aProfessionalSourceIsFormal() {
        SignalRaised stored = new SignalRaised(ID, NetworkId.of("oggz-zuiderhaven"), SignallerRole.PROFESSIONAL,
                TestVault.sealed(ID.value(), "Zorgen."), false, "pro", TestVault.index("signaller", "pro"), Instant.now(),
                DUE_ON, Instant.now());

        assertThat(((SignalRaisedV1) translator.translate(stored)).formality()).isEqualTo(Formality.FORMAL);
    }

    @Test
    void publishesFeedbackWithItsDueDateButWithoutItsText() throws Exception {
        SignalFeedbackRecorded stored = new SignalFeedbackRecorded(ID, NETWORK,
                TestVault.sealed(ID.value(), "Er is contact gelegd met mevrouw."), DUE_ON,
                Instant.parse("2026-12-01T10:00:00Z"));

        assertThat(PersonalDataLeaks.assertPublishesNoPersonalData(new SignalIntegrationEvents.FeedbackRecorded(),
                stored)).isEqualTo(new SignalFeedbackRecordedV1(ID.value(), "wijknetwerk-noord", DUE_ON,
                        Instant.parse("2026-12-01T10:00:00Z")));
    }

    @Test
    void publishesOverdueFeedback() {
        Instant overdueAt = Instant.parse("2026-12-08T23:00:00Z");
        SignalFeedbackOverdue stored = new SignalFeedbackOverdue(ID, NETWORK, DUE_ON, overdueAt);

        assertThat(new SignalIntegrationEvents.FeedbackOverdue().translate(stored)).isEqualTo(
                new SignalFeedbackOverdueV1(ID.value(), "wijknetwerk-noord", DUE_ON, overdueAt));
    }
}
