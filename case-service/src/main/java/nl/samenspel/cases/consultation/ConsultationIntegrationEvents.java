package nl.samenspel.cases.consultation;

import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.cases.ConsultativeAdviceGivenV1;
import nl.samenspel.contracts.cases.ConsultativeQuestionAskedV1;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

/** A question asked, without its text or retrieval token: reporting counts questions by domain and severity. */
@Component
class ConsultationIntegrationEvents implements IntegrationEventTranslator<ConsultativeQuestionAsked> {

    @Override
    public Class<ConsultativeQuestionAsked> sourceType() {
        return ConsultativeQuestionAsked.class;
    }

    @Override
    public IntegrationEvent translate(ConsultativeQuestionAsked event) {
        return new ConsultativeQuestionAskedV1(event.questionId().asString(), event.networkId().value(),
                event.problemDomains(), event.severity(), event.askedAt());
    }

    /** Advice given, without its text. */
    @Component
    static class AdviceGiven implements IntegrationEventTranslator<ConsultativeAdviceGiven> {

        @Override
        public Class<ConsultativeAdviceGiven> sourceType() {
            return ConsultativeAdviceGiven.class;
        }

        @Override
        public IntegrationEvent translate(ConsultativeAdviceGiven event) {
            return new ConsultativeAdviceGivenV1(event.questionId().asString(), event.networkId().value(),
                    event.severity(), event.caseAdvised(), event.givenAt());
        }
    }
}
