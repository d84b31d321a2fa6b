package nl.samenspel.partners.people;

import java.util.Optional;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.shared.security.PersonLinks;
import org.springframework.stereotype.Component;

/**
 * The person a login is linked to, from the people read model: the first one linked if a late duplicate slipped in,
 * so nobody takes over a login by being linked to it second.
 */
@Component
class AccountLinks implements PersonLinks {

    private final PeopleView people;

    AccountLinks(PeopleView people) {
        this.people = people;
    }

    @Override
    public Optional<PersonId> personSigningInAs(String accountId) {
        return people.byAccount(accountId).map(person -> PersonId.of(person.personId()));
    }
}
