package nl.samenspel.shared.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param source        CloudEvent {@code source} of everything this service publishes, e.g. {@code /samenspel/case-service}
 * @param publishTopic  the topic this service publishes its integration events on; none means it publishes nothing
 * @param partitions    partitions of the publish topic: the most consumer instances that can share it
 * @param replicas      replication factor of the publish topic (1 for the single embedded broker)
 * @param ackTimeout    how long the publisher waits for Kafka to acknowledge a batch before it retries it
 */
@ConfigurationProperties("samenspel.messaging")
public record MessagingProperties(
        String source,
        String publishTopic,
        int partitions,
        short replicas,
        Duration ackTimeout) {

    public MessagingProperties {
        partitions = partitions <= 0 ? 6 : partitions;
        replicas = replicas <= 0 ? 1 : replicas;
        ackTimeout = ackTimeout == null ? Duration.ofSeconds(30) : ackTimeout;
    }
}
