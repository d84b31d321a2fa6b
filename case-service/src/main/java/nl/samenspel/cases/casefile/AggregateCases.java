package nl.samenspel.cases.casefile;

import java.util.Optional;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Cases;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * {@link Cases} answered by loading the case aggregate itself, inside the asking command handler's unit of work
 * or, for a read, one of its own; the loaded case is locked until that unit of work ends and is never changed.
 */
@Component
class AggregateCases implements Cases {

    private final Repository<Case> cases;

    AggregateCases(Repository<Case> caseRepository) {
        this.cases = caseRepository;
    }

    @Override
    public Optional<CaseFacts> find(CaseId caseId) {
        if (CurrentUnitOfWork.isStarted()) {
            return load(caseId);
        }
        // A read outside a command (who may list a case's referrals or handovers) loads the case in a unit of
        // work of its own, which changes nothing and is rolled back to release the case's lock.
        UnitOfWork<?> read = DefaultUnitOfWork.startAndGet(null);
        try {
            return load(caseId);
        } finally {
            read.rollback();
        }
    }

    private Optional<CaseFacts> load(CaseId caseId) {
        try {
            return Optional.of(cases.load(caseId.asString()).invoke(Case::facts));
        } catch (AggregateNotFoundException unknown) {
            return Optional.empty();
        }
    }
}
