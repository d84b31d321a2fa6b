package nl.samenspel.cases.deadline;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import nl.samenspel.cases.signal.MarkSignalFeedbackOverdue;
import nl.samenspel.cases.signal.SignalFeedbackOverdue;
import nl.samenspel.cases.signal.SignalFeedbackRecorded;
import nl.samenspel.cases.signal.SignalId;
import nl.samenspel.cases.signal.SignalRaised;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Watches every deadline of a signal or a case: one saga per signal (feedback owed) and one per scheduled
 * {@link Deadline}. When the moment passes without the awaited event, it tells the aggregate, which decides
 * whether it really was missed (the answer may have crossed the deadline) and records it once. The deadline
 * manager is persistent (db-scheduler's {@code scheduled_tasks}), so a restart loses no deadline, and the saga's
 * state lives in Axon's JDBC saga store.
 */
@Saga
@ProcessingGroup("deadline-process")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class DeadlineProcess {

    static final String SIGNAL_FEEDBACK_DUE = "signal-feedback-due";
    static final String CASE_DEADLINE_DUE = "case-deadline-due";

    private SignalId signalId;
    private DeadlineId deadlineId;
    private String scheduleId;
    private Instant firesAt;

    /** A field, not a handler parameter: deadline handlers get their resources injected, not resolved. */
    @Autowired
    private transient CommandGateway commands;

    @StartSaga
    @SagaEventHandler(associationProperty = "signalId")
    void on(SignalRaised event, DeadlineManager deadlines) {
        signalId = event.signalId();
        scheduleId = deadlines.schedule(event.feedbackOverdueAt(), SIGNAL_FEEDBACK_DUE);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "signalId")
    void on(SignalFeedbackRecorded event, DeadlineManager deadlines) {
        deadlines.cancelSchedule(SIGNAL_FEEDBACK_DUE, scheduleId);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "signalId")
    void on(SignalFeedbackOverdue event) {
        // The signal recorded it; nothing is left to watch.
    }

    @DeadlineHandler(deadlineName = SIGNAL_FEEDBACK_DUE)
    void signalFeedbackDue() {
        commands.sendAndWait(new MarkSignalFeedbackOverdue(signalId));
    }

    /** Also a review moved to another date: the earlier schedule is cancelled, one moment is watched. */
    @StartSaga
    @SagaEventHandler(associationProperty = "deadlineId")
    void on(DeadlineScheduled event, DeadlineManager deadlines) {
        if (scheduleId != null) {
            deadlines.cancelSchedule(CASE_DEADLINE_DUE, scheduleId);
        }
        deadlineId = event.deadlineId();
        firesAt = event.firesAt();
        scheduleId = deadlines.schedule(event.firesAt(), CASE_DEADLINE_DUE);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "deadlineId")
    void on(DeadlineMet event, DeadlineManager deadlines) {
        deadlines.cancelSchedule(CASE_DEADLINE_DUE, scheduleId);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "deadlineId")
    void on(DeadlineMissed event) {
        // The deadline recorded it; nothing is left to watch.
    }

    @DeadlineHandler(deadlineName = CASE_DEADLINE_DUE)
    void caseDeadlineDue() {
        commands.sendAndWait(new MarkDeadlineMissed(deadlineId, firesAt));
    }
}
