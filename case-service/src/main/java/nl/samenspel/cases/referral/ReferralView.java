package nl.samenspel.cases.referral;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.DeclineReason;
import nl.samenspel.contracts.HelpDirection;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.ReferralTarget;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Read model of referrals. Each write sets what its event knows, so a replay rebuilds the same rows. */
@Component
@ProcessingGroup("referral-view")
class ReferralView {

    record ReferralSummary(String referralId, String caseId, String networkId, String fromOrganisationId,
            ReferralTarget target, String targetId, boolean selfHelpGroup, HelpDirection direction,
            LegalBasis legalBasis, String status, DeclineReason declineReason, LocalDate answerDueOn, Instant madeAt,
            Instant answeredAt, Instant completedAt) {
    }

    private static final RowMapper<ReferralSummary> ROW = (rs, i) -> new ReferralSummary(
            rs.getString("referral_id"), rs.getString("case_id"), rs.getString("network_id"),
            rs.getString("from_organisation"), ReferralTarget.valueOf(rs.getString("target")),
            rs.getString("target_id"), rs.getBoolean("self_help_group"),
            HelpDirection.valueOf(rs.getString("direction")), LegalBasis.valueOf(rs.getString("legal_basis")),
            rs.getString("status"),
            rs.getString("decline_reason") == null ? null : DeclineReason.valueOf(rs.getString("decline_reason")),
            rs.getDate("answer_due_on") == null ? null : rs.getDate("answer_due_on").toLocalDate(),
            instant(rs.getTimestamp("made_at")), instant(rs.getTimestamp("answered_at")),
            instant(rs.getTimestamp("completed_at")));

    private final JdbcTemplate jdbc;

    ReferralView(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReferralMade e) {
        jdbc.update("""
                insert into referral (referral_id, case_id, network_id, from_organisation, target, target_id,
                    self_help_group, direction, legal_basis, consent_id, status, answer_due_on, made_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::uuid, 'MADE', ?, ?)
                on conflict (referral_id) do nothing""",
                e.referralId().value(), e.caseId().value(), e.networkId().value(), e.fromOrganisation().value(),
                e.target().name(), e.targetId(), e.selfHelpGroup(), e.direction().name(), e.legalBasis().name(),
                e.consentId(), e.answerDueOn() == null ? null : Date.valueOf(e.answerDueOn()),
                Timestamp.from(e.madeAt()));
    }

    @EventHandler
    void on(ReferralAccepted e) {
        jdbc.update("update referral set status = 'ACCEPTED', answered_at = ? where referral_id = ?",
                Timestamp.from(e.acceptedAt()), e.referralId().value());
    }

    @EventHandler
    void on(ReferralDeclined e) {
        jdbc.update("""
                update referral set status = 'DECLINED', decline_reason = ?, answered_at = ? where referral_id = ?""",
                e.reason().name(), Timestamp.from(e.declinedAt()), e.referralId().value());
    }

    @EventHandler
    void on(ReferralCompleted e) {
        jdbc.update("update referral set status = 'COMPLETED', completed_at = ? where referral_id = ?",
                Timestamp.from(e.completedAt()), e.referralId().value());
    }

    List<ReferralSummary> ofCase(CaseId caseId) {
        return jdbc.query("select * from referral where case_id = ? order by made_at, referral_id", ROW,
                caseId.value());
    }

    /**
     * Referrals waiting on or taken on by {@code organisation}: those to it, and with {@code withNetworks} (for
     * its coordinators) those to the networks it runs.
     * Self-help groups answer nothing, so their referrals are not listed as incoming.
     */
    List<ReferralSummary> incoming(OrganisationId organisation, boolean withNetworks) {
        return jdbc.query("""
                select * from referral
                where not self_help_group
                  and ((target = 'ORGANISATION' and target_id = ?)
                    or (? and target = 'NETWORK' and target_id in (select network_id from partner_network
                                                                     where coordinator_organisation = ?)))
                order by made_at, referral_id""", ROW, organisation.value(), withNetworks, organisation.value());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
