package nl.samenspel.cases.casefile;

import java.time.Instant;
import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.FormalHelpReason;
import nl.samenspel.contracts.InformalOptionOutcome;
import nl.samenspel.contracts.NetworkId;

/** The informal option was assessed. */
public record InformalOptionAssessed(CaseId caseId, NetworkId networkId, InformalOptionOutcome outcome, FormalHelpReason formalHelpReason,
        boolean mandatory, Instant assessedAt) {
}
