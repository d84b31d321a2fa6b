package nl.samenspel.cases.casefile;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.client.ClientDetails;
import nl.samenspel.cases.client.SealedClientDetails;
import nl.samenspel.cases.vault.PersonalDataVault;
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
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.Outcome;
import nl.samenspel.contracts.PartyKind;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.Presentation;
import nl.samenspel.contracts.ProblemDomain;
import nl.samenspel.partnerfacts.PartnerNetworks;
import nl.samenspel.partnerfacts.access.AccessDecision;
import nl.samenspel.partnerfacts.access.Deployment;
import nl.samenspel.partnerfacts.access.PartyAccess;
import nl.samenspel.partnerfacts.access.Recipient;
import nl.samenspel.shared.domain.NotPermitted;
import nl.samenspel.shared.privacy.PersonalData;
import nl.samenspel.shared.security.Actor;
import nl.samenspel.shared.security.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The one seam every read of case data passes: it decides who may see which case and returns the minimised
 * view, opening sealed values only for those who may read them.
 * <ul>
 *   <li>The coordinator of the case's network sees the whole case.</li>
 *   <li>A professional (or their organisation's system, or the informal representative) sees it while their
 *       organisation is in the case team and {@link PartyAccess} allows it with the team as the deployment
 *       (covenant, R3; outer ring only when deployed, R4); a team member refused that way gets 403 naming why.</li>
 *   <li>Anyone else is told the case does not exist (404), so existence is not leaked.</li>
 *   <li>A volunteer sees their own actions only (R6), with what they need to act on them (R5).</li>
 * </ul>
 * Municipality analysts and privacy officers are kept out at the API: they see no case data here.
 */
@Component
public class CaseReads {

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;
    private final PartnerNetworks networks;
    private final PartyAccess access;

    CaseReads(JdbcTemplate jdbc, PersonalDataVault vault, PartnerNetworks networks, PartyAccess access) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.networks = networks;
        this.access = access;
    }

    /** No personal data: enough to pick a case from a list. */
    public record CaseSummary(String caseId, String networkId, boolean open, boolean acute, Presentation presentation,
            List<ProblemDomain> problemDomains, Party lead, Instant openedAt) {
    }

    public record CaseDetail(String caseId, String networkId, boolean open, String signalId,
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
     * and the description and client are left out.
     */
    public record Task(String actionId, String caseId, @PersonalData("action") String description, LocalDate dueOn,
            ActionStatus status, TaskClient client, String withheld) {
    }

    public record TaskClient(@PersonalData("client name") String name,
            @PersonalData("client address") String address, @PersonalData("client postcode") String postcode,
            @PersonalData("client house number") String houseNumber) {
    }

    public List<CaseSummary> list(Actor actor) {
        Optional<OrganisationId> organisation = actor.organisation();
        if (organisation.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select * from case_file f
                where (? and f.network_id in (select network_id from partner_network
                                              where coordinator_organisation = ?))
                   or (? and exists (select 1 from case_team_member t where t.case_id = f.case_id
                                     and t.party_kind = 'ORGANISATION' and t.party_id = ?))
                order by f.opened_at desc, f.case_id""",
                (rs, row) -> new CaseSummary(rs.getString("case_id"), rs.getString("network_id"),
                        rs.getTimestamp("closed_at") == null, rs.getBoolean("acute"),
                        Presentation.valueOf(rs.getString("presentation")),
                        enums(rs, "problem_domains", ProblemDomain::valueOf), leadOf(rs),
                        rs.getTimestamp("opened_at").toInstant()),
                actor.hasRole(Roles.NETWORK_COORDINATOR), organisation.get().value(), isCaseWorker(actor),
                organisation.get().value());
    }

    /**
     * The case as this actor may see it; empty when they may not know it exists.
     *
     * @throws NotPermitted for a team member whom partner facts refuse personal data, naming the refusal
     */
    public Optional<CaseDetail> read(CaseId caseId, Actor actor) {
        Optional<CaseRow> found = jdbc.query("select * from case_file where case_id = ?", CaseRow.ROW, caseId.value())
                .stream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CaseRow row = found.get();
        List<Party> team = team(caseId);
        if (!knows(actor, row.networkId(), team)) {
            return Optional.empty();
        }
        if (!isCoordinator(actor, row.networkId())) {
            AccessDecision decision = access.decide(row.networkId(),
                    Recipient.organisation(actor.organisation().orElseThrow()), deployment(team));
            if (!decision.isPermitted()) {
                throw new NotPermitted("Your organisation may not see this case's data now: "
                        + decision.refusal().orElseThrow().explanation());
            }
        }
        return Optional.of(detail(row, team));
    }

    /**
     * Whether the actor may know the case exists, as {@link #read} decides it, without opening any personal data:
     * for reads of what belongs to a case (its referrals, its handovers).
     */
    public boolean isKnownTo(CaseId caseId, Actor actor) {
        return jdbc.query("select network_id from case_file where case_id = ?",
                        (rs, row) -> NetworkId.of(rs.getString(1)), caseId.value()).stream().findFirst()
                .filter(network -> knows(actor, network, team(caseId))).isPresent();
    }

    /** The network's coordinator, or a case worker of an organisation in the case team. */
    private boolean knows(Actor actor, NetworkId network, List<Party> team) {
        return actor.organisation().isPresent() && (isCoordinator(actor, network)
                || isCaseWorker(actor) && team.contains(Party.organisation(actor.organisation().get())));
    }

    /** The open and finished actions owned by this volunteer as an informal helper. */
    public List<Task> tasks(PersonId volunteer) {
        record Owned(String actionId, CaseId caseId, NetworkId networkId, Sealed description, LocalDate dueOn,
                ActionStatus status) {
        }
        List<Owned> owned = jdbc.query("""
                select a.action_id, a.case_id, f.network_id, a.description, a.due_on, a.status
                from case_action a join case_file f on f.case_id = a.case_id
                where a.owner_kind = 'INFORMAL_HELPER' and a.owner_id = ?
                order by a.due_on, a.action_id""",
                (rs, row) -> new Owned(rs.getString("action_id"), CaseId.of(rs.getString("case_id")),
                        NetworkId.of(rs.getString("network_id")),
                        CaseView.fromJson(rs.getString("description"), Sealed.class),
                        rs.getDate("due_on").toLocalDate(), ActionStatus.valueOf(rs.getString("status"))),
                volunteer.asString());
        List<Task> tasks = new ArrayList<>();
        for (Owned action : owned) {
            AccessDecision decision = access.decide(action.networkId(), Recipient.person(volunteer),
                    deployment(team(action.caseId())));
            if (decision.isPermitted()) {
                tasks.add(new Task(action.actionId(), action.caseId().asString(),
                        vault.open(action.description()).orElse(null), action.dueOn(), action.status(),
                        taskClient(action.caseId()), null));
            } else {
                String code = decision.refusal().orElseThrow().name().toLowerCase(Locale.ROOT).replace('_', '-');
                tasks.add(new Task(action.actionId(), action.caseId().asString(), null, action.dueOn(),
                        action.status(), null, code));
            }
        }
        return tasks;
    }

    private boolean isCoordinator(Actor actor, NetworkId network) {
        return actor.hasRole(Roles.NETWORK_COORDINATOR) && networks.find(network)
                .flatMap(PartnerNetworks.Network::coordinatorOrganisation)
                .equals(actor.organisation());
    }

    /** Acts for their organisation on cases it is deployed on. */
    private static boolean isCaseWorker(Actor actor) {
        return actor.hasRole(Roles.PROFESSIONAL) || actor.hasRole(Roles.PARTNER_SYSTEM)
                || actor.hasRole(Roles.INFORMAL_REPRESENTATIVE) || actor.hasRole(Roles.NETWORK_COORDINATOR);
    }

    private static Deployment deployment(List<Party> team) {
        return Deployment.of(
                team.stream().filter(Party::isOrganisation).map(p -> OrganisationId.of(p.id())).toList(),
                team.stream().filter(p -> !p.isOrganisation()).map(p -> PersonId.of(p.id())).toList());
    }

    private List<Party> team(CaseId caseId) {
        return jdbc.query("select party_kind, party_id from case_team_member where case_id = ? order by added_at, "
                + "party_kind, party_id", (rs, row) -> party(rs, "party_kind", "party_id"), caseId.value());
    }

    private TaskClient taskClient(CaseId caseId) {
        return clients(caseId).stream().filter(ClientView::primary).findFirst()
                .filter(client -> client.name() != null)
                .map(client -> new TaskClient(client.name(), client.address(), client.postcode(), client.houseNumber()))
                .orElse(null);
    }

    private List<ClientView> clients(CaseId caseId) {
        return jdbc.query("select client_id, primary_client, details from case_client where case_id = ? "
                + "order by primary_client desc, added_at, client_id", (rs, row) -> {
                    Optional<ClientDetails> details = CaseView.fromJson(rs.getString("details"),
                            SealedClientDetails.class).open(vault);
                    return new ClientView(rs.getString("client_id"), rs.getBoolean("primary_client"),
                            details.map(ClientDetails::name).orElse(null),
                            details.map(ClientDetails::dateOfBirth).orElse(null),
                            details.map(ClientDetails::bsn).orElse(null),
                            details.map(ClientDetails::address).orElse(null),
                            details.map(ClientDetails::postcode).orElse(null),
                            details.map(ClientDetails::houseNumber).orElse(null));
                }, caseId.value());
    }

    private CaseDetail detail(CaseRow row, List<Party> team) {
        CaseId caseId = row.caseId();
        List<ConferenceView> conferences = jdbc.query("select * from case_conference where case_id = ? "
                + "order by conference_on, conference_id", (rs, i) -> new ConferenceView(rs.getString("conference_id"),
                        rs.getDate("conference_on").toLocalDate(), open(rs.getString("analysis"))), caseId.value());
        List<ActionView> actions = jdbc.query("select * from case_action where case_id = ? order by due_on, action_id",
                (rs, i) -> new ActionView(rs.getString("action_id"), party(rs, "owner_kind", "owner_id"),
                        open(rs.getString("description")), rs.getDate("due_on").toLocalDate(),
                        rs.getString("conference_id"), ActionStatus.valueOf(rs.getString("status"))),
                caseId.value());
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
                (rs, i) -> new GoalView(rs.getString("goal_id"), open(rs.getString("goal")),
                        rs.getTimestamp("set_at").toInstant()), caseId.value());
        List<ReviewView> reviews = jdbc.query("select * from case_progress_review where case_id = ? "
                + "order by sequence_number", (rs, i) -> new ReviewView(Outcome.valueOf(rs.getString("outcome")),
                        date(rs, "next_review_on"), rs.getTimestamp("reviewed_at").toInstant()), caseId.value());
        return new CaseDetail(caseId.asString(), row.networkId().value(), row.closure() == null, row.signalId(),
                row.clientKnownToServices(), row.problemDomains(), row.acute(), row.presentation(), row.legalBasis(),
                row.openedAt(), row.lead(), team, clients(caseId), conferences, actions, bilateral,
                row.informalOption(), help, new PlanView(goals, reviews, row.aftercare()), row.closure());
    }

    private String open(String sealedJson) {
        return sealedJson == null ? null
                : vault.open(CaseView.fromJson(sealedJson, Sealed.class)).orElse(null);
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
