package nl.samenspel.shared.messaging;

import nl.samenspel.contracts.IntegrationEvent;

/**
 * Turns one internal event-sourcing event into the integration event other services see. This is
 * where personal data is left behind: only what the published language allows crosses over.
 * Stored events without a translator stay inside their service.
 */
public interface IntegrationEventTranslator<E> {

    Class<E> sourceType();

    IntegrationEvent translate(E event);
}
