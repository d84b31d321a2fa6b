package nl.samenspel.contracts.partners;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.PersonKind;

/**
 * A professional or informal helper was registered. Carries no name or contact details: only the pseudonymous
 * id, the kind of person and the organisation (none for a family carer).
 *
 * @param personId       the person, also the subject
 * @param kind           professional or the kind of informal helper
 * @param organisationId the organisation the person works or volunteers for; null for a family carer without one
 * @param registeredAt   when
 */
@CloudEventType(value = "nl.samenspel.partner.person-registered", schemaVersion = 1)
public record PersonRegisteredV1(
        String personId,
        PersonKind kind,
        String organisationId,
        Instant registeredAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return personId;
    }
}
