package nl.samenspel.cases.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.samenspel.contracts.Formality;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.SignallerRole;
import nl.samenspel.contracts.cases.SignalRaisedV1;
import nl.samenspel.testsupport.PersonalDataLeaks;
import org.junit.jupiter.api.Test;

class SignalIntegrationEventsTest {

    private final SignalIntegrationEvents translator = new SignalIntegrationEvents();

    @Test
    void publishesTheSignalWithoutItsConcernText() throws Exception {
        SignalId id = SignalId.random();
        SignalRaised stored = new SignalRaised(id, NetworkId.of("wijknetwerk-noord"), SignallerRole.KEY_RESIDENT,
                "Mevrouw op nummer 12 is erg vergeetachtig geworden.", true, Instant.parse("2026-11-24T09:00:00Z"));

        SignalRaisedV1 published = (SignalRaisedV1) PersonalDataLeaks.assertPublishesNoPersonalData(translator, stored);

        assertThat(published).isEqualTo(new SignalRaisedV1(id.value(), "wijknetwerk-noord", SignallerRole.KEY_RESIDENT,
                Formality.INFORMAL, true, Instant.parse("2026-11-24T09:00:00Z")));
    }

    @Test
    void aProfessionalSourceIsFormal() {
        SignalRaised stored = new SignalRaised(SignalId.random(), NetworkId.of("oggz-zuiderhaven"),
                SignallerRole.PROFESSIONAL, "Zorgen.", false, Instant.now());

        assertThat(((SignalRaisedV1) translator.translate(stored)).formality()).isEqualTo(Formality.FORMAL);
    }
}
