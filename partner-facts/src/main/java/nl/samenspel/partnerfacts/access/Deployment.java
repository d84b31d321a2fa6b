package nl.samenspel.partnerfacts.access;

import java.util.Collection;
import java.util.Set;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;

/**
 * Who is deployed on the case the data belongs to. Outer-ring partners see a case only when deployed on it
 * (R4); the case code knows who is, and hands that knowledge to {@link PartyAccess} through this port.
 */
public interface Deployment {

    /** Outside any case, or on a case nobody from the outer ring is deployed on. */
    Deployment NONE = of(Set.of(), Set.of());

    boolean includes(OrganisationId organisation);

    boolean includes(PersonId person);

    static Deployment of(Collection<OrganisationId> organisations, Collection<PersonId> people) {
        Set<OrganisationId> deployedOrganisations = Set.copyOf(organisations);
        Set<PersonId> deployedPeople = Set.copyOf(people);
        return new Deployment() {
            @Override
            public boolean includes(OrganisationId organisation) {
                return deployedOrganisations.contains(organisation);
            }

            @Override
            public boolean includes(PersonId person) {
                return deployedPeople.contains(person);
            }
        };
    }
}
