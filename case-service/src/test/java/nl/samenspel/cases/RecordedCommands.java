package nl.samenspel.cases;

import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.Message;
import org.axonframework.test.utils.RecordingCommandBus;

/** A command gateway that records what a policy sends, for given-event-then-commands tests of policies. */
public final class RecordedCommands {

    private final RecordingCommandBus bus = new RecordingCommandBus();

    public CommandGateway gateway() {
        return DefaultCommandGateway.builder().commandBus(bus).build();
    }

    /** The commands sent so far, in order. */
    public List<Object> sent() {
        return bus.getDispatchedCommands().stream().map(Message::getPayload).map(Object.class::cast).toList();
    }
}
