package nl.samenspel.cases;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.contracts.InformalOptionOutcome;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;

/**
 * What a case-service aggregate other than the case itself (a referral, a handover, a signal) may know of a
 * case when it decides. Injected into command handlers as a parameter, so aggregates stay free of
 * infrastructure and fixtures can hand in a fixed case. Answers come from the case's own event stream, not a
 * read model, so a client that opens a case and refers it in the next request is never told it does not exist.
 */
public interface Cases {

    Optional<CaseFacts> find(CaseId caseId);

    /**
     * @param primaryClient  the client the case was opened for: personal data about the case is sealed under
     *                       this id, so erasing the client erases it
     * @param lead           the party holding the case lead (regie); the coordinating organisation at opening
     * @param team           every party deployed on the case, the lead included
     * @param informalOption the outcome of assessing the informal option, empty until assessed
     * @param actions        the case's agreed actions by id
     */
    record CaseFacts(CaseId caseId, NetworkId networkId, ClientId primaryClient, boolean open, LegalBasis legalBasis,
            Party lead, Set<Party> team, Optional<InformalOptionOutcome> informalOption,
            Map<ActionId, ActionFacts> actions) {

        public boolean isDeployed(Party party) {
            return team.contains(party);
        }
    }

    /**
     * @param dueOn the day the action is to be done by
     * @param open  false once the action is done or cancelled
     */
    record ActionFacts(ActionId actionId, Party owner, LocalDate dueOn, boolean open) {
    }
}
