package nl.samenspel.cases;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PartyKind;
import nl.samenspel.contracts.PersonId;

/**
 * Who takes part in a case: an organisation, or an informal helper as a person. Actions, handovers and
 * deployments are owned by exactly one party; the published events carry it as {@code kind} plus {@code id}.
 */
public record Party(PartyKind kind, String id) {

    public Party {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (kind == PartyKind.ORGANISATION ? !OrganisationId.isValid(id) : !PersonId.isValid(id)) {
            throw new IllegalArgumentException(kind == PartyKind.ORGANISATION
                    ? "an organisation party is named by an organisation id" : "an informal helper is named by a person id");
        }
    }

    public static Party organisation(OrganisationId organisation) {
        return new Party(PartyKind.ORGANISATION, organisation.value());
    }

    public static Party informalHelper(PersonId person) {
        return new Party(PartyKind.INFORMAL_HELPER, person.asString());
    }

    @JsonIgnore
    public boolean isOrganisation() {
        return kind == PartyKind.ORGANISATION;
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
