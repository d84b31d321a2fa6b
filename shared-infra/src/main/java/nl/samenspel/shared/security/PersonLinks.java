package nl.samenspel.shared.security;

import java.util.Optional;
import nl.samenspel.contracts.PersonId;

/**
 * Which registered person signs in with a login (the token subject), as partner-service linked them. Each service
 * answers from its own data (partner-service from its people, the others from their copy of partner facts), so the
 * {@link Actor} of a request knows its person without a call to another service.
 */
@FunctionalInterface
public interface PersonLinks {

    Optional<PersonId> personSigningInAs(String accountId);
}
