package nl.samenspel.contracts.partners;

import java.time.Instant;
import java.util.List;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.KindOfParty;
import nl.samenspel.contracts.OrganisationType;
import nl.samenspel.contracts.Sector;

/**
 * A partner organisation was registered with partner-service. Organisations are not persons, so
 * this event carries no personal data.
 *
 * @param organisationId   stable id of the organisation (the {@code organisation} token claim), also the subject
 * @param name             display name, e.g. "GGD Zuiderhaven"
 * @param kindOfHelp       formal (paid) or informal (unpaid) help
 * @param kindOfParty      formal organisation or informal party (citizens' initiative)
 * @param organisationType who carries the work
 * @param sector           the field it works in
 * @param municipalityCode CBS gemeentecode of its home municipality, e.g. GM9901
 * @param neighbourhoods   CBS wijk ({@code WK} + 6 digits) and buurt ({@code BU} + 8 digits) codes it serves, sorted
 * @param registeredAt     when it was registered
 */
@CloudEventType(value = "nl.samenspel.partner.organisation-registered", schemaVersion = 1)
public record OrganisationRegisteredV1(
        String organisationId,
        String name,
        KindOfHelp kindOfHelp,
        KindOfParty kindOfParty,
        OrganisationType organisationType,
        Sector sector,
        String municipalityCode,
        List<String> neighbourhoods,
        Instant registeredAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return organisationId;
    }
}
