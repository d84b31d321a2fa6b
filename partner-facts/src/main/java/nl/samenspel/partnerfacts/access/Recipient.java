package nl.samenspel.partnerfacts.access;

import java.util.Objects;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;

/** Who would receive a case's personal data: a partner organisation as a whole, or one person. */
public sealed interface Recipient {

    static Recipient organisation(OrganisationId id) {
        return new Organisation(id);
    }

    static Recipient person(PersonId id) {
        return new Person(id);
    }

    /** An organisation, relying on its own covenant. */
    record Organisation(OrganisationId id) implements Recipient {
        public Organisation {
            Objects.requireNonNull(id, "id");
        }
    }

    /** A professional or informal helper, reached through their organisation. */
    record Person(PersonId id) implements Recipient {
        public Person {
            Objects.requireNonNull(id, "id");
        }
    }
}
