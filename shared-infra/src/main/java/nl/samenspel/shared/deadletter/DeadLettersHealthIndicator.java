package nl.samenspel.shared.deadletter;

import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Reports the parked letters per processing group, and stays UP while letters are parked: a parked sequence holds
 * back one aggregate's updates, while the service keeps serving everyone else, so it must stay ready and in the
 * load balancer. Alerting is the gauge's job ({@code samenspel.deadletters.parked}); what is parked and why is the
 * {@code deadletters} endpoint's. If the queue cannot be read at all the database is gone, and this reports DOWN
 * like the database check does.
 */
public class DeadLettersHealthIndicator extends AbstractHealthIndicator {

    private final ParkedLetters letters;

    public DeadLettersHealthIndicator(ParkedLetters letters) {
        super("dead-letter queues cannot be read");
        this.letters = letters;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, Long> perGroup = letters.parkedPerGroup();
        builder.up()
                .withDetail("parked", perGroup.values().stream().mapToLong(Long::longValue).sum())
                .withDetail("groups", perGroup);
    }
}
