package nl.samenspel.partners.people;

import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.partners.PersonRegisteredV1;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

/** Publishes who is in the networks by id and kind only; names and contact details stay here. */
@Component
class PersonIntegrationEvents implements IntegrationEventTranslator<PersonRegistered> {

    @Override
    public Class<PersonRegistered> sourceType() {
        return PersonRegistered.class;
    }

    @Override
    public IntegrationEvent translate(PersonRegistered event) {
        return new PersonRegisteredV1(event.personId().toString(), event.kind(),
                event.organisationId() == null ? null : event.organisationId().value(), event.registeredAt());
    }
}
