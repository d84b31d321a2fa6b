package nl.samenspel.infra;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The topics a Samenspel broker holds: each service's integration topic and its dead-letter topic. The broker
 * creates no topic on first use, so a typo in a topic name fails instead of quietly making a new one, and the
 * dead-letter topics exist before the first record needs one.
 */
public final class KafkaLayout {

    public static final int PARTITIONS = 6;

    private KafkaLayout() {
    }

    public static List<String> topicNames() {
        List<String> names = new ArrayList<>();
        for (String topic : Topics.ALL) {
            names.add(topic);
            names.add(Topics.deadLetters(topic));
        }
        return List.copyOf(names);
    }

    static List<NewTopic> topics() {
        return topicNames().stream().map(name -> new NewTopic(name, PARTITIONS, (short) 1)).toList();
    }
}
