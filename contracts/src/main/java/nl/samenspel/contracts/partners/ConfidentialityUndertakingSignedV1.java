package nl.samenspel.contracts.partners;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * An informal helper signed a personal confidentiality undertaking for a network. Informal helpers have no
 * professional secrecy, so other services open personal data to them only after this (R3).
 *
 * @param personId  the helper, also the subject
 * @param networkId the network it applies to
 * @param signedAt  when
 */
@CloudEventType(value = "nl.samenspel.partner.confidentiality-undertaking-signed", schemaVersion = 1)
public record ConfidentialityUndertakingSignedV1(
        String personId,
        String networkId,
        Instant signedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return personId;
    }
}
