package nl.samenspel.cases.deadline;

import java.time.Instant;

public record DeadlineMet(DeadlineId deadlineId, Instant metAt) {
}
