package nl.samenspel.testsupport.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;

/** Whether hostile input that was accepted has stopped a read model: no streaming processor may be in error. */
public final class EventProcessors {

    private EventProcessors() {
    }

    public static void assertNoneFailing(EventProcessingConfiguration processing) {
        List<String> failing = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(p -> !p.isRunning() || p.isError()
                        || p.processingStatus().values().stream().anyMatch(s -> s.isErrorState()))
                .map(p -> p.getName()).toList();
        assertThat(failing).as("event processors stopped or in error after the hostile requests").isEmpty();
    }
}
