package nl.samenspel.cases;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.samenspel.cases.casefile.AddCaseTeamMember;
import nl.samenspel.cases.casefile.ChangeCaseLead;
import nl.samenspel.cases.casefile.ReassignAction;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

/**
 * Test-only stand-in for the Case aggregate, which is built on another branch: answers {@link Cases} from a map
 * that tests fill, and handles the case-file commands the referral and handover policies send, so their effect
 * can be observed. Remove once the Case aggregate and its {@code Cases} implementation are merged.
 */
@Component
public class InMemoryCases implements Cases {

    private final Map<CaseId, CaseFacts> cases = new ConcurrentHashMap<>();

    public void put(CaseFacts facts) {
        cases.put(facts.caseId(), facts);
    }

    @Override
    public Optional<CaseFacts> find(CaseId caseId) {
        return Optional.ofNullable(cases.get(caseId));
    }

    @CommandHandler
    void handle(AddCaseTeamMember command) {
        cases.computeIfPresent(command.caseId(), (id, facts) -> withTeamMember(facts, command.party(), facts.lead(),
                facts.actions()));
    }

    @CommandHandler
    void handle(ChangeCaseLead command) {
        cases.computeIfPresent(command.caseId(), (id, facts) -> withTeamMember(facts, command.lead(), command.lead(),
                facts.actions()));
    }

    @CommandHandler
    void handle(ReassignAction command) {
        cases.computeIfPresent(command.caseId(), (id, facts) -> {
            Map<ActionId, ActionFacts> actions = new HashMap<>(facts.actions());
            actions.computeIfPresent(command.actionId(),
                    (actionId, action) -> new ActionFacts(actionId, command.owner(), action.open()));
            return withTeamMember(facts, command.owner(), facts.lead(), actions);
        });
    }

    private static CaseFacts withTeamMember(CaseFacts facts, Party member, Party lead,
            Map<ActionId, ActionFacts> actions) {
        Set<Party> team = new HashSet<>(facts.team());
        team.add(member);
        return new CaseFacts(facts.caseId(), facts.networkId(), facts.open(), facts.legalBasis(), lead,
                Set.copyOf(team),
                facts.informalOption(), Map.copyOf(actions));
    }
}
