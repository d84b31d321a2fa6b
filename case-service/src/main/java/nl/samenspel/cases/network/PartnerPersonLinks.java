package nl.samenspel.cases.network;

import java.util.Optional;
import nl.samenspel.cases.Partners;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.partnerfacts.PartnerParties;
import nl.samenspel.shared.security.PersonLinks;
import org.springframework.stereotype.Component;

/**
 * The person a login belongs to, from the account links partner-service announced: so the actor of a request
 * knows whether a volunteer acts in person, without a call to partner-service.
 */
@Component
class PartnerPersonLinks implements PersonLinks {

    private final Partners partners;

    PartnerPersonLinks(Partners partners) {
        this.partners = partners;
    }

    @Override
    public Optional<PersonId> personSigningInAs(String accountId) {
        return partners.personSigningInAs(accountId).map(PartnerParties.Person::id);
    }
}
