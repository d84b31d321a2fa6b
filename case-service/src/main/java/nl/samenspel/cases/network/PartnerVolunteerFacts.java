package nl.samenspel.cases.network;

import java.time.LocalDate;
import java.util.Optional;
import nl.samenspel.cases.Partners;
import nl.samenspel.cases.VolunteerLimits;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.partnerfacts.PartnerParties;
import nl.samenspel.partnerfacts.VolunteerAgreements;
import org.springframework.stereotype.Component;

/** {@link VolunteerLimits.Facts} on case-service's partner-fact tables. */
@Component
class PartnerVolunteerFacts implements VolunteerLimits.Facts {

    private final Partners partners;
    private final VolunteerAgreements agreements;

    PartnerVolunteerFacts(Partners partners, VolunteerAgreements agreements) {
        this.partners = partners;
        this.agreements = agreements;
    }

    @Override
    public Optional<PartnerParties.Person> person(PersonId person) {
        return partners.person(person);
    }

    @Override
    public Optional<VolunteerAgreements.Agreement> agreementInForce(PersonId volunteer, LocalDate day) {
        return agreements.inForce(volunteer, day);
    }
}
