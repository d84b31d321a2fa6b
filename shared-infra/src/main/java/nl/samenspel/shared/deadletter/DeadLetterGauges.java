package nl.samenspel.shared.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;

/**
 * {@code samenspel.deadletters.parked{group=…}}: letters parked per processing group, for alerting (anything above
 * zero needs an operator). Registered once Axon has assigned its processing groups, which is when they are known.
 */
public class DeadLetterGauges implements ApplicationListener<ApplicationStartedEvent> {

    public static final String METRIC = "samenspel.deadletters.parked";

    private final ParkedLetters letters;
    private final MeterRegistry registry;

    public DeadLetterGauges(ParkedLetters letters, MeterRegistry registry) {
        this.letters = letters;
        this.registry = registry;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        letters.groups().forEach(group -> Gauge.builder(METRIC, letters, parked -> parked.parked(group))
                .tag("group", group)
                .description("Events parked in the processing group's dead-letter queue")
                .register(registry));
    }
}
