package nl.samenspel.partnerfacts.access;

import static nl.samenspel.partnerfacts.access.AccessDecision.permitted;
import static nl.samenspel.partnerfacts.access.AccessDecision.refused;

import java.util.Optional;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.PersonKind;
import nl.samenspel.contracts.Ring;

/**
 * The rules that decide whether a party may receive a case's personal data in a network, on facts already
 * loaded. Each rule refuses with its own {@link Refusal}; the first that fails decides, so the reason given is
 * the most basic thing missing.
 *
 * <p>An <b>organisation</b> receives personal data only when
 * <ol>
 *   <li>the network is known;</li>
 *   <li>it is an active member (joined and not left). An informal party that is only represented by the
 *       network's informal representative is reachable through that representative, but is no member and
 *       receives nothing itself;</li>
 *   <li>its privacy covenant for the network is signed and neither withdrawn nor ended by leaving (R3);</li>
 *   <li>it sits in the core, or, in the outer ring, it is deployed on the case (R4).</li>
 * </ol>
 *
 * <p>A <b>person</b> receives personal data only when
 * <ol>
 *   <li>the network and the person are known;</li>
 *   <li>they belong to an organisation (a family carer without one has no covenant to rely on) and that
 *       organisation passes the rules above, where deployment of the person or of the organisation counts;</li>
 *   <li>a professional relies on the organisation's covenant and professional secrecy: nothing more is needed;</li>
 *   <li>an informal helper has no professional secrecy, so also needs their own confidentiality undertaking
 *       for this network (R3), and a volunteer agreement with their organisation in force today, which is what
 *       makes the organisation answer for them and records the tasks their access is limited to (R6).</li>
 * </ol>
 */
public final class AccessRules {

    private AccessRules() {
    }

    /** What this service knows of one organisation in one network. */
    public record OrganisationStanding(boolean networkKnown, boolean activeMember, Ring ring, boolean represented,
            boolean covenantInForce) {
    }

    /** What this service knows of one person in one network. */
    public record PersonStanding(PersonKind kind, Optional<OrganisationId> organisation, boolean undertakingSigned,
            boolean agreementInForce) {
    }

    public static AccessDecision forOrganisation(OrganisationStanding organisation, boolean deployedOnCase) {
        if (!organisation.networkKnown()) {
            return refused(Refusal.UNKNOWN_NETWORK);
        }
        if (!organisation.activeMember()) {
            return refused(organisation.represented() ? Refusal.REPRESENTED_ONLY : Refusal.NOT_A_MEMBER);
        }
        if (!organisation.covenantInForce()) {
            return refused(Refusal.NO_COVENANT);
        }
        if (organisation.ring() == Ring.OUTER && !deployedOnCase) {
            return refused(Refusal.OUTER_RING_NOT_DEPLOYED);
        }
        return permitted();
    }

    /**
     * @param organisation the standing of the person's organisation, or of none when they have none
     * @param person       the person, empty when not known here
     */
    public static AccessDecision forPerson(PersonId personId, Optional<PersonStanding> person,
            OrganisationStanding organisation, Deployment deployment) {
        if (!organisation.networkKnown()) {
            return refused(Refusal.UNKNOWN_NETWORK);
        }
        if (person.isEmpty()) {
            return refused(Refusal.UNKNOWN_PERSON);
        }
        PersonStanding standing = person.get();
        if (standing.organisation().isEmpty()) {
            return refused(Refusal.NO_ORGANISATION);
        }
        boolean deployed = deployment.includes(personId) || deployment.includes(standing.organisation().get());
        AccessDecision throughOrganisation = forOrganisation(organisation, deployed);
        if (!throughOrganisation.isPermitted() || standing.kind().kindOfHelp() == KindOfHelp.FORMAL) {
            return throughOrganisation;
        }
        if (!standing.undertakingSigned()) {
            return refused(Refusal.NO_UNDERTAKING);
        }
        if (!standing.agreementInForce()) {
            return refused(Refusal.AGREEMENT_NOT_ACTIVE);
        }
        return permitted();
    }
}
