package nl.samenspel.shared.axon;

import io.micrometer.tracing.Tracer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import nl.samenspel.shared.security.CurrentActor;
import nl.samenspel.shared.tracing.Traceparent;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Stamps every command sent from a request thread with the authenticated actor and the current
 * trace, so no controller can forget it. Commands sent by sagas or consumers inherit the metadata of
 * the event that caused them through Axon's correlation data instead. Commands marked {@link AnonymousActor},
 * and {@link AnonymousActor.WhenAsked} commands whose sender asked to stay anonymous, get the trace only.
 */
public final class ActorDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final Tracer tracer;

    public ActorDispatchInterceptor(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> metadata = new HashMap<>();
            boolean anonymous = anonymous(command);
            CurrentActor.fromToken().filter(actor -> !anonymous).ifPresent(actor -> {
                metadata.put(ActorMetadata.ACTOR, actor.userId());
                actor.organisation().ifPresent(org -> metadata.put(ActorMetadata.ORGANISATION, org.value()));
            });
            Traceparent.current(tracer).ifPresent(tp -> metadata.put(ActorMetadata.TRACEPARENT, tp));
            return metadata.isEmpty() ? command : command.andMetaData(metadata);
        };
    }

    private static boolean anonymous(CommandMessage<?> command) {
        return command.getPayloadType().isAnnotationPresent(AnonymousActor.class)
                || command.getPayload() instanceof AnonymousActor.WhenAsked asked && asked.anonymous();
    }
}
