package nl.samenspel.partners.network;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.KindOfParty;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.OrganisationType;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.contracts.Sector;
import nl.samenspel.partners.Parties;

/** A fixed world of organisations and people for fixture tests. */
final class FakeParties implements Parties {

    private final Map<OrganisationId, OrganisationFacts> organisations = new HashMap<>();
    private final Map<PersonId, PersonFacts> people = new HashMap<>();

    FakeParties formal(OrganisationId id, Sector sector) {
        organisations.put(id, new OrganisationFacts(id, KindOfHelp.FORMAL, KindOfParty.FORMAL_ORGANISATION,
                OrganisationType.PROFESSIONALS_ONLY, sector));
        return this;
    }

    FakeParties informalParty(OrganisationId id, Sector sector) {
        organisations.put(id, new OrganisationFacts(id, KindOfHelp.INFORMAL, KindOfParty.INFORMAL_PARTY,
                OrganisationType.VOLUNTEERS_ONLY, sector));
        return this;
    }

    /** Informal help inside a formal organisation: not an informal party. */
    FakeParties volunteerOrganisation(OrganisationId id) {
        organisations.put(id, new OrganisationFacts(id, KindOfHelp.INFORMAL, KindOfParty.FORMAL_ORGANISATION,
                OrganisationType.VOLUNTEERS_WITH_PROFESSIONAL_SUPPORT, Sector.VOLUNTEER_ORGANISATION));
        return this;
    }

    FakeParties person(PersonId id, PersonKind kind, OrganisationId organisation) {
        people.put(id, new PersonFacts(id, kind, Optional.ofNullable(organisation)));
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
        return Optional.empty();
    }
}
