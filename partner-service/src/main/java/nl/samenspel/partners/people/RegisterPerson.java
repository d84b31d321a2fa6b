package nl.samenspel.partners.people;

import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.shared.privacy.PersonalData;
import nl.samenspel.shared.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a professional or informal helper.
 *
 * @param organisationId null only for a family carer who belongs to no organisation
 * @param accountId      the Keycloak subject the person signs in with, or null for someone without an account
 * @param actor          who registers: the kind and the login are only taken from whoever administers the
 *                       organisation's people
 */
public record RegisterPerson(
        @TargetAggregateIdentifier PersonId personId,
        PersonKind kind,
        OrganisationId organisationId,
        @PersonalData("name of a professional or helper") String name,
        @PersonalData("e-mail address") String email,
        @PersonalData("phone number") String phone,
        String accountId,
        Actor actor) {
}
