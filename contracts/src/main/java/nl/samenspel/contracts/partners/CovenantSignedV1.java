package nl.samenspel.contracts.partners;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.SignatoryLevel;

/**
 * An organisation signed a network's privacy covenant. Other services open personal data to a member
 * organisation only while its covenant is signed (R3).
 *
 * @param networkId      the network, also the subject
 * @param organisationId the signing organisation
 * @param signatoryId    the person who signed for it
 * @param level          the level the signatory signed at
 * @param signedAt       when
 */
@CloudEventType(value = "nl.samenspel.partner.covenant-signed", schemaVersion = 1)
public record CovenantSignedV1(
        String networkId,
        String organisationId,
        String signatoryId,
        SignatoryLevel level,
        Instant signedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return networkId;
    }
}
