package nl.samenspel.partners.network;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An OGGZ or neighbourhood network. The partners issue grows it into membership, rings and the
 * privacy covenant; the spine needs it to exist so signals can be raised in it.
 */
@Aggregate
public class Network {

    @AggregateIdentifier
    private nl.samenspel.contracts.NetworkId networkId;

    protected Network() {
        // Axon rebuilds the aggregate from its events.
    }

    @CommandHandler
    public Network(RegisterNetwork command, Clock clock) {
        apply(new NetworkRegistered(command.networkId(), command.name(), command.type(), command.municipalityCode(),
                command.coordinatorOrganisation(), clock.instant()));
    }

    @EventSourcingHandler
    void on(NetworkRegistered event) {
        networkId = event.networkId();
    }
}
