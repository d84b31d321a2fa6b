package nl.samenspel.partners.people;

import java.util.HashMap;
import java.util.Map;
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
import nl.samenspel.partners.Parties;

/** A fixed world of organisations, people and networks for aggregate fixtures. */
public final class FixedParties implements Parties {

    private final Map<OrganisationId, OrganisationFacts> organisations = new HashMap<>();
    private final Map<PersonId, PersonFacts> people = new HashMap<>();
    private final Map<NetworkId, NetworkFacts> networks = new HashMap<>();

    public FixedParties organisation(OrganisationId id, OrganisationType type, Sector sector) {
        KindOfParty party = sector == Sector.SELF_HELP || sector == Sector.CITIZENS_INITIATIVE
                ? KindOfParty.INFORMAL_PARTY : KindOfParty.FORMAL_ORGANISATION;
        KindOfHelp help = type == OrganisationType.VOLUNTEERS_ONLY ? KindOfHelp.INFORMAL : KindOfHelp.FORMAL;
        organisations.put(id, new OrganisationFacts(id, help, party, type, sector));
        return this;
    }

    public FixedParties person(PersonId id, PersonKind kind, OrganisationId organisation, String accountId) {
        people.put(id, new PersonFacts(id, kind, Optional.ofNullable(organisation), Optional.ofNullable(accountId)));
        return this;
    }

    public FixedParties network(NetworkId id, OrganisationId coordinatorOrganisation) {
        networks.put(id, new NetworkFacts(id, NetworkType.NEIGHBOURHOOD, coordinatorOrganisation));
        return this;
    }

    @Override
    public Optional<OrganisationFacts> organisation(OrganisationId organisationId) {
        return Optional.ofNullable(organisations.get(organisationId));
    }

    @Override
    public Optional<PersonFacts> person(PersonId personId) {
        return Optional.ofNullable(people.get(personId));
    }

    @Override
    public Optional<NetworkFacts> network(NetworkId networkId) {
        return Optional.ofNullable(networks.get(networkId));
    }
}
