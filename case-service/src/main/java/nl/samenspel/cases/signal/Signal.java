package nl.samenspel.cases.signal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import nl.samenspel.shared.domain.InvalidField;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A concern raised by anyone, a volunteer or neighbour too. Later issues add feedback owed to the
 * signaller and the link to the case it led to; for now it validates and records the raising.
 */
@Aggregate
public class Signal {

    @AggregateIdentifier
    private SignalId signalId;

    protected Signal() {
        // Axon rebuilds the aggregate from its events.
    }

    @CommandHandler
    public Signal(RaiseSignal command, KnownNetworks networks, Clock clock) {
        assertNetworkKnown(command, networks);
        assertConcernGiven(command);
        apply(new SignalRaised(command.signalId(), command.networkId(), command.signallerRole(), command.concern(),
                command.anonymous(), clock.instant()));
    }

    @EventSourcingHandler
    void on(SignalRaised event) {
        signalId = event.signalId();
    }

    private static void assertNetworkKnown(RaiseSignal command, KnownNetworks networks) {
        if (!networks.contains(command.networkId())) {
            throw new InvalidField("networkId", "is not a known network");
        }
    }

    private static void assertConcernGiven(RaiseSignal command) {
        String concern = command.concern();
        if (concern == null || concern.isBlank()) {
            throw new InvalidField("concern", "must not be blank");
        }
        if (concern.length() > RaiseSignal.MAX_CONCERN_LENGTH) {
            throw new InvalidField("concern", "must be at most " + RaiseSignal.MAX_CONCERN_LENGTH + " characters");
        }
    }
}
