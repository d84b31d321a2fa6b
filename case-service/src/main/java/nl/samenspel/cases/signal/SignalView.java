package nl.samenspel.cases.signal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.samenspel.cases.access.CaseDisclosure;
import nl.samenspel.cases.vault.PersonalDataVault;
import nl.samenspel.cases.vault.Sealed;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.SignallerRole;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Signals and whether their signaller got feedback, for the coordinator and for the signaller. Texts are kept
 * sealed and opened per read, so erasing a signal's key empties every copy. The signaller is kept as a blind
 * index, and in clear only for the coordinator of a signal that is not anonymous.
 */
@Component
@ProcessingGroup("signal-view")
class SignalView {

    enum FeedbackStatus {
        /** Not given yet, still on time. */
        OWED,
        /** Not given, and the due date has passed. */
        OVERDUE,
        GIVEN
    }

    /** What the network's coordinator sees; {@code signaller} is empty for an anonymous signal. */
    record NetworkSignal(String signalId, SignallerRole signallerRole, boolean anonymous, Optional<String> signaller,
            Optional<String> concern, Instant raisedAt, LocalDate feedbackDueOn, FeedbackStatus feedbackStatus,
            Optional<Instant> feedbackRecordedAt) {
    }

    /** What the signaller sees of their own signal. */
    record OwnSignal(String signalId, String networkId, Optional<String> concern, Instant raisedAt,
            LocalDate feedbackDueOn, FeedbackStatus feedbackStatus, Optional<String> feedback,
            Optional<Instant> feedbackRecordedAt) {
    }

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;
    private final CaseDisclosure disclosure;
    private final Clock clock;

    SignalView(JdbcTemplate jdbc, PersonalDataVault vault, CaseDisclosure disclosure, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.disclosure = disclosure;
        this.clock = clock;
    }

    @EventHandler
    void on(SignalRaised event) {
        Sealed concern = event.concern();
        jdbc.update("""
                insert into signal_view (signal_id, network_id, signaller_role, anonymous, signaller, signaller_index,
                    concern_key, concern_iv, concern_data, raised_at, feedback_due_on, feedback_overdue_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (signal_id) do nothing""",
                UUID.fromString(event.signalId().value()), event.networkId().value(), event.signallerRole().name(),
                event.anonymous(), event.anonymous() ? null : event.signaller(), event.signallerIndex(),
                concern == null ? null : concern.keyId(), concern == null ? null : concern.iv(),
                concern == null ? null : concern.data(),
                Timestamp.from(event.raisedAt()), event.feedbackDueOn(), Timestamp.from(event.feedbackOverdueAt()));
    }

    @EventHandler
    void on(SignalFeedbackRecorded event) {
        jdbc.update("""
                update signal_view set feedback_key = ?, feedback_iv = ?, feedback_data = ?, feedback_recorded_at = ?
                where signal_id = ?""", event.feedback().keyId(), event.feedback().iv(), event.feedback().data(),
                Timestamp.from(event.recordedAt()), UUID.fromString(event.signalId().value()));
    }

    @EventHandler
    void on(SignalFeedbackOverdue event) {
        jdbc.update("update signal_view set overdue_recorded = true where signal_id = ?",
                UUID.fromString(event.signalId().value()));
    }

    /** The network's signals, newest first, optionally only those with one feedback status. */
    List<NetworkSignal> ofNetwork(NetworkId networkId, Optional<FeedbackStatus> status) {
        Timestamp now = Timestamp.from(clock.instant());
        String filter = status.map(s -> switch (s) {
            case GIVEN -> " and feedback_recorded_at is not null";
            case OVERDUE -> " and feedback_recorded_at is null and (overdue_recorded or feedback_overdue_at <= ?)";
            case OWED -> " and feedback_recorded_at is null and not overdue_recorded and feedback_overdue_at > ?";
        }).orElse("");
        Object[] arguments = status.filter(s -> s != FeedbackStatus.GIVEN).isPresent()
                ? new Object[] {networkId.value(), now} : new Object[] {networkId.value()};
        return jdbc.query("select * from signal_view where network_id = ?" + filter
                + " order by raised_at desc, signal_id", (rs, row) -> new NetworkSignal(rs.getString("signal_id"),
                        SignallerRole.valueOf(rs.getString("signaller_role")), rs.getBoolean("anonymous"),
                        rs.getBoolean("anonymous") ? Optional.empty() : Optional.ofNullable(rs.getString("signaller")),
                        open(rs, "concern"), rs.getTimestamp("raised_at").toInstant(),
                        rs.getObject("feedback_due_on", LocalDate.class), status(rs),
                        instant(rs, "feedback_recorded_at")), arguments);
    }

    /**
     * The signals raised by one token subject, newest first, with their feedback opened. Found by the subject's blind
     * index, since an anonymous signal keeps nothing else of its signaller.
     */
    List<OwnSignal> raisedBy(String signaller) {
        String index = vault.blindIndex(RaiseSignal.SIGNALLER_INDEX, signaller);
        return jdbc.query("select * from signal_view where signaller_index = ? order by raised_at desc, signal_id",
                (rs, row) -> new OwnSignal(rs.getString("signal_id"), rs.getString("network_id"), open(rs, "concern"),
                        rs.getTimestamp("raised_at").toInstant(), rs.getObject("feedback_due_on", LocalDate.class),
                        status(rs), open(rs, "feedback"), instant(rs, "feedback_recorded_at")), index);
    }

    private FeedbackStatus status(ResultSet rs) throws SQLException {
        if (rs.getTimestamp("feedback_recorded_at") != null) {
            return FeedbackStatus.GIVEN;
        }
        boolean late = rs.getBoolean("overdue_recorded")
                || !rs.getTimestamp("feedback_overdue_at").toInstant().isAfter(clock.instant());
        return late ? FeedbackStatus.OVERDUE : FeedbackStatus.OWED;
    }

    private Optional<String> open(ResultSet rs, String prefix) throws SQLException {
        String keyId = rs.getString(prefix + "_key");
        return keyId == null ? Optional.empty()
                : disclosure.signalText(new Sealed(keyId, rs.getString(prefix + "_iv"), rs.getString(prefix + "_data")));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getTimestamp(column)).map(Timestamp::toInstant);
    }
}
