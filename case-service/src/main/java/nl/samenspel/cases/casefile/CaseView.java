package nl.samenspel.cases.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import nl.samenspel.cases.Party;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case read model, fed by a tracking processor over the event store. Every handler is an upsert or an
 * update keyed by ids from the event, so replaying the stream rebuilds the same rows. Sealed values are kept
 * sealed; {@link CaseReads} opens them for whoever may read them.
 */
@Component
@ProcessingGroup("case-view")
class CaseView {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    CaseView(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CaseOpened event) {
        jdbc.update("""
                insert into case_file (case_id, network_id, client_id, signal_id, client_known_to_services,
                    problem_domains, acute, presentation, legal_basis, lead_kind, lead_id, opened_at)
                values (?, ?, ?, ?::uuid, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (case_id) do nothing""",
                event.caseId().value(), event.networkId().value(), event.clientId().value(), event.signalId(),
                event.clientKnownToServices(), event.problemDomains().stream().map(Enum::name).toArray(String[]::new),
                event.acute(), event.presentation().name(), event.legalBasis().name(), event.lead().kind().name(),
                event.lead().id(), at(event.openedAt()));
        client(event.caseId().value(), event.clientId().value(), true, json(event.client()), event.openedAt());
    }

    @EventHandler
    void on(ClientAddedToCase event) {
        client(event.caseId().value(), event.clientId().value(), false, json(event.client()), event.addedAt());
    }

    private void client(Object caseId, Object clientId, boolean primary, String details, Instant at) {
        jdbc.update("""
                insert into case_client (case_id, client_id, primary_client, details, added_at)
                values (?, ?, ?, ?::jsonb, ?) on conflict (case_id, client_id) do nothing""",
                caseId, clientId, primary, details, at(at));
    }

    @EventHandler
    void on(CaseTeamMemberAdded event) {
        jdbc.update("""
                insert into case_team_member (case_id, party_kind, party_id, added_at) values (?, ?, ?, ?)
                on conflict (case_id, party_kind, party_id) do nothing""",
                event.caseId().value(), event.party().kind().name(), event.party().id(), at(event.addedAt()));
    }

    @EventHandler
    void on(CaseTeamMemberRemoved event) {
        jdbc.update("delete from case_team_member where case_id = ? and party_kind = ? and party_id = ?",
                event.caseId().value(), event.party().kind().name(), event.party().id());
    }

    @EventHandler
    void on(CaseLeadChanged event) {
        jdbc.update("update case_file set lead_kind = ?, lead_id = ? where case_id = ?",
                event.lead().kind().name(), event.lead().id(), event.caseId().value());
    }

    @EventHandler
    void on(CaseTabled event) {
        jdbc.update("""
                insert into case_conference (case_id, conference_id, conference_on, tabled_at) values (?, ?::uuid, ?, ?)
                on conflict (case_id, conference_id) do nothing""",
                event.caseId().value(), event.conferenceId(), event.conferenceOn(), at(event.tabledAt()));
    }

    @EventHandler
    void on(CaseAnalysed event) {
        jdbc.update("""
                update case_conference set analysis = ?::jsonb, analysed_at = ?
                where case_id = ? and conference_id = ?::uuid""",
                json(event.analysis()), at(event.analysedAt()), event.caseId().value(), event.conferenceId());
    }

    @EventHandler
    void on(ActionAgreed event) {
        jdbc.update("""
                insert into case_action (action_id, case_id, description, owner_kind, owner_id, due_on, conference_id,
                    status, agreed_at)
                values (?, ?, ?::jsonb, ?, ?, ?, ?::uuid, 'OPEN', ?) on conflict (action_id) do nothing""",
                event.actionId().value(), event.caseId().value(), json(event.description()),
                event.owner().kind().name(), event.owner().id(), event.dueOn(), event.conferenceId(),
                at(event.agreedAt()));
    }

    @EventHandler
    void on(ActionReassigned event) {
        jdbc.update("update case_action set owner_kind = ?, owner_id = ? where action_id = ?",
                event.owner().kind().name(), event.owner().id(), event.actionId().value());
    }

    @EventHandler
    void on(ActionProgressReviewed event) {
        jdbc.update("update case_action set status = ?, reviewed_at = ? where action_id = ?",
                event.status().name(), at(event.reviewedAt()), event.actionId().value());
    }

    @EventHandler
    void on(BilateralHandlingRecorded event, @SequenceNumber long sequence) {
        Party first = event.firstParty();
        Party second = event.secondParty();
        jdbc.update("""
                insert into case_bilateral_handling (case_id, sequence_number, first_party_kind, first_party_id,
                    second_party_kind, second_party_id, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (case_id, sequence_number) do nothing""",
                event.caseId().value(), sequence, first.kind().name(), first.id(), second.kind().name(), second.id(),
                at(event.recordedAt()));
    }

    @EventHandler
    void on(InformalOptionAssessed event) {
        jdbc.update("""
                update case_file set informal_option = ?, formal_help_reason = ?, informal_option_mandatory = ?
                where case_id = ?""",
                event.outcome().name(), name(event.formalHelpReason()), event.mandatory(), event.caseId().value());
    }

    @EventHandler
    void on(InformalHelpDeployed event) {
        jdbc.update("""
                insert into case_informal_help (deployment_id, case_id, helper_kind, helper_id, mode, kind, duration,
                    deployed_at)
                values (?::uuid, ?, ?, ?, ?, ?, ?, ?) on conflict (deployment_id) do nothing""",
                event.deploymentId(), event.caseId().value(), event.helper().kind().name(), event.helper().id(),
                event.mode().name(), event.kind().name(), event.duration().name(), at(event.deployedAt()));
    }

    @EventHandler
    void on(PlanGoalSet event) {
        jdbc.update("""
                insert into case_plan_goal (goal_id, case_id, goal, set_at) values (?::uuid, ?, ?::jsonb, ?)
                on conflict (goal_id) do nothing""",
                event.goalId(), event.caseId().value(), json(event.goal()), at(event.setAt()));
    }

    @EventHandler
    void on(ProgressReviewed event, @SequenceNumber long sequence) {
        jdbc.update("""
                insert into case_progress_review (case_id, sequence_number, outcome, next_review_on, reviewed_at)
                values (?, ?, ?, ?, ?) on conflict (case_id, sequence_number) do nothing""",
                event.caseId().value(), sequence, event.outcome().name(), event.nextReviewOn(),
                at(event.reviewedAt()));
        jdbc.update("update case_file set last_review_outcome = ?, next_review_on = ? where case_id = ?",
                event.outcome().name(), event.nextReviewOn(), event.caseId().value());
    }

    @EventHandler
    void on(AftercareStarted event) {
        jdbc.update("""
                update case_file set aftercare_helper_kind = ?, aftercare_helper_id = ?, aftercare_review_on = ?
                where case_id = ?""",
                event.helper().kind().name(), event.helper().id(), event.reviewOn(), event.caseId().value());
    }

    @EventHandler
    void on(CaseClosed event) {
        jdbc.update("""
                update case_file set closed_at = ?, closure_reason = ?, closure_outcome = ?, follow_up_review_on = ?
                where case_id = ?""",
                at(event.closedAt()), event.reason().name(), event.outcome().name(), event.followUpReviewOn(),
                event.caseId().value());
    }

    @EventHandler
    void on(FollowUpReviewed event) {
        jdbc.update("update case_file set follow_up_outcome = ?, followed_up_at = ? where case_id = ?",
                event.outcome().name(), at(event.reviewedAt()), event.caseId().value());
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static String json(Object sealed) {
        try {
            return JSON.writeValueAsString(sealed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("sealed value did not serialise", e);
        }
    }

    static <T> T fromJson(String json, Class<T> type) {
        try {
            return json == null ? null : JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("sealed value did not deserialise", e);
        }
    }
}
