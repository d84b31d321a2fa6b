package nl.samenspel.shared.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.apache.kafka.common.errors.TimeoutException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;

class ParkingPolicyTest {

    private final ParkingPolicy policy = new ParkingPolicy();
    private final EventMessage<?> event = GenericEventMessage.asEventMessage("payload");

    @Test
    void anEventItsHandlerCannotApplyIsParkedWithTheExceptionTypesButNotTheirMessages() {
        RuntimeException failure = new DataIntegrityViolationException("Key (bsn)=(123456782) already exists",
                new SQLException("Key (bsn)=(123456782) already exists", "23505"));

        EnqueueDecision<EventMessage<?>> decision = policy.decide(new GenericDeadLetter<>("case-1", event), failure);

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).hasValueSatisfying(cause -> {
            assertThat(cause.getClass().getSimpleName()).isEqualTo("ThrowableCause");
            assertThat(cause.getMessage()).contains(DataIntegrityViolationException.class.getName(),
                    SQLException.class.getName()).doesNotContain("123456782");
        });
    }

    @Test
    void aDatabaseConflictOrLostConnectionIsRetriedByTheProcessorNotParked() {
        RuntimeException conflict = new CannotAcquireLockException("lock");
        assertThatThrownBy(() -> policy.decide(new GenericDeadLetter<>("case-1", event), conflict)).isSameAs(conflict);

        RuntimeException connectionLost = new IllegalStateException("wrapped",
                new SQLException("connection refused", "08001"));
        assertThatThrownBy(() -> policy.decide(new GenericDeadLetter<>("case-1", event), connectionLost))
                .isSameAs(connectionLost);
    }

    @Test
    void kafkaBeingUnreachableIsRetriedNotParked() {
        RuntimeException timeout = new TimeoutException("metadata not available");
        assertThatThrownBy(() -> policy.decide(new GenericDeadLetter<>("case-1", event), timeout)).isSameAs(timeout);
    }
}
