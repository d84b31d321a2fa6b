package nl.samenspel.contracts.partners;

import java.time.Instant;
import java.util.List;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.Ring;
import nl.samenspel.contracts.Sector;

/**
 * How a network works, as data: which legal bases it may use, whether its core is closed and to whom, where
 * informal parties may sit, whether the informal option must be assessed first, and whom it serves. Sent when
 * a network is registered and whenever its coordinator reconfigures it; each one replaces the previous
 * configuration whole.
 *
 * @param networkId            the network, also the CloudEvent subject
 * @param allowedLegalBases    legal bases the network may process personal data on (R1)
 * @param coreClosed           whether only the closed-core sectors may join the core
 * @param closedCoreSectors    sectors admitted to a closed core; empty when the core is open
 * @param informalPartyRings   rings an informal party may sit in
 * @param informalOptionFirst  whether assessing the informal option first is mandatory for every case
 * @param minimumAge           inclusion: youngest client served, or null
 * @param maximumAge           inclusion: oldest client served, or null
 * @param neighbourhoods       inclusion: CBS wijk and buurt codes served; empty means the whole municipality
 * @param inclusionDescription inclusion criteria in words, for people; never about a person
 * @param configuredAt         when this configuration took effect
 */
@CloudEventType(value = "nl.samenspel.partner.network-configured", schemaVersion = 1)
public record NetworkConfiguredV1(
        String networkId,
        List<LegalBasis> allowedLegalBases,
        boolean coreClosed,
        List<Sector> closedCoreSectors,
        List<Ring> informalPartyRings,
        boolean informalOptionFirst,
        Integer minimumAge,
        Integer maximumAge,
        List<String> neighbourhoods,
        String inclusionDescription,
        Instant configuredAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return networkId;
    }
}
