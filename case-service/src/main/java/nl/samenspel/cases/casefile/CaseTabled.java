package nl.samenspel.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.NetworkId;

/** The case was put on a conference's agenda. */
public record CaseTabled(CaseId caseId, NetworkId networkId, String conferenceId, LocalDate conferenceOn, Instant tabledAt) {
}
