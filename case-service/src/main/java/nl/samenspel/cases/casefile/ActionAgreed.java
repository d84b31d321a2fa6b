package nl.samenspel.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.vault.Sealed;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.shared.privacy.PersonalData;

/** An action was agreed, owned by one party. */
public record ActionAgreed(CaseId caseId, NetworkId networkId, ActionId actionId,
        @PersonalData("what is to be done for a client, sealed") Sealed description, Party owner, LocalDate dueOn,
        String conferenceId, Instant agreedAt) {
}
