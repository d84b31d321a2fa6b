package nl.samenspel.partners.people;

import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.partners.PersonAccountLinkedV1;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

/** Publishes which login is which person, so other services know a volunteer's own tasks and handovers (R6). */
@Component
class AccountLinkIntegrationEvents implements IntegrationEventTranslator<PersonAccountLinked> {

    @Override
    public Class<PersonAccountLinked> sourceType() {
        return PersonAccountLinked.class;
    }

    @Override
    public IntegrationEvent translate(PersonAccountLinked event) {
        return new PersonAccountLinkedV1(event.personId().toString(), event.accountId(), event.linkedAt());
    }
}
