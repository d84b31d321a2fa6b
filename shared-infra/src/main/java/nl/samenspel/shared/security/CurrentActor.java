package nl.samenspel.shared.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.contracts.OrganisationId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The {@link Actor} of the current request: the token's subject, organisation and roles, and the person the service
 * knows that login as. Controllers receive it as a method parameter ({@link ActorArgumentResolver}); nothing else
 * reads the security context.
 */
public final class CurrentActor {

    private final ObjectProvider<PersonLinks> links;

    public CurrentActor(ObjectProvider<PersonLinks> links) {
        this.links = links;
    }

    public Optional<Actor> get() {
        return fromToken().map(actor -> actor.isPartnerSystem() ? actor
                : actor.linkedTo(links.stream().findFirst().flatMap(l -> l.personSigningInAs(actor.userId()))));
    }

    public Actor require() {
        return get().orElseThrow(() -> new IllegalStateException("no authenticated actor on this thread"));
    }

    /** The actor as the token alone says: no person. For stamping audit metadata on commands. */
    public static Optional<Actor> fromToken() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken jwt)) {
            return Optional.empty();
        }
        String organisation = jwt.getToken().getClaimAsString(SamenspelJwtAuthenticationConverter.ORGANISATION_CLAIM);
        Set<String> roles = jwt.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
        return Optional.of(new Actor(jwt.getName(),
                Optional.ofNullable(organisation).filter(OrganisationId::isValid).map(OrganisationId::new), roles));
    }
}
