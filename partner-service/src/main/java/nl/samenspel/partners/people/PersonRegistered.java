package nl.samenspel.partners.people;

import java.time.Instant;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.shared.privacy.PersonalData;

/**
 * A professional or informal helper was registered. Name and contact details stay in partner-service:
 * the published {@code PersonRegisteredV1} carries only the id, kind and organisation.
 */
public record PersonRegistered(
        PersonId personId,
        PersonKind kind,
        OrganisationId organisationId,
        @PersonalData("name of a professional or helper") String name,
        @PersonalData("e-mail address") String email,
        @PersonalData("phone number") String phone,
        String accountId,
        Instant registeredAt) {
}
