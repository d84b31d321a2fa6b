package nl.samenspel.shared.deadletter;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs each projection or policy event handler in a savepoint of the processor's transaction. A handler that fails
 * halfway leaves nothing behind, and on PostgreSQL the transaction is usable again: after a failed statement it
 * refuses every further one, so without the savepoint neither the parked letter nor the other events of the batch
 * could be written. Aggregates' event-sourcing handlers and sagas write nothing of their own here and keep running
 * without one.
 */
public class SavepointPerEventHandler implements HandlerEnhancerDefinition {

    private static final TransactionDefinition NESTED =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final PlatformTransactionManager transactions;

    public SavepointPerEventHandler(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        boolean projectionHandler = original.canHandleMessageType(EventMessage.class)
                && original.hasAnnotation(EventHandler.class)
                && !original.hasAnnotation(EventSourcingHandler.class)
                && !original.hasAnnotation(SagaEventHandler.class);
        return projectionHandler ? new InSavepoint<>(original) : original;
    }

    private final class InSavepoint<T> extends WrappedMessageHandlingMember<T> {

        private InSavepoint(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return super.handle(message, target);
            }
            TransactionStatus savepoint = transactions.getTransaction(NESTED);
            Object result;
            try {
                result = super.handle(message, target);
            } catch (Exception | Error e) {
                transactions.rollback(savepoint);
                throw e;
            }
            transactions.commit(savepoint);
            return result;
        }
    }
}
