package nl.samenspel.cases.handover;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.access.CaseAccess;
import nl.samenspel.cases.access.CaseDisclosure;
import nl.samenspel.cases.vault.Sealed;
import nl.samenspel.contracts.DeclineReason;
import nl.samenspel.contracts.HandoverSubject;
import nl.samenspel.contracts.HelpDirection;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PartyKind;
import nl.samenspel.contracts.PersonId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read model of handovers. Each write sets what its event knows, so a replay rebuilds the same rows. The
 * feedback stays sealed in the table and is opened per read by {@link CaseDisclosure}, for readers of the case team
 * and up: once its data subject is erased it reads as absent.
 */
@Component
@ProcessingGroup("handover-view")
class HandoverView {

    /** @param feedback the feedback text; null until returned, and after erasure */
    record HandoverSummary(String handoverId, String caseId, String networkId, HandoverSubject handedOver,
            String actionId, PartyKind fromKind, String fromId, PartyKind toKind, String toId,
            String receivingOrganisationId, HelpDirection direction, String backstopId, LegalBasis legalBasis,
            String status, DeclineReason declineReason, LocalDate acceptDueOn, Instant initiatedAt,
            Instant answeredAt, Instant feedbackReturnedAt, String feedback) {
    }

    private final JdbcTemplate jdbc;
    private final CaseDisclosure disclosure;

    HandoverView(JdbcTemplate jdbc, CaseDisclosure disclosure) {
        this.jdbc = jdbc;
        this.disclosure = disclosure;
    }

    @EventHandler
    void on(HandoverInitiated e) {
        jdbc.update("""
                insert into handover (handover_id, case_id, network_id, handed_over, action_id, from_kind, from_id,
                    to_kind, to_id, receiving_organisation, direction, backstop_id, legal_basis, consent_id, status,
                    accept_due_on, initiated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::uuid, 'INITIATED', ?, ?)
                on conflict (handover_id) do nothing""",
                e.handoverId().value(), e.caseId().value(), e.networkId().value(), e.handedOver().name(),
                e.actionId() == null ? null : e.actionId().value(), e.from().kind().name(), e.from().id(),
                e.to().kind().name(), e.to().id(), e.receivingOrganisation().value(), e.direction().name(),
                e.backstop() == null ? null : e.backstop().value(), e.legalBasis().name(), e.consentId(),
                Date.valueOf(e.acceptDueOn()), Timestamp.from(e.initiatedAt()));
    }

    @EventHandler
    void on(HandoverAccepted e) {
        jdbc.update("update handover set status = 'ACCEPTED', answered_at = ? where handover_id = ?",
                Timestamp.from(e.acceptedAt()), e.handoverId().value());
    }

    @EventHandler
    void on(HandoverDeclined e) {
        jdbc.update("""
                update handover set status = 'DECLINED', decline_reason = ?, answered_at = ? where handover_id = ?""",
                e.reason().name(), Timestamp.from(e.declinedAt()), e.handoverId().value());
    }

    @EventHandler
    void on(HandoverFeedbackReturned e) {
        jdbc.update("""
                update handover set status = 'FEEDBACK_RETURNED', feedback_key_id = ?, feedback_iv = ?,
                    feedback_data = ?, feedback_returned_at = ?
                where handover_id = ?""",
                e.feedback().keyId(), e.feedback().iv(), e.feedback().data(), Timestamp.from(e.returnedAt()),
                e.handoverId().value());
    }

    /** The case's handovers, the feedback as far as {@code access} to the case allows. */
    List<HandoverSummary> ofCase(CaseId caseId, CaseAccess access) {
        return jdbc.query("select * from handover where case_id = ? order by initiated_at, handover_id",
                (rs, row) -> summary(rs, id -> access), caseId.value());
    }

    /**
     * Handovers to {@code organisation}, or to informal helpers it answers for; each feedback as far as the
     * reader's access to its case allows.
     */
    List<HandoverSummary> incoming(OrganisationId organisation, Function<CaseId, CaseAccess> accessToCase) {
        return jdbc.query("""
                select * from handover where receiving_organisation = ? order by initiated_at, handover_id""",
                (rs, row) -> summary(rs, accessToCase), organisation.value());
    }

    /** Handovers to this informal helper. */
    List<HandoverSummary> incomingTo(PersonId helper, Function<CaseId, CaseAccess> accessToCase) {
        return jdbc.query("""
                select * from handover where to_kind = 'INFORMAL_HELPER' and to_id = ?
                order by initiated_at, handover_id""", (rs, row) -> summary(rs, accessToCase), helper.asString());
    }

    private HandoverSummary summary(ResultSet rs, Function<CaseId, CaseAccess> accessToCase) throws SQLException {
        String keyId = rs.getString("feedback_key_id");
        String feedback = keyId == null ? null : disclosure.handoverFeedback(
                accessToCase.apply(CaseId.of(rs.getString("case_id"))),
                new Sealed(keyId, rs.getString("feedback_iv"), rs.getString("feedback_data"))).orElse(null);
        return new HandoverSummary(rs.getString("handover_id"), rs.getString("case_id"), rs.getString("network_id"),
                HandoverSubject.valueOf(rs.getString("handed_over")), rs.getString("action_id"),
                PartyKind.valueOf(rs.getString("from_kind")), rs.getString("from_id"),
                PartyKind.valueOf(rs.getString("to_kind")), rs.getString("to_id"),
                rs.getString("receiving_organisation"), HelpDirection.valueOf(rs.getString("direction")),
                rs.getString("backstop_id"), LegalBasis.valueOf(rs.getString("legal_basis")), rs.getString("status"),
                rs.getString("decline_reason") == null ? null : DeclineReason.valueOf(rs.getString("decline_reason")),
                rs.getDate("accept_due_on").toLocalDate(), instant(rs.getTimestamp("initiated_at")),
                instant(rs.getTimestamp("answered_at")), instant(rs.getTimestamp("feedback_returned_at")), feedback);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
