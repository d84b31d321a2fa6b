package nl.samenspel.shared.security;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;

/**
 * Who is acting, the one shape every command and every read decision takes: the token's subject (a pseudonymous
 * Keycloak id, never a name), the person the service knows that login as once partner-service linked it, the
 * organisation from the {@code organisation} claim, and the realm roles. Whether the actor is a partner
 * organisation's own system follows from its roles.
 *
 * <p>Only a service's permissions class reads the roles: everything else asks it a named question.
 *
 * @param person the registered person this login is linked to; empty for a login linked to nobody, and for
 *               partner systems
 */
public record Actor(String userId, Optional<PersonId> person, Optional<OrganisationId> organisation,
        Set<String> roles) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(organisation, "organisation");
        roles = Set.copyOf(roles);
    }

    /** An actor whose login is linked to no person (yet). */
    public Actor(String userId, Optional<OrganisationId> organisation, Set<String> roles) {
        this(userId, Optional.empty(), organisation, roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** A partner organisation's own system, authenticated with client credentials. */
    public boolean isPartnerSystem() {
        return roles.contains(Roles.PARTNER_SYSTEM);
    }

    /** The same actor, known as {@code linked}. */
    public Actor linkedTo(Optional<PersonId> linked) {
        return new Actor(userId, linked, organisation, roles);
    }

    @Override
    public String toString() {
        // The subject is pseudonymous, but an actor has no business in a log line beyond its organisation.
        return "Actor[organisation=" + organisation.map(OrganisationId::value).orElse("-") + ", roles=" + roles + "]";
    }
}
