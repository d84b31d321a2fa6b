package nl.samenspel.partners.network;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.partners.Parties;
import nl.samenspel.partners.PartnerRules;
import nl.samenspel.shared.domain.InvalidField;
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
    private NetworkId networkId;
    private Parties.NetworkFacts facts;

    protected Network() {
        // Axon rebuilds the aggregate from its events.
    }

    /**
     * The command is checked here as well as at the API: every stored NetworkRegistered is published
     * as-is, so a network the domain accepted must always fit the published schema, whoever sent it.
     */
    @CommandHandler
    public Network(RegisterNetwork command, Clock clock) {
        refuseInvalid(command);
        apply(new NetworkRegistered(command.networkId(), command.name(), command.type(), command.municipalityCode(),
                command.coordinatorOrganisation(), PartnerRules.now(clock)));
    }

    private static void refuseInvalid(RegisterNetwork command) {
        PartnerRules.requireDisplayName("name", command.name());
        if (command.type() == null) {
            throw new InvalidField("type", "must not be null");
        }
        PartnerRules.requireMunicipalityCode("municipalityCode", command.municipalityCode());
        if (command.coordinatorOrganisation() == null) {
            throw new InvalidField("coordinatorOrganisation", "must not be null");
        }
    }

    /** What other aggregates may know of this network when they decide. */
    public Parties.NetworkFacts facts() {
        return facts;
    }

    @EventSourcingHandler
    void on(NetworkRegistered event) {
        networkId = event.networkId();
        facts = new Parties.NetworkFacts(event.networkId(), event.type(), event.coordinatorOrganisation());
    }
}
