package nl.samenspel.cases.casefile;

import java.util.Objects;
import java.util.Optional;
import nl.samenspel.cases.Party;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;

/**
 * Who gives a command to a case, as the case decides on it: the token's subject and organisation, and whether
 * they act as a network coordinator or as a volunteer (anyone else acts for their organisation). A field of
 * the command rather than metadata, because the case's permission rules decide on it.
 *
 * @param person for a volunteer, the person partner-service linked their login to; empty for anyone else and for
 *               a volunteer whose login is linked to nobody (yet), who then owns no task here
 */
public record CaseActor(String userId, OrganisationId organisation, boolean coordinator, boolean volunteer,
        Optional<PersonId> person) {

    public CaseActor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(person, "person");
        if (person.isPresent() && !volunteer) {
            throw new IllegalArgumentException("only a volunteer acts on a case as a person");
        }
    }

    /** The volunteer as the informal helper owning their actions; empty for anyone else. */
    public Optional<Party> asInformalHelper() {
        return person.map(Party::informalHelper);
    }

    public Party asOrganisation() {
        return Party.organisation(organisation);
    }
}
