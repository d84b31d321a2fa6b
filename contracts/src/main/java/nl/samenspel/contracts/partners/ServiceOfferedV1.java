package nl.samenspel.contracts.partners;

import java.time.Instant;
import java.util.List;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.Need;

/**
 * An organisation put a service on the social map (sociale kaart). Self-help groups are listed like any
 * service, with no member data at all.
 *
 * @param serviceId      the service, also the subject
 * @param organisationId the organisation offering it
 * @param name           what it is called, e.g. "Maatjesproject Noord"
 * @param description    what it offers and for whom, in words
 * @param needs          needs it helps with
 * @param kindOfHelp     formal or informal help
 * @param neighbourhoods CBS wijk and buurt codes where it is offered
 * @param capacity       places available, or null when not limited
 * @param howToReach     how to reach it: a general phone number, address, website or walk-in hours, never a person
 * @param offeredAt      when
 */
@CloudEventType(value = "nl.samenspel.partner.service-offered", schemaVersion = 1)
public record ServiceOfferedV1(
        String serviceId,
        String organisationId,
        String name,
        String description,
        List<Need> needs,
        KindOfHelp kindOfHelp,
        List<String> neighbourhoods,
        Integer capacity,
        String howToReach,
        Instant offeredAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return serviceId;
    }
}
