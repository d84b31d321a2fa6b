package nl.samenspel.partners.socialmap;

import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.partners.ServiceWithdrawnV1;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

@Component
class ServiceWithdrawnIntegrationEvents implements IntegrationEventTranslator<ServiceWithdrawn> {

    @Override
    public Class<ServiceWithdrawn> sourceType() {
        return ServiceWithdrawn.class;
    }

    @Override
    public IntegrationEvent translate(ServiceWithdrawn event) {
        return new ServiceWithdrawnV1(event.serviceId().value(), event.organisationId().value(), event.withdrawnAt());
    }
}
