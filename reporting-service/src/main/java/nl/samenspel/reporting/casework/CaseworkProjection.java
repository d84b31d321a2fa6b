package nl.samenspel.reporting.casework;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.Topics;
import nl.samenspel.contracts.cases.AftercareReviewDueV1;
import nl.samenspel.contracts.cases.CaseClosedV1;
import nl.samenspel.contracts.cases.CaseOpenedV1;
import nl.samenspel.contracts.cases.HandoverAcceptanceOverdueV1;
import nl.samenspel.contracts.cases.HandoverAcceptedV1;
import nl.samenspel.contracts.cases.HandoverDeclinedV1;
import nl.samenspel.contracts.cases.HandoverInitiatedV1;
import nl.samenspel.contracts.cases.InformalHelpDeployedV1;
import nl.samenspel.contracts.cases.InformalOptionAssessedV1;
import nl.samenspel.contracts.cases.ReferralAcceptedV1;
import nl.samenspel.contracts.cases.ReferralAnswerOverdueV1;
import nl.samenspel.contracts.cases.ReferralDeclinedV1;
import nl.samenspel.contracts.cases.ReferralMadeV1;
import nl.samenspel.contracts.cases.SignalFeedbackOverdueV1;
import nl.samenspel.shared.messaging.IntegrationEventEnvelope;
import nl.samenspel.shared.messaging.IntegrationEventReader;
import nl.samenspel.shared.messaging.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Counts casework from case-service's events into {@link CaseworkCounts}: what happened, in which network and
 * month, never to whom. The ids the events carry (case, client, referral, party) are read and dropped here.
 */
@Component
class CaseworkProjection {

    static final String CONSUMER = "reporting-service.casework";
    private static final Logger log = LoggerFactory.getLogger(CaseworkProjection.class);

    private final IntegrationEventReader reader;
    private final ProcessedEvents processed;
    private final CaseworkCounts counts;

    CaseworkProjection(IntegrationEventReader reader, ProcessedEvents processed, CaseworkCounts counts) {
        this.reader = reader;
        this.processed = processed;
        this.counts = counts;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.CASE_EVENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        reader.read(record).ifPresent(this::apply);
    }

    void apply(IntegrationEventEnvelope envelope) {
        List<Tally> tallies = tallies(envelope.payload());
        boolean applied = !tallies.isEmpty()
                && processed.runOnce(CONSUMER, envelope.id(), () -> tallies.forEach(counts::add));
        log.debug("{} {} {}", envelope.type(), envelope.id(), applied ? "applied" : "skipped");
    }

    // Java 17: no pattern switch yet, so one instanceof per event.
    static List<Tally> tallies(IntegrationEvent p) {
        List<Tally> tallies = new ArrayList<>();
        if (p instanceof CaseOpenedV1 e) {
            tallies.add(Tally.of(e.networkId(), e.openedAt(), Measure.CASES_OPENED, e.presentation()));
            if (e.acute()) {
                tallies.add(Tally.of(e.networkId(), e.openedAt(), Measure.ACUTE_CASES_OPENED));
            }
            tallies.add(new Tally(e.networkId(), e.openedAt(), Measure.PROBLEM_DOMAINS,
                    e.problemDomains().stream().distinct().map(Enum::name).toList()));
        } else if (p instanceof InformalOptionAssessedV1 e) {
            tallies.add(Tally.of(e.networkId(), e.assessedAt(), Measure.INFORMAL_OPTIONS_ASSESSED, e.outcome()));
        } else if (p instanceof InformalHelpDeployedV1 e) {
            tallies.add(Tally.of(e.networkId(), e.deployedAt(), Measure.INFORMAL_HELP_DEPLOYED, e.mode()));
        } else if (p instanceof ReferralMadeV1 e) {
            tallies.add(Tally.of(e.networkId(), e.madeAt(), Measure.REFERRALS_MADE, e.direction()));
        } else if (p instanceof ReferralAcceptedV1 e) {
            tallies.add(Tally.of(e.networkId(), e.acceptedAt(), Measure.REFERRALS_ACCEPTED));
        } else if (p instanceof ReferralDeclinedV1 e) {
            tallies.add(Tally.of(e.networkId(), e.declinedAt(), Measure.REFERRALS_DECLINED, e.reason()));
        } else if (p instanceof ReferralAnswerOverdueV1 e) {
            tallies.add(Tally.of(e.networkId(), e.overdueAt(), Measure.REFERRAL_ANSWERS_OVERDUE));
        } else if (p instanceof HandoverInitiatedV1 e) {
            tallies.add(Tally.of(e.networkId(), e.initiatedAt(), Measure.HANDOVERS_INITIATED, e.direction()));
        } else if (p instanceof HandoverAcceptedV1 e) {
            tallies.add(Tally.of(e.networkId(), e.acceptedAt(), Measure.HANDOVERS_ACCEPTED));
        } else if (p instanceof HandoverDeclinedV1 e) {
            tallies.add(Tally.of(e.networkId(), e.declinedAt(), Measure.HANDOVERS_DECLINED, e.reason()));
        } else if (p instanceof HandoverAcceptanceOverdueV1 e) {
            tallies.add(Tally.of(e.networkId(), e.overdueAt(), Measure.HANDOVER_ACCEPTANCES_OVERDUE));
        } else if (p instanceof SignalFeedbackOverdueV1 e) {
            tallies.add(Tally.of(e.networkId(), e.overdueAt(), Measure.SIGNAL_FEEDBACK_OVERDUE));
        } else if (p instanceof AftercareReviewDueV1 e) {
            tallies.add(Tally.of(e.networkId(), e.dueAt(), Measure.REVIEWS_DUE,
                    e.afterClosure() ? Measure.Review.FOLLOW_UP : Measure.Review.AFTERCARE));
        } else if (p instanceof CaseClosedV1 e) {
            tallies.add(Tally.of(e.networkId(), e.closedAt(), Measure.CASES_CLOSED, e.reason()));
        }
        return tallies;
    }
}
