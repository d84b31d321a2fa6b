package nl.samenspel.cases.casefile;

import java.time.Instant;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.vault.Sealed;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.shared.privacy.PersonalData;

/** A conference recorded its analysis; the text is sealed under the client's key. */
public record CaseAnalysed(CaseId caseId, NetworkId networkId, String conferenceId,
        @PersonalData("analysis of a client's situation, sealed") Sealed analysis, Instant analysedAt) {
}
