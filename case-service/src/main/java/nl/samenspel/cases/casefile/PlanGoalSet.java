package nl.samenspel.cases.casefile;

import java.time.Instant;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.vault.Sealed;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.shared.privacy.PersonalData;

/** A goal was set in the plan; the text is sealed under the client's key. */
public record PlanGoalSet(CaseId caseId, NetworkId networkId, String goalId,
        @PersonalData("a goal for a client, sealed") Sealed goal, Instant setAt) {
}
