package nl.samenspel.partners.socialmap;

import java.util.Collection;
import java.util.List;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.partners.ServiceOfferedV1;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

@Component
class ServiceOfferedIntegrationEvents implements IntegrationEventTranslator<ServiceOffered> {

    /** Sorted, so the same set is always published as the same list. */
    static <T extends Comparable<T>> List<T> sorted(Collection<T> values) {
        return values.stream().sorted().toList();
    }

    @Override
    public Class<ServiceOffered> sourceType() {
        return ServiceOffered.class;
    }

    @Override
    public IntegrationEvent translate(ServiceOffered event) {
        ServiceDescription service = event.service();
        return new ServiceOfferedV1(event.serviceId().value(), event.organisationId().value(), service.name(),
                service.description(), sorted(service.needs()), service.kindOfHelp(), sorted(service.neighbourhoods()),
                service.capacity(), service.howToReach(), event.offeredAt());
    }
}
