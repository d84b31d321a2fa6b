package nl.samenspel.cases.config;

import nl.samenspel.cases.signal.FeedbackTerms;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Deadlines of signals and cases. The deadline manager itself is Axon's DbSchedulerDeadlineManager, built by
 * Axon's auto-configuration as soon as db-scheduler's starter provides a Scheduler on this service's DataSource:
 * deadlines are rows in {@code scheduled_tasks} (migration V32), so they survive restarts and fire on one
 * instance only. The starter's settings are the {@code db-scheduler.*} properties in application.properties.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    @Bean
    FeedbackTerms feedbackTerms(@Value("${samenspel.signals.feedback-working-days:10}") int workingDays) {
        return new FeedbackTerms(workingDays, FeedbackTerms.DUTCH_TIME);
    }
}
