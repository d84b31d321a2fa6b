package nl.samenspel.cases.casefile;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Cases;
import nl.samenspel.cases.ClientId;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.access.CaseAccess;
import nl.samenspel.cases.access.CaseDisclosure;
import nl.samenspel.cases.access.CasePermissions;
import nl.samenspel.cases.client.ClientDetails;
import nl.samenspel.cases.client.SealedClientDetails;
import nl.samenspel.cases.vault.Sealed;
import nl.samenspel.contracts.ActionStatus;
import nl.samenspel.contracts.ClosureReason;
import nl.samenspel.contracts.DeploymentMode;
import nl.samenspel.contracts.FormalHelpReason;
import nl.samenspel.contracts.HelpDuration;
import nl.samenspel.contracts.InformalHelpKind;
import nl.samenspel.contracts.InformalOptionOutcome;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.Outcome;
import nl.samenspel.contracts.PartyKind;
import nl.samenspel.contracts.Presentation;
import nl.samenspel.contracts.ProblemDomain;
import nl.samenspel.shared.domain.NotPermitted;
import nl.samenspel.shared.privacy.PersonalData;
import nl.samenspel.shared.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The read side of cases: every read of a case and of what belongs to it takes the decision of
 * {@link CasePermissions#mayReadCase} and returns what {@link CaseDisclosure} opens for that level.
 * <ul>
 *   <li>Whoever runs the case (its network's coordinator, its lead) reads all of it; the team reads it without the
 *       BSN; an organisation given an action outside the team reads the clients' names and addresses and its own
 *       actions; a volunteer reads their own tasks (R5, R6).</li>
 *   <li>Someone with a place on the case whom partner facts refuse its data (R3 covenant, R4 outer ring) gets 403
 *       naming why; anyone else is told the case does not exist (404), so existence is not leaked.</li>
 * </ul>
 * Municipality analysts and privacy officers are kept out at the API: they see no case data here.
 */
@Component
public class CaseReads {

    private final JdbcTemplate jdbc;
    private final CasePermissions permissions;
    private final CaseDisclosure disclosure;

    public CaseReads(JdbcTemplate jdbc, CasePermissions permissions, CaseDisclosure disclosure) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.disclosure = disclosure;
    }

    /** No personal data: enough to pick a case from a list. */
    public record CaseSummary(String caseId, String networkId, boolean open, boolean acute, Presentation presentation,
            List<ProblemDomain> problemDomains, Party lead, Instant openedAt) {
    }

    /**
     * @param access how much of the case the reader sees: below {@code TEAM} only the clients' names and
     *               addresses and the reader's own actions
     */
    public record CaseDetail(String caseId, String networkId, CaseAccess.Level access, boolean open, String signalId,
            boolean clientKnownToServices, List<ProblemDomain> problemDomains, boolean acute,
            Presentation presentation, LegalBasis legalBasis, Instant openedAt, Party lead, List<Party> team,
            List<ClientView> clients, List<ConferenceView> conferences, List<ActionView> actions,
            List<BilateralHandlingView> bilateralHandlings, InformalOptionView informalOption,
            List<InformalHelpView> informalHelp, PlanView plan, ClosureView closure) {
    }

    /** An erased client shows their id only. */
    public record ClientView(String clientId, boolean primary, @PersonalData("client name") String name,
            @PersonalData("client date of birth") LocalDate dateOfBirth, @PersonalData("client BSN") String bsn,
            @PersonalData("client address") String address, @PersonalData("client postcode") String postcode,
            @PersonalData("client house number") String houseNumber) {
    }

    public record ConferenceView(String conferenceId, LocalDate conferenceOn,
            @PersonalData("analysis") String analysis) {
    }

    public record ActionView(String actionId, Party owner, @PersonalData("action") String description,
            LocalDate dueOn, String conferenceId, ActionStatus status) {
    }

    public record BilateralHandlingView(Party firstParty, Party secondParty, Instant recordedAt) {
    }

    public record InformalOptionView(InformalOptionOutcome outcome, FormalHelpReason formalHelpReason,
            boolean mandatory) {
    }

    public record InformalHelpView(String deploymentId, Party helper, DeploymentMode mode, InformalHelpKind kind,
            HelpDuration duration, Instant deployedAt) {
    }

    public record PlanView(List<GoalView> goals, List<ReviewView> reviews, AftercareView aftercare) {
    }

    public record GoalView(String goalId, @PersonalData("goal") String goal, Instant setAt) {
    }

    public record ReviewView(Outcome outcome, LocalDate nextReviewOn, Instant reviewedAt) {
    }

    public record AftercareView(Party helper, LocalDate reviewOn) {
    }

    public record ClosureView(ClosureReason reason, Outcome outcome, LocalDate followUpReviewOn, Instant closedAt,
            Outcome followUpOutcome) {
    }

    /**
     * A volunteer's own action: what to do, by when, and for whom and where (R5), nothing else of the case (R6).
     * When partner facts refuse the volunteer (no undertaking, no agreement in force), {@code withheld} names why
     * and the description and client are left out; so they are once the task is done or cancelled or its case
     * closed ({@code finished}).
     */
    public record Task(String actionId, String caseId, @PersonalData("action") String description, LocalDate dueOn,
            ActionStatus status, TaskClient client, String withheld) {
    }

    public record TaskClient(@PersonalData("client name") String name,
            @PersonalData("client address") String address, @PersonalData("client postcode") String postcode,
            @PersonalData("client house number") String houseNumber) {
    }

    public List<CaseSummary> list(Actor actor) {
        if (!permissions.isCaseWorker(actor)) {
            return List.of();
        }
        String organisation = actor.organisation().orElseThrow().value();
        // The query only narrows the candidates; CasePermissions decides which of them the actor may know.
        List<CaseRow> candidates = jdbc.query("""
                select * from case_file f
                where f.network_id in (select network_id from partner_network where coordinator_organisation = ?)
                   or exists (select 1 from case_team_member t where t.case_id = f.case_id
                              and t.party_kind = 'ORGANISATION' and t.party_id = ?)
                   or exists (select 1 from case_action a where a.case_id = f.case_id
                              and a.owner_kind = 'ORGANISATION' and a.owner_id = ?)
                order by f.opened_at desc, f.case_id""", CaseRow.ROW, organisation, organisation, organisation);
        return candidates.stream().filter(row -> permissions.mayReadCase(actor, facts(row)).isKnown())
                .map(row -> new CaseSummary(row.caseId().asString(), row.networkId().value(), row.closure() == null,
                        row.acute(), row.presentation(), row.problemDomains(), row.lead(), row.openedAt()))
                .toList();
    }

    /**
     * The case as this actor may see it ({@link CasePermissions#mayReadCase}), minimised to their level by
     * {@link CaseDisclosure}; empty when they may not know it exists.
     *
     * @throws NotPermitted for someone with a place on the case whom partner facts refuse personal data, naming
     *                      the refusal
     */
    public Optional<CaseDetail> read(CaseId caseId, Actor actor) {
        Optional<CaseRow> found = row(caseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Cases.CaseFacts facts = facts(found.get());
        CaseAccess access = permissions.mayReadCase(actor, facts);
        if (!access.isKnown()) {
            return Optional.empty();
        }
        refuseIfRefused(access);
        return Optional.of(detail(found.get(), facts, access, actor));
    }

    /**
     * The decision {@link #read} takes, for reads of what belongs to a case (its referrals, its handovers): 404
     * for a case unknown to the actor, 403 when partner facts refuse them its data.
     */
    public CaseAccess requireReadable(CaseId caseId, Actor actor) {
        CaseAccess access = access(caseId, actor);
        if (!access.isKnown()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such case.");
        }
        refuseIfRefused(access);
        return access;
    }

    /** The actor's access to the case; {@link CaseAccess#NONE} for a case that does not exist. */
    public CaseAccess access(CaseId caseId, Actor actor) {
        return row(caseId).map(row -> permissions.mayReadCase(actor, facts(row))).orElse(CaseAccess.NONE);
    }

    private static void refuseIfRefused(CaseAccess access) {
        if (access.refusal().isPresent()) {
            throw new NotPermitted("You may not see this case's data now: " + access.refusal().get().explanation());
        }
    }

    /**
     * The open and finished actions owned by this volunteer in person, each with what the volunteer may see of
     * it; a login linked to nobody owns none.
     */
    public List<Task> tasks(Actor volunteer) {
        if (volunteer.person().isEmpty()) {
            return List.of();
        }
        record Owned(String actionId, CaseId caseId, Sealed description, LocalDate dueOn, ActionStatus status) {
        }
        List<Owned> owned = jdbc.query("""
                select a.action_id, a.case_id, a.description, a.due_on, a.status
                from case_action a
                where a.owner_kind = 'INFORMAL_HELPER' and a.owner_id = ?
                order by a.due_on, a.action_id""",
                (rs, row) -> new Owned(rs.getString("action_id"), CaseId.of(rs.getString("case_id")),
                        CaseView.fromJson(rs.getString("description"), Sealed.class),
                        rs.getDate("due_on").toLocalDate(), ActionStatus.valueOf(rs.getString("status"))),
                volunteer.person().get().asString());
        List<Task> tasks = new ArrayList<>();
        for (Owned action : owned) {
            CaseAccess access = access(action.caseId(), volunteer);
            boolean finished = action.status() == ActionStatus.DONE || action.status() == ActionStatus.CANCELLED
                    || row(action.caseId()).map(row -> row.closure() != null).orElse(true);
            if (finished) {
                // A finished task, or one of a closed case, needs nothing more to act on (R5), so it keeps no
                // personal data (R6): the volunteer sees that it was theirs and how it ended.
                tasks.add(new Task(action.actionId(), action.caseId().asString(), null, action.dueOn(),
                        action.status(), null, "finished"));
            } else if (access.isPermitted()) {
                tasks.add(new Task(action.actionId(), action.caseId().asString(),
                        disclosure.actionDescription(access, action.description(), true).orElse(null),
                        action.dueOn(), action.status(), taskClient(action.caseId(), access), null));
            } else {
                String code = access.refusal().map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .orElse("not-deployed");
                tasks.add(new Task(action.actionId(), action.caseId().asString(), null, action.dueOn(),
                        action.status(), null, code));
            }
        }
        return tasks;
    }

    private Optional<CaseRow> row(CaseId caseId) {
        return jdbc.query("select * from case_file where case_id = ?", CaseRow.ROW, caseId.value()).stream()
                .findFirst();
    }

    /** What the permissions decide on, from the read model. */
    private Cases.CaseFacts facts(CaseRow row) {
        CaseId caseId = row.caseId();
        Map<ActionId, Cases.ActionFacts> actions = new LinkedHashMap<>();
        jdbc.query("select action_id, owner_kind, owner_id, due_on, status from case_action where case_id = ?",
                rs -> {
            ActionId id = ActionId.of(rs.getString("action_id"));
            ActionStatus status = ActionStatus.valueOf(rs.getString("status"));
            actions.put(id, new Cases.ActionFacts(id, party(rs, "owner_kind", "owner_id"),
                    rs.getObject("due_on", LocalDate.class),
                    status != ActionStatus.DONE && status != ActionStatus.CANCELLED));
        }, caseId.value());
        ClientId primary = jdbc.query("select client_id from case_client where case_id = ? and primary_client",
                (rs, i) -> ClientId.of(rs.getString(1)), caseId.value()).stream().findFirst().orElse(null);
        return new Cases.CaseFacts(caseId, row.networkId(), primary, row.closure() == null, row.legalBasis(),
                row.lead(), new LinkedHashSet<>(team(caseId)),
                Optional.ofNullable(row.informalOption()).map(InformalOptionView::outcome), actions);
    }

    private List<Party> team(CaseId caseId) {
        return jdbc.query("select party_kind, party_id from case_team_member where case_id = ? order by added_at, "
                + "party_kind, party_id", (rs, row) -> party(rs, "party_kind", "party_id"), caseId.value());
    }

    private TaskClient taskClient(CaseId caseId, CaseAccess access) {
        return clients(caseId, access).stream().filter(ClientView::primary).findFirst()
                .filter(client -> client.name() != null)
                .map(client -> new TaskClient(client.name(), client.address(), client.postcode(), client.houseNumber()))
                .orElse(null);
    }

    private List<ClientView> clients(CaseId caseId, CaseAccess access) {
        return jdbc.query("select client_id, primary_client, details from case_client where case_id = ? "
                + "order by primary_client desc, added_at, client_id", (rs, row) -> {
                    Optional<ClientDetails> details = disclosure.client(access,
                            CaseView.fromJson(rs.getString("details"), SealedClientDetails.class));
                    return new ClientView(rs.getString("client_id"), rs.getBoolean("primary_client"),
                            details.map(ClientDetails::name).orElse(null),
                            details.map(ClientDetails::dateOfBirth).orElse(null),
                            details.map(ClientDetails::bsn).orElse(null),
                            details.map(ClientDetails::address).orElse(null),
                            details.map(ClientDetails::postcode).orElse(null),
                            details.map(ClientDetails::houseNumber).orElse(null));
                }, caseId.value());
    }

    private CaseDetail detail(CaseRow row, Cases.CaseFacts facts, CaseAccess access, Actor actor) {
        CaseId caseId = row.caseId();
        List<ActionView> actions = jdbc.query("select * from case_action where case_id = ? order by due_on, action_id",
                (rs, i) -> {
                    Party owner = party(rs, "owner_kind", "owner_id");
                    boolean own = permissions.actsAs(actor, owner);
                    return new ActionView(rs.getString("action_id"), owner,
                            disclosure.actionDescription(access, sealed(rs.getString("description")), own)
                                    .orElse(null),
                            rs.getDate("due_on").toLocalDate(), rs.getString("conference_id"),
                            ActionStatus.valueOf(rs.getString("status")));
                }, caseId.value());
        List<ClientView> clients = clients(caseId, access);
        if (!access.atLeast(CaseAccess.Level.TEAM)) {
            // Deployed on an action only: the clients to find and the actions given to them, nothing of the rest
            // of the case (R5, R6).
            List<ActionView> own = actions.stream().filter(action -> permissions.actsAs(actor, action.owner()))
                    .toList();
            return new CaseDetail(caseId.asString(), row.networkId().value(), access.level(), row.closure() == null,
                    null, row.clientKnownToServices(), row.problemDomains(), row.acute(), row.presentation(),
                    row.legalBasis(), row.openedAt(), row.lead(), List.of(), clients, List.of(), own, List.of(), null,
                    List.of(), null, null);
        }
        List<ConferenceView> conferences = jdbc.query("select * from case_conference where case_id = ? "
                + "order by conference_on, conference_id", (rs, i) -> new ConferenceView(rs.getString("conference_id"),
                        rs.getDate("conference_on").toLocalDate(),
                        disclosure.caseText(access, sealed(rs.getString("analysis"))).orElse(null)), caseId.value());
        List<BilateralHandlingView> bilateral = jdbc.query("select * from case_bilateral_handling where case_id = ? "
                + "order by sequence_number", (rs, i) -> new BilateralHandlingView(
                        party(rs, "first_party_kind", "first_party_id"),
                        party(rs, "second_party_kind", "second_party_id"),
                        rs.getTimestamp("recorded_at").toInstant()), caseId.value());
        List<InformalHelpView> help = jdbc.query("select * from case_informal_help where case_id = ? "
                + "order by deployed_at, deployment_id", (rs, i) -> new InformalHelpView(rs.getString("deployment_id"),
                        party(rs, "helper_kind", "helper_id"), DeploymentMode.valueOf(rs.getString("mode")),
                        InformalHelpKind.valueOf(rs.getString("kind")), HelpDuration.valueOf(rs.getString("duration")),
                        rs.getTimestamp("deployed_at").toInstant()), caseId.value());
        List<GoalView> goals = jdbc.query("select * from case_plan_goal where case_id = ? order by set_at, goal_id",
                (rs, i) -> new GoalView(rs.getString("goal_id"),
                        disclosure.caseText(access, sealed(rs.getString("goal"))).orElse(null),
                        rs.getTimestamp("set_at").toInstant()), caseId.value());
        List<ReviewView> reviews = jdbc.query("select * from case_progress_review where case_id = ? "
                + "order by sequence_number", (rs, i) -> new ReviewView(Outcome.valueOf(rs.getString("outcome")),
                        date(rs, "next_review_on"), rs.getTimestamp("reviewed_at").toInstant()), caseId.value());
        return new CaseDetail(caseId.asString(), row.networkId().value(), access.level(), row.closure() == null,
                row.signalId(), row.clientKnownToServices(), row.problemDomains(), row.acute(), row.presentation(),
                row.legalBasis(), row.openedAt(), row.lead(), List.copyOf(facts.team()), clients, conferences,
                actions, bilateral, row.informalOption(), help, new PlanView(goals, reviews, row.aftercare()),
                row.closure());
    }

    private static Sealed sealed(String sealedJson) {
        return sealedJson == null ? null : CaseView.fromJson(sealedJson, Sealed.class);
    }

    private record CaseRow(CaseId caseId, NetworkId networkId, String signalId, boolean clientKnownToServices,
            List<ProblemDomain> problemDomains, boolean acute, Presentation presentation, LegalBasis legalBasis,
            Instant openedAt, Party lead, InformalOptionView informalOption, AftercareView aftercare,
            ClosureView closure) {

        static final RowMapper<CaseRow> ROW = (rs, i) -> new CaseRow(CaseId.of(rs.getString("case_id")),
                NetworkId.of(rs.getString("network_id")), rs.getString("signal_id"),
                rs.getBoolean("client_known_to_services"), enums(rs, "problem_domains", ProblemDomain::valueOf),
                rs.getBoolean("acute"), Presentation.valueOf(rs.getString("presentation")),
                LegalBasis.valueOf(rs.getString("legal_basis")), rs.getTimestamp("opened_at").toInstant(), leadOf(rs),
                rs.getString("informal_option") == null ? null : new InformalOptionView(
                        InformalOptionOutcome.valueOf(rs.getString("informal_option")),
                        rs.getString("formal_help_reason") == null ? null
                                : FormalHelpReason.valueOf(rs.getString("formal_help_reason")),
                        rs.getBoolean("informal_option_mandatory")),
                rs.getString("aftercare_helper_kind") == null ? null : new AftercareView(
                        party(rs, "aftercare_helper_kind", "aftercare_helper_id"), date(rs, "aftercare_review_on")),
                rs.getTimestamp("closed_at") == null ? null : new ClosureView(
                        ClosureReason.valueOf(rs.getString("closure_reason")),
                        Outcome.valueOf(rs.getString("closure_outcome")), date(rs, "follow_up_review_on"),
                        rs.getTimestamp("closed_at").toInstant(),
                        rs.getString("follow_up_outcome") == null ? null
                                : Outcome.valueOf(rs.getString("follow_up_outcome"))));
    }

    private static Party leadOf(ResultSet rs) throws SQLException {
        return party(rs, "lead_kind", "lead_id");
    }

    private static Party party(ResultSet rs, String kind, String id) throws SQLException {
        return new Party(PartyKind.valueOf(rs.getString(kind)), rs.getString(id));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static <T> List<T> enums(ResultSet rs, String column, java.util.function.Function<String, T> parse)
            throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.stream((String[]) array.getArray()).map(parse).toList();
    }
}
