package nl.samenspel.cases.casefile;

import java.util.Optional;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Cases;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * {@link Cases} answered by loading the case aggregate itself. Only valid inside a command handler's unit of
 * work, which is the only place aggregates ask; the loaded case is locked until that unit of work ends and is
 * never changed.
 */
@Component
class AggregateCases implements Cases {

    private final Repository<Case> cases;

    AggregateCases(Repository<Case> caseRepository) {
        this.cases = caseRepository;
    }

    @Override
    public Optional<CaseFacts> find(CaseId caseId) {
        try {
            return Optional.of(cases.load(caseId.asString()).invoke(Case::facts));
        } catch (AggregateNotFoundException unknown) {
            return Optional.empty();
        }
    }
}
