package nl.samenspel.testsupport.deadletter;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A meter whose readings carry a date the aggregate does not check, as the far-future action date of issue 8 did. */
@Aggregate
class Meter {

    record RecordReading(@TargetAggregateIdentifier UUID meterId, UUID readingId, LocalDate readOn) {
    }

    record ReadingRecorded(UUID meterId, UUID readingId, LocalDate readOn) {
    }

    @AggregateIdentifier
    private UUID meterId;

    Meter() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordReading command) {
        apply(new ReadingRecorded(command.meterId(), command.readingId(), command.readOn()));
    }

    @EventSourcingHandler
    void on(ReadingRecorded event) {
        meterId = event.meterId();
    }
}
