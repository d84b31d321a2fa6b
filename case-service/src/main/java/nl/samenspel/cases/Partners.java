package nl.samenspel.cases;

import java.util.Optional;
import nl.samenspel.contracts.HelpDirection;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.partnerfacts.PartnerParties;

/**
 * What referrals and handovers know of the partners when they decide, from case-service's own copy of
 * partner-service's facts. Injected into command handlers as a parameter, so fixtures hand in a fixed world.
 */
public interface Partners {

    /** The organisation that runs the network; empty for a network not known here. */
    Optional<OrganisationId> coordinatorOf(NetworkId network);

    boolean isKnownNetwork(NetworkId network);

    /** Whether the network wants the informal option assessed before formal help is deployed. */
    boolean informalOptionFirst(NetworkId network);

    Optional<PartnerParties.Organisation> organisation(OrganisationId organisation);

    Optional<PartnerParties.Person> person(PersonId person);

    /** The registered person who signs in with this login (the token subject); empty for a login linked to nobody. */
    Optional<PartnerParties.Person> personSigningInAs(String accountId);

    /**
     * The kind of help a party on a case gives. An informal helper helps informally by definition. An
     * organisation on a case that partner facts do not (yet) know counts as formal: parties join a case through
     * the coordinator, a professional, and every organisation partner-service registers is announced here.
     */
    default KindOfHelp kindOfHelp(Party party) {
        if (!party.isOrganisation()) {
            return KindOfHelp.INFORMAL;
        }
        return organisation(OrganisationId.of(party.id())).map(PartnerParties.Organisation::kindOfHelp)
                .orElse(KindOfHelp.FORMAL);
    }

    static HelpDirection direction(KindOfHelp from, KindOfHelp to) {
        if (from == KindOfHelp.FORMAL) {
            return to == KindOfHelp.FORMAL ? HelpDirection.FORMAL_TO_FORMAL : HelpDirection.FORMAL_TO_INFORMAL;
        }
        return to == KindOfHelp.FORMAL ? HelpDirection.INFORMAL_TO_FORMAL : HelpDirection.INFORMAL_TO_INFORMAL;
    }
}
