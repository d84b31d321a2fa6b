package nl.samenspel.cases.signal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.cases.Partners;
import nl.samenspel.cases.access.CasePermissions;
import nl.samenspel.cases.vault.PersonalDataVault;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.domain.NotPermitted;
import nl.samenspel.shared.domain.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A concern raised by anyone, a volunteer or neighbour too. The signaller is always owed feedback: the signal
 * keeps its due date, takes the feedback from the network's coordinator once, and is marked overdue by the
 * deadline process when the due date passes without it. Its texts are sealed under the signal's own key. An
 * anonymous signal keeps its signaller only as a blind index: enough to show them their feedback, nothing to name
 * them by.
 */
@Aggregate
public class Signal {

    @AggregateIdentifier
    private SignalId signalId;
    private NetworkId networkId;
    private LocalDate feedbackDueOn;
    private Instant feedbackOverdueAt;
    private boolean feedbackGiven;
    private boolean overdue;

    protected Signal() {
        // Axon rebuilds the aggregate from its events.
    }

    @CommandHandler
    public Signal(RaiseSignal command, Partners networks, FeedbackTerms terms, PersonalDataVault vault,
            Clock clock) {
        assertNetworkKnown(command, networks);
        assertText("concern", command.concern(), RaiseSignal.MAX_CONCERN_LENGTH);
        Instant raisedAt = clock.instant();
        FeedbackTerms.Due due = terms.dueFor(raisedAt);
        String signaller = command.actor().userId();
        apply(new SignalRaised(command.signalId(), command.networkId(), command.signallerRole(),
                vault.seal(command.signalId().value(), command.concern()), command.anonymous(),
                command.anonymous() ? null : signaller, vault.blindIndex(RaiseSignal.SIGNALLER_INDEX, signaller),
                raisedAt, due.dueOn(), due.overdueAt()));
    }

    @CommandHandler
    void handle(RecordSignalFeedback command, CasePermissions permissions, PersonalDataVault vault,
            Clock clock) {
        if (command.actor() == null || !permissions.coordinates(command.actor(), networkId)) {
            throw new NotPermitted("Only the network's coordinator gives feedback on its signals.");
        }
        if (feedbackGiven) {
            throw new RuleViolation("feedback-already-recorded", "The signaller was given feedback already.");
        }
        assertText("feedback", command.feedback(), RecordSignalFeedback.MAX_FEEDBACK_LENGTH);
        apply(new SignalFeedbackRecorded(signalId, networkId, vault.seal(signalId.value(), command.feedback()),
                feedbackDueOn, clock.instant()));
    }

    /** Idempotent: a deadline that fires twice, or after the feedback, changes nothing. */
    @CommandHandler
    void handle(MarkSignalFeedbackOverdue command) {
        if (!feedbackGiven && !overdue) {
            apply(new SignalFeedbackOverdue(signalId, networkId, feedbackDueOn, feedbackOverdueAt));
        }
    }

    @EventSourcingHandler
    void on(SignalRaised event) {
        signalId = event.signalId();
        networkId = event.networkId();
        feedbackDueOn = event.feedbackDueOn();
        feedbackOverdueAt = event.feedbackOverdueAt();
    }

    @EventSourcingHandler
    void on(SignalFeedbackRecorded event) {
        feedbackGiven = true;
    }

    @EventSourcingHandler
    void on(SignalFeedbackOverdue event) {
        overdue = true;
    }

    private static void assertNetworkKnown(RaiseSignal command, Partners networks) {
        if (!networks.isKnownNetwork(command.networkId())) {
            throw new InvalidField("networkId", "is not a known network");
        }
    }

    private static void assertText(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new InvalidField(field, "must not be blank");
        }
        if (text.length() > maxLength) {
            throw new InvalidField(field, "must be at most " + maxLength + " characters");
        }
    }
}
