package nl.samenspel.shared.security;

import java.util.Optional;
import java.util.Set;
import nl.samenspel.contracts.OrganisationId;

/**
 * Who is acting: the token's subject (a pseudonymous Keycloak id, never a name), the organisation
 * from the {@code organisation} claim, and the realm roles. Recorded on every event as metadata.
 */
public record Actor(String userId, Optional<OrganisationId> organisation, Set<String> roles) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
