package nl.samenspel.partners;

import java.util.Optional;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.KindOfParty;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.OrganisationType;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.contracts.Sector;

/**
 * What one partner-service aggregate may know about another when it decides: whether an organisation,
 * person or network exists and what kind it is. Injected into command handlers as a parameter, so
 * aggregates stay free of infrastructure and fixtures can hand in a fixed world.
 *
 * <p>Answers come from the aggregates' own event streams, not from a read model, so a client that
 * registers an organisation and invites it in the next request is never told it does not exist.
 */
public interface Parties {

    Optional<OrganisationFacts> organisation(OrganisationId organisationId);

    Optional<PersonFacts> person(PersonId personId);

    Optional<NetworkFacts> network(NetworkId networkId);

    record OrganisationFacts(OrganisationId organisationId, KindOfHelp kindOfHelp, KindOfParty kindOfParty,
            OrganisationType organisationType, Sector sector) {

        /** A citizens' initiative, church group or self-help group: the party the closed-core rule is about. */
        public boolean isInformalParty() {
            return kindOfParty == KindOfParty.INFORMAL_PARTY;
        }
    }

    /**
     * @param organisationId empty only for a family carer without an organisation
     * @param accountId      the token subject the person signs in with, if they have an account
     */
    record PersonFacts(PersonId personId, PersonKind kind, Optional<OrganisationId> organisationId,
            Optional<String> accountId) {

        public PersonFacts(PersonId personId, PersonKind kind, Optional<OrganisationId> organisationId) {
            this(personId, kind, organisationId, Optional.empty());
        }

        public boolean isProfessional() {
            return kind == PersonKind.PROFESSIONAL;
        }
    }

    record NetworkFacts(NetworkId networkId, NetworkType type, OrganisationId coordinatorOrganisation) {
    }
}
