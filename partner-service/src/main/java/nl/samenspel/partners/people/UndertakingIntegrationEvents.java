package nl.samenspel.partners.people;

import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.partners.ConfidentialityUndertakingSignedV1;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

/** Tells other services an informal helper may now see personal data in a network, as far as R3 goes. */
@Component
class UndertakingIntegrationEvents implements IntegrationEventTranslator<ConfidentialityUndertakingSigned> {

    @Override
    public Class<ConfidentialityUndertakingSigned> sourceType() {
        return ConfidentialityUndertakingSigned.class;
    }

    @Override
    public IntegrationEvent translate(ConfidentialityUndertakingSigned event) {
        return new ConfidentialityUndertakingSignedV1(event.personId().toString(), event.networkId().value(),
                event.signedAt());
    }
}
