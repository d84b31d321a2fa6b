package nl.samenspel.partners.socialmap;

import static nl.samenspel.partners.socialmap.ServiceOfferedIntegrationEvents.sorted;

import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.partners.ServiceChangedV1;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

@Component
class ServiceChangedIntegrationEvents implements IntegrationEventTranslator<ServiceChanged> {

    @Override
    public Class<ServiceChanged> sourceType() {
        return ServiceChanged.class;
    }

    @Override
    public IntegrationEvent translate(ServiceChanged event) {
        ServiceDescription service = event.service();
        return new ServiceChangedV1(event.serviceId().value(), event.organisationId().value(), service.name(),
                service.description(), sorted(service.needs()), service.kindOfHelp(), sorted(service.neighbourhoods()),
                service.capacity(), service.howToReach(), event.changedAt());
    }
}
