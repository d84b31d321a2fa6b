package nl.samenspel.shared.messaging;

/**
 * Who a service logs in to Kafka as. There is no default password, as a committed one would be every
 * deployment's: without one the service refuses to start and says which variable to set, rather than retrying a
 * failing login for ever. The local runner passes each service the password its embedded broker generated.
 */
public record KafkaLogin(String principal) {

    public static final String PASSWORD_VARIABLE = "SAMENSPEL_KAFKA_PASSWORD";

    public static KafkaLogin of(String principal, String password) {
        if (password == null || password.isBlank()) {
            throw new IllegalStateException(principal + " has no Kafka password: set " + PASSWORD_VARIABLE
                    + " (samenspel.kafka.password) to the password of its principal on the broker.");
        }
        return new KafkaLogin(principal);
    }
}
