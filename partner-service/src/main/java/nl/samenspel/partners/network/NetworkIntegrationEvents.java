package nl.samenspel.partners.network;

import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

@Component
class NetworkIntegrationEvents implements IntegrationEventTranslator<NetworkRegistered> {

    @Override
    public Class<NetworkRegistered> sourceType() {
        return NetworkRegistered.class;
    }

    @Override
    public IntegrationEvent translate(NetworkRegistered event) {
        return new NetworkRegisteredV1(event.networkId().value(), event.name(), event.type(), event.municipalityCode(),
                event.coordinatorOrganisation().value(), event.registeredAt());
    }
}
