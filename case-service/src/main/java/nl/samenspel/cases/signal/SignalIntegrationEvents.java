package nl.samenspel.cases.signal;

import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.cases.SignalRaisedV1;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

/** Publishes a raised signal without its concern text. */
@Component
class SignalIntegrationEvents implements IntegrationEventTranslator<SignalRaised> {

    @Override
    public Class<SignalRaised> sourceType() {
        return SignalRaised.class;
    }

    @Override
    public IntegrationEvent translate(SignalRaised event) {
        return new SignalRaisedV1(event.signalId().value(), event.networkId().value(), event.signallerRole(),
                event.signallerRole().formality(), event.anonymous(), event.raisedAt());
    }
}
