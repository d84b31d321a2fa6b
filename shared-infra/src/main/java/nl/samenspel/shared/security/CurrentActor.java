package nl.samenspel.shared.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.contracts.OrganisationId;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Reads the {@link Actor} of the current request from Spring Security's context. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> get() {
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
                Optional.ofNullable(organisation).filter(OrganisationId::isValid).map(OrganisationId::new),
                roles));
    }

    public static Actor require() {
        return get().orElseThrow(() -> new IllegalStateException("no authenticated actor on this thread"));
    }
}
