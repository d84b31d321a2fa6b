package nl.samenspel.cases.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.samenspel.cases.signal.TestVault;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.ProblemDomain;
import nl.samenspel.contracts.Severity;
import nl.samenspel.contracts.cases.ConsultativeAdviceGivenV1;
import nl.samenspel.contracts.cases.ConsultativeQuestionAskedV1;
import nl.samenspel.testsupport.PersonalDataLeaks;
import org.junit.jupiter.api.Test;

class ConsultationIntegrationEventsTest {

    private static final ConsultativeQuestionId ID = ConsultativeQuestionId.random();
    private static final Instant AT = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void aQuestionIsPublishedWithoutItsTextOrToken() throws Exception {
        ConsultativeQuestionAsked stored = new ConsultativeQuestionAsked(ID, NetworkId.of("wijknetwerk-noord"),
                List.of(ProblemDomain.CARER_OVERLOAD), Severity.MODERATE,
                TestVault.sealed(ID.asString(), "Een mantelzorger raakt overbelast."), "b".repeat(64), AT);

        ConsultativeQuestionAskedV1 published = (ConsultativeQuestionAskedV1) PersonalDataLeaks
                .assertPublishesNoPersonalData(new ConsultationIntegrationEvents(), stored);

        assertThat(published).isEqualTo(new ConsultativeQuestionAskedV1(ID.asString(), "wijknetwerk-noord",
                List.of(ProblemDomain.CARER_OVERLOAD), Severity.MODERATE, AT));
    }

    @Test
    void adviceIsPublishedWithoutItsText() throws Exception {
        ConsultativeAdviceGiven stored = new ConsultativeAdviceGiven(ID, NetworkId.of("wijknetwerk-noord"),
                Severity.HIGH, true, TestVault.sealed(ID.asString(), "Doe een melding."), AT);

        assertThat(PersonalDataLeaks.assertPublishesNoPersonalData(new ConsultationIntegrationEvents.AdviceGiven(),
                stored)).isEqualTo(new ConsultativeAdviceGivenV1(ID.asString(), "wijknetwerk-noord", Severity.HIGH,
                        true, AT));
    }
}
