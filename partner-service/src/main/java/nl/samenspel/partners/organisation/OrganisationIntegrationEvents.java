package nl.samenspel.partners.organisation;

import java.util.List;
import java.util.Set;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.partners.OrganisationRegisteredV1;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

@Component
class OrganisationIntegrationEvents implements IntegrationEventTranslator<OrganisationRegistered> {

    /** Sorted, so the same set of neighbourhoods is always published as the same list. */
    static List<String> sorted(Set<String> neighbourhoods) {
        return neighbourhoods.stream().sorted().toList();
    }

    @Override
    public Class<OrganisationRegistered> sourceType() {
        return OrganisationRegistered.class;
    }

    @Override
    public IntegrationEvent translate(OrganisationRegistered event) {
        return new OrganisationRegisteredV1(event.organisationId().value(), event.name(), event.kindOfHelp(),
                event.kindOfParty(), event.organisationType(), event.sector(), event.municipalityCode(),
                sorted(event.neighbourhoods()), event.registeredAt());
    }
}
