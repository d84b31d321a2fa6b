package nl.samenspel.cases.deadline;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.cases.CaseId;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.shared.domain.InvalidField;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One watched case deadline: pending until it is met or passes. The referral, handover and case aggregates
 * belong to other packages; they are wired to this through {@link ScheduleDeadline} and {@link MeetDeadline},
 * so the deadline rules live in one place and the process manager needs no knowledge of their events.
 */
@Aggregate
public class Deadline {

    @AggregateIdentifier
    private DeadlineId deadlineId;
    private CaseId caseId;
    private NetworkId networkId;
    private String counterpartId;
    private LocalDate dueOn;
    private Instant firesAt;
    private boolean pending;

    protected Deadline() {
        // Axon rebuilds the aggregate from its events, and creates it empty for the commands below.
    }

    /**
     * Scheduling and meeting come from policies on tracking processors, which see events again on a retry or a
     * replay. Both commands therefore create the deadline if it is missing and otherwise change nothing: a
     * repeated schedule or a meeting of a deadline never scheduled (a review that never began, a referral from
     * before deadlines were watched) is no error. An exception would not help either: the command's events are
     * stored in the processor's own transaction, so a duplicate stream would fail that transaction on every
     * retry and stop the processor for good.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ScheduleDeadline command, Clock clock) {
        // A policy retried after a crash sends its command again; that must change nothing.
        if (deadlineId != null && command.deadlineId().kind().awaitsCounterpart()) {
            return;
        }
        if (command.caseId() == null) {
            throw new InvalidField("caseId", "must be given");
        }
        if (command.networkId() == null) {
            throw new InvalidField("networkId", "must be given");
        }
        if (command.dueOn() == null) {
            throw new InvalidField("dueOn", "must be given");
        }
        DeadlineKind kind = command.deadlineId().kind();
        String counterpart = command.counterpartId();
        if (kind.awaitsCounterpart() && !isParty(counterpart)) {
            throw new InvalidField("counterpartId", "must name the organisation, network or person that answers");
        }
        if (!kind.awaitsCounterpart() && counterpart != null) {
            throw new InvalidField("counterpartId", "must be absent for a review date");
        }
        if (deadlineId != null && command.dueOn().equals(dueOn)) {
            return;
        }
        apply(new DeadlineScheduled(command.deadlineId(), command.caseId(), command.networkId(), counterpart,
                command.dueOn(), kind.firesAt(command.dueOn()), clock.instant()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(MeetDeadline command, Clock clock) {
        if (pending) {
            apply(new DeadlineMet(deadlineId, clock.instant()));
        }
    }

    @CommandHandler
    void handle(MarkDeadlineMissed command) {
        boolean stale = command.firesAt() != null && !command.firesAt().equals(firesAt);
        if (pending && !stale) {
            apply(new DeadlineMissed(deadlineId, caseId, networkId, counterpartId, dueOn, firesAt));
        }
    }

    @EventSourcingHandler
    void on(DeadlineScheduled event) {
        deadlineId = event.deadlineId();
        caseId = event.caseId();
        networkId = event.networkId();
        counterpartId = event.counterpartId();
        dueOn = event.dueOn();
        firesAt = event.firesAt();
        pending = true;
    }

    @EventSourcingHandler
    void on(DeadlineMet event) {
        pending = false;
    }

    @EventSourcingHandler
    void on(DeadlineMissed event) {
        pending = false;
    }

    /** An organisation or network slug, or an informal helper's person id. */
    private static boolean isParty(String id) {
        return id != null && (OrganisationId.isValid(id) || PersonId.isValid(id));
    }
}
