package nl.samenspel.partners;

import java.util.Optional;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.shared.security.CurrentActor;
import nl.samenspel.shared.security.Roles;
import org.springframework.security.access.AccessDeniedException;

/**
 * For whose organisation the signed-in actor may act or list: a network coordinator for every organisation, anyone
 * else for the organisation in their token only. One rule for organisations, people and volunteer agreements.
 */
public final class OrganisationScope {

    private OrganisationScope() {
    }

    /** @param refusal what is refused to others, as in "only a network coordinator " + refusal */
    public static void requireCoordinatorOrOwn(OrganisationId organisation, String refusal) {
        Actor actor = CurrentActor.fromToken().orElseThrow();
        if (!actor.hasRole(Roles.NETWORK_COORDINATOR) && actor.organisation().filter(organisation::equals).isEmpty()) {
            throw new AccessDeniedException("only a network coordinator " + refusal);
        }
    }

    /**
     * The organisation a list is limited to: the one asked for, or for anyone but a coordinator their own;
     * empty when a coordinator lists every organisation's.
     *
     * @param organisationId the {@code organisationId} query parameter, or null
     * @param refusal        what is refused to others, as in "only a coordinator " + refusal
     */
    public static Optional<String> ofListing(String organisationId, String refusal) {
        if (organisationId != null && !OrganisationId.isValid(organisationId)) {
            throw new InvalidField("organisationId", "is not an organisation id");
        }
        Actor actor = CurrentActor.fromToken().orElseThrow();
        if (actor.hasRole(Roles.NETWORK_COORDINATOR)) {
            return Optional.ofNullable(organisationId);
        }
        OrganisationId own = actor.organisation()
                .orElseThrow(() -> new AccessDeniedException("no organisation in the token"));
        if (organisationId != null && !own.value().equals(organisationId)) {
            throw new AccessDeniedException("only a coordinator " + refusal);
        }
        return Optional.of(own.value());
    }
}
