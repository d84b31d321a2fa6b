package nl.samenspel.cases;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.contracts.Sector;
import nl.samenspel.cases.access.CasePermissions;
import nl.samenspel.partnerfacts.PartnerParties;
import nl.samenspel.partnerfacts.access.AccessDecision;
import nl.samenspel.partnerfacts.access.PartyAccess;

/** A fixed world of partners for aggregate fixtures. */
public final class FixedPartners implements Partners {

    private final Map<NetworkId, OrganisationId> coordinators = new HashMap<>();
    private final Set<NetworkId> informalOptionFirst = new HashSet<>();
    private final Map<OrganisationId, PartnerParties.Organisation> organisations = new HashMap<>();
    private final Map<PersonId, PartnerParties.Person> people = new HashMap<>();
    private final Map<String, PersonId> logins = new HashMap<>();

    public FixedPartners network(NetworkId network, OrganisationId coordinator, boolean informalFirst) {
        coordinators.put(network, coordinator);
        if (informalFirst) {
            informalOptionFirst.add(network);
        }
        return this;
    }

    public FixedPartners organisation(OrganisationId organisation, KindOfHelp help, Sector sector) {
        organisations.put(organisation, new PartnerParties.Organisation(organisation, help, sector));
        return this;
    }

    public FixedPartners person(PersonId person, PersonKind kind, OrganisationId organisation) {
        people.put(person, new PartnerParties.Person(person, kind, Optional.ofNullable(organisation)));
        return this;
    }

    /** Links a login (token subject) to a person registered here before. */
    public FixedPartners login(String accountId, PersonId person) {
        if (!people.containsKey(person)) {
            throw new IllegalArgumentException("register " + person + " before linking a login to them");
        }
        logins.put(accountId, person);
        return this;
    }

    /** The permissions in this world, with partner facts deciding as {@code access} does. */
    public CasePermissions permissions(PartyAccess access) {
        return new CasePermissions(this, access);
    }

    /** The permissions in this world, with partner facts allowing every party. */
    public CasePermissions permissions() {
        return permissions((network, recipient, deployment) -> AccessDecision.permitted());
    }

    @Override
    public Optional<OrganisationId> coordinatorOf(NetworkId network) {
        return Optional.ofNullable(coordinators.get(network));
    }

    @Override
    public boolean isKnownNetwork(NetworkId network) {
        return coordinators.containsKey(network);
    }

    @Override
    public boolean informalOptionFirst(NetworkId network) {
        return informalOptionFirst.contains(network);
    }

    @Override
    public Optional<PartnerParties.Organisation> organisation(OrganisationId organisation) {
        return Optional.ofNullable(organisations.get(organisation));
    }

    @Override
    public Optional<PartnerParties.Person> person(PersonId person) {
        return Optional.ofNullable(people.get(person));
    }

    @Override
    public Optional<PartnerParties.Person> personSigningInAs(String accountId) {
        return Optional.ofNullable(logins.get(accountId)).map(people::get);
    }
}
