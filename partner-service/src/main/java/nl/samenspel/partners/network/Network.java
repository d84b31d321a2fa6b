package nl.samenspel.partners.network;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import nl.samenspel.contracts.NetworkId;
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

    /** The longest name the published language ({@code NetworkRegisteredV1}) and the read models accept. */
    static final int MAX_NAME_LENGTH = 120;
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");
    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("GM[0-9]{4}");

    @AggregateIdentifier
    private NetworkId networkId;

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
        // Microseconds: the precision PostgreSQL keeps, so the read model and the published event agree.
        apply(new NetworkRegistered(command.networkId(), command.name(), command.type(), command.municipalityCode(),
                command.coordinatorOrganisation(), clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    private static void refuseInvalid(RegisterNetwork command) {
        String name = command.name();
        if (name == null || name.isBlank()) {
            throw new InvalidField("name", "must not be blank");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidField("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (CONTROL_CHARACTERS.matcher(name).find()) {
            throw new InvalidField("name", "must not contain control characters");
        }
        if (command.type() == null) {
            throw new InvalidField("type", "must not be null");
        }
        if (command.municipalityCode() == null || !MUNICIPALITY_CODE.matcher(command.municipalityCode()).matches()) {
            throw new InvalidField("municipalityCode", "is not a CBS gemeentecode (GM followed by 4 digits)");
        }
        if (command.coordinatorOrganisation() == null) {
            throw new InvalidField("coordinatorOrganisation", "must not be null");
        }
    }

    @EventSourcingHandler
    void on(NetworkRegistered event) {
        networkId = event.networkId();
    }
}
