package nl.samenspel.partners.organisation;

import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.partners.ServiceAreaChangedV1;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

@Component
class ServiceAreaIntegrationEvents implements IntegrationEventTranslator<ServiceAreaChanged> {

    @Override
    public Class<ServiceAreaChanged> sourceType() {
        return ServiceAreaChanged.class;
    }

    @Override
    public IntegrationEvent translate(ServiceAreaChanged event) {
        return new ServiceAreaChangedV1(event.organisationId().value(),
                OrganisationIntegrationEvents.sorted(event.neighbourhoods()), event.changedAt());
    }
}
