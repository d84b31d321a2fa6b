package nl.samenspel.cases;

import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.shared.domain.RuleViolation;

/**
 * Informal option first (issue 4, item 6): where the network says so, formal help is deployed on a case only
 * after the informal option was assessed, whether by a referral or by a handover to a formal party.
 */
public final class InformalOptionFirst {

    private InformalOptionFirst() {
    }

    public static void require(Cases.CaseFacts facts, KindOfHelp deployed, Partners partners) {
        if (deployed == KindOfHelp.FORMAL && partners.informalOptionFirst(facts.networkId())
                && facts.informalOption().isEmpty()) {
            throw new RuleViolation("informal-option-not-assessed", "The network assesses the informal option "
                    + "before formal help is deployed; it has not been assessed for this case.");
        }
    }
}
