package nl.samenspel.cases.signal;

import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.cases.SignalFeedbackOverdueV1;
import nl.samenspel.contracts.cases.SignalFeedbackRecordedV1;
import nl.samenspel.contracts.cases.SignalRaisedV1;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

/** Publishes a raised signal without its concern text or its signaller. */
@Component
class SignalIntegrationEvents implements IntegrationEventTranslator<SignalRaised> {

    @Override
    public Class<SignalRaised> sourceType() {
        return SignalRaised.class;
    }

    @Override
    public IntegrationEvent translate(SignalRaised event) {
        return new SignalRaisedV1(event.signalId().value(), event.networkId().value(), event.signallerRole(),
                event.signallerRole().formality(), event.anonymous(), event.raisedAt());
    }

    /** Feedback given, without its text: reporting counts the time from signal to feedback. */
    @Component
    static class FeedbackRecorded implements IntegrationEventTranslator<SignalFeedbackRecorded> {

        @Override
        public Class<SignalFeedbackRecorded> sourceType() {
            return SignalFeedbackRecorded.class;
        }

        @Override
        public IntegrationEvent translate(SignalFeedbackRecorded event) {
            return new SignalFeedbackRecordedV1(event.signalId().value(), event.networkId().value(), event.dueOn(),
                    event.recordedAt());
        }
    }

    @Component
    static class FeedbackOverdue implements IntegrationEventTranslator<SignalFeedbackOverdue> {

        @Override
        public Class<SignalFeedbackOverdue> sourceType() {
            return SignalFeedbackOverdue.class;
        }

        @Override
        public IntegrationEvent translate(SignalFeedbackOverdue event) {
            return new SignalFeedbackOverdueV1(event.signalId().value(), event.networkId().value(), event.dueOn(),
                    event.overdueAt());
        }
    }
}
