package nl.samenspel.shared.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import java.util.Optional;

/**
 * The W3C {@code traceparent} of the current span. It travels with a command into the events it
 * causes (as Axon metadata), from there onto the Kafka record (header and CloudEvent extension),
 * where the consumer's observation picks it up: one trace id from HTTP request to projection.
 */
public final class Traceparent {

    public static final String KEY = "traceparent";

    private Traceparent() {
    }

    public static Optional<String> current(Tracer tracer) {
        Span span = tracer.currentSpan();
        if (span == null) {
            return Optional.empty();
        }
        TraceContext context = span.context();
        return Optional.of("00-" + context.traceId() + "-" + context.spanId() + "-"
                + (Boolean.FALSE.equals(context.sampled()) ? "00" : "01"));
    }
}
