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
 */
public record CaseActor(String userId, OrganisationId organisation, boolean coordinator, boolean volunteer) {

    public CaseActor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(organisation, "organisation");
    }

    /** The volunteer as the party owning their actions; empty for anyone else or a subject that is no person id. */
    public Optional<Party> asInformalHelper() {
        return volunteer && PersonId.isValid(userId) ? Optional.of(Party.informalHelper(PersonId.of(userId)))
                : Optional.empty();
    }

    public Party asOrganisation() {
        return Party.organisation(organisation);
    }
}
