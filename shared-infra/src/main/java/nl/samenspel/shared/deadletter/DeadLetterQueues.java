package nl.samenspel.shared.deadletter;

import java.util.List;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Function;
import org.axonframework.config.Configurer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;

/**
 * Gives every processing group of the service its own sequenced dead-letter queue, without listing the groups:
 * Axon asks for a queue per group it assigns handlers to. Axon's own module only does this for groups with
 * {@code axon.eventhandling.processors.<group>.dlq.enabled}; this one replaces it (same bean type) so a new
 * projection cannot be forgotten. The groups seen are remembered for the metric, health and endpoint.
 *
 * <p>Each dead-lettering invoker keeps a per-segment cache of parked sequences, so an event whose sequence is not
 * parked costs no query on the queue table.
 */
public class DeadLetterQueues extends DeadLetterQueueProviderConfigurerModule {

    private final Function<String, SequencedDeadLetterQueue<EventMessage<?>>> queueForGroup;
    private final EnqueuePolicy<EventMessage<?>> policy;
    private final SortedSet<String> groups = new ConcurrentSkipListSet<>();

    public DeadLetterQueues(Function<String, SequencedDeadLetterQueue<EventMessage<?>>> queueForGroup,
            EnqueuePolicy<EventMessage<?>> policy) {
        super(new EventProcessorProperties(), group -> null);
        this.queueForGroup = queueForGroup;
        this.policy = policy;
    }

    @Override
    public void configureModule(Configurer configurer) {
        EventProcessingConfigurer processing = configurer.eventProcessing();
        processing.registerDefaultDeadLetterPolicy(c -> policy);
        processing.registerDeadLetterQueueProvider(group -> {
            groups.add(group);
            processing.registerDeadLetteringEventHandlerInvokerConfiguration(group,
                    (c, invoker) -> invoker.enableSequenceIdentifierCache());
            return c -> queueForGroup.apply(group);
        });
    }

    /** The processing groups that have a queue, in name order. */
    public List<String> groups() {
        return List.copyOf(groups);
    }
}
