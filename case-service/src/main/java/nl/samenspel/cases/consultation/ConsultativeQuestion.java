package nl.samenspel.cases.consultation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import nl.samenspel.cases.Partners;
import nl.samenspel.cases.access.CasePermissions;
import nl.samenspel.cases.vault.PersonalDataVault;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.ProblemDomain;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.domain.NotPermitted;
import nl.samenspel.shared.domain.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An anonymous request for advice (consultatieve vraag): a situation described without personal data, the
 * asker's first severity estimate, and once the network's coordinator has answered, their advice. The asker is
 * not recorded; they read the advice with the retrieval token they were given.
 */
@Aggregate
public class ConsultativeQuestion {

    @AggregateIdentifier
    private ConsultativeQuestionId questionId;
    private NetworkId networkId;
    private boolean answered;

    protected ConsultativeQuestion() {
        // Axon rebuilds the aggregate from its events.
    }

    @CommandHandler
    public ConsultativeQuestion(AskConsultativeQuestion command, Partners networks, PersonalDataVault vault,
            Clock clock) {
        if (command.networkId() == null || !networks.isKnownNetwork(command.networkId())) {
            throw new InvalidField("networkId", "is not a known network");
        }
        List<ProblemDomain> domains = command.problemDomains();
        if (domains == null || domains.isEmpty() || domains.stream().anyMatch(Objects::isNull)) {
            throw new InvalidField("problemDomains", "must name at least one problem domain");
        }
        if (domains.stream().distinct().count() != domains.size()) {
            throw new InvalidField("problemDomains", "must not name a problem domain twice");
        }
        if (command.severity() == null) {
            throw new InvalidField("severity", "must be given");
        }
        assertText("question", command.question(), AskConsultativeQuestion.MAX_QUESTION_LENGTH);
        PersonalDataPatterns.find(command.question()).ifPresent(found -> {
            throw new InvalidField("question", "seems to contain " + found
                    + "; a consultative question is anonymous and must not contain personal data");
        });
        if (command.retrievalTokenHash() == null || !command.retrievalTokenHash().matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A consultative question needs the SHA-256 of its retrieval token.");
        }
        apply(new ConsultativeQuestionAsked(command.questionId(), command.networkId(), List.copyOf(domains),
                command.severity(), vault.seal(command.questionId().asString(), command.question()),
                command.retrievalTokenHash(), clock.instant()));
    }

    @CommandHandler
    void handle(GiveConsultativeAdvice command, CasePermissions permissions, PersonalDataVault vault,
            Clock clock) {
        if (command.actor() == null || !permissions.coordinates(command.actor(), networkId)) {
            throw new NotPermitted("Only the network's coordinator answers its consultative questions.");
        }
        if (answered) {
            throw new RuleViolation("advice-already-given", "This consultative question was answered already.");
        }
        if (command.severity() == null) {
            throw new InvalidField("severity", "must be given");
        }
        assertText("advice", command.advice(), GiveConsultativeAdvice.MAX_ADVICE_LENGTH);
        apply(new ConsultativeAdviceGiven(questionId, networkId, command.severity(), command.caseAdvised(),
                vault.seal(questionId.asString(), command.advice()), clock.instant()));
    }

    @EventSourcingHandler
    void on(ConsultativeQuestionAsked event) {
        questionId = event.questionId();
        networkId = event.networkId();
    }

    @EventSourcingHandler
    void on(ConsultativeAdviceGiven event) {
        answered = true;
    }

    private static void assertText(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new InvalidField(field, "must not be blank");
        }
        if (text.length() > maxLength) {
            throw new InvalidField(field, "must be at most " + maxLength + " characters");
        }
    }
}
