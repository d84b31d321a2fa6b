package nl.samenspel.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.contracts.NetworkId;

/** Aftercare began. */
public record AftercareStarted(CaseId caseId, NetworkId networkId, Party helper, LocalDate reviewOn, Instant startedAt) {
}
