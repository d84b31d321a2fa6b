package nl.samenspel.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.ClientId;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.client.ClientDetails;
import nl.samenspel.cases.client.SealedClientDetails;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PartyKind;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.Presentation;
import nl.samenspel.contracts.ProblemDomain;
import nl.samenspel.contracts.cases.ActionAgreedV1;
import nl.samenspel.contracts.cases.CaseOpenedV1;
import org.junit.jupiter.api.Test;

/** What crosses over to Kafka: ids and facts, never the sealed client details or texts. */
class CaseIntegrationEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Instant AT = Instant.parse("2026-11-24T09:00:00Z");
    private static final NetworkId NETWORK = NetworkId.of("oggz-zuiderhaven");
    private static final CaseId CASE = CaseId.random();
    private static final ClientId CLIENT = ClientId.random();

    @Test
    void anOpenedCaseNamesItsClientByIdOnly() throws Exception {
        SealedClientDetails sealed = SealedClientDetails.seal(new TestVault(), CLIENT, new ClientDetails("Jan Smit",
                LocalDate.parse("1970-01-01"), "111222333", "Kerkweg 3", null, null));
        String signal = UUID.randomUUID().toString();
        CaseOpened opened = new CaseOpened(CASE, NETWORK, CLIENT, sealed, signal, false,
                List.of(ProblemDomain.HOUSING), true, Presentation.NUISANCE, LegalBasis.HIGHER_INTEREST_OVERRIDE,
                Party.organisation(OrganisationId.of("ggd-zuiderhaven")), AT);

        CaseOpenedV1 published = (CaseOpenedV1) new CaseIntegrationEvents.CaseOpenedTranslator().translate(opened);

        assertThat(published).isEqualTo(new CaseOpenedV1(CASE.asString(), NETWORK.value(), CLIENT.asString(), signal,
                false, List.of(ProblemDomain.HOUSING), true, Presentation.NUISANCE,
                LegalBasis.HIGHER_INTEREST_OVERRIDE, AT));
        String json = JSON.writeValueAsString(published);
        assertThat(json).doesNotContain(sealed.name().data()).doesNotContain(sealed.bsn().data())
                .doesNotContain("Jan Smit").doesNotContain("111222333");
    }

    @Test
    void anAgreedActionCarriesItsOwnerButNotItsDescription() throws Exception {
        ActionId action = ActionId.random();
        PersonId volunteer = PersonId.random();
        ActionAgreed agreed = new ActionAgreed(CASE, NETWORK, action,
                TestVault.sealed(CLIENT.asString(), "Samen boodschappen doen"), Party.informalHelper(volunteer),
                LocalDate.parse("2026-12-01"), null, AT);

        ActionAgreedV1 published = (ActionAgreedV1) new CaseIntegrationEvents.ActionAgreedTranslator()
                .translate(agreed);

        assertThat(published).isEqualTo(new ActionAgreedV1(CASE.asString(), NETWORK.value(), action.asString(),
                PartyKind.INFORMAL_HELPER, volunteer.asString(), LocalDate.parse("2026-12-01"), null, AT));
        assertThat(JSON.writeValueAsString(published)).doesNotContain(agreed.description().data());
    }
}
