package nl.samenspel.cases.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.samenspel.cases.ActionId;
import nl.samenspel.cases.CaseId;
import nl.samenspel.cases.CaseServiceIntegrationTest;
import nl.samenspel.cases.Party;
import nl.samenspel.cases.PartnerWorld;
import nl.samenspel.cases.WorldCases;
import nl.samenspel.contracts.InformalOptionOutcome;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.Sector;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.TestInfrastructure;
import nl.samenspel.testsupport.matrix.AuthorizationMatrix;
import nl.samenspel.testsupport.matrix.Cell;
import nl.samenspel.testsupport.matrix.MatrixRequest;
import nl.samenspel.testsupport.matrix.Scope;
import org.junit.jupiter.api.Test;

/**
 * case-service's every operation × role × scope against {@code authorization-matrix.csv}.
 *
 * <p>The fixture: network A, whose coordinator runs case K; organisation X in K's team, receiving a handover of the
 * case lead; organisation Z, a member of A, receiving a referral of K; volunteer V of X owning an action of K; a
 * signal and a consultative question in A. Own scope: the coordinator of A, a member of X (of Z for answering the
 * referral), volunteer V, the asker holding the question's retrieval token. Other scope: the coordinator of network
 * B, a member of Y (a member of B only), volunteer W of Y, another question's retrieval token.
 */
class AuthorizationMatrixTest extends CaseServiceIntegrationTest {

    private static final String CONCERN = "Buurvrouw haalt al weken de post niet meer binnen.";

    private PartnerWorld a;
    private PartnerWorld b;
    private String x;
    private String y;
    private String z;
    private String volunteerLogin;
    private String otherVolunteerLogin;
    private PersonId volunteer;
    private WorldCases cases;
    private Case shared;
    private String question;
    private String questionToken;
    private String otherQuestionToken;

    /** Case K as one cell finds it: its volunteer's action, and (when asked for) a referral or handover open. */
    private record Case(CaseId id, ActionId action, String referral, String handover) {
    }

    @Test
    void everyRoleGetsWhatTheTableSays() {
        a = new PartnerWorld(bootstrapServers(), jdbc, false);
        b = new PartnerWorld(bootstrapServers(), jdbc, false);
        x = a.organisation("wijkteam", KindOfHelp.FORMAL, Sector.SOCIAL_WORK);
        a.member(x, true);
        z = a.organisation("schuldhulp", KindOfHelp.FORMAL, Sector.DEBT_HELP);
        a.member(z, true);
        y = b.organisation("ggz", KindOfHelp.FORMAL, Sector.MENTAL_HEALTH);
        b.member(y, true);
        volunteer = a.volunteer(x, true);
        volunteerLogin = a.login(volunteer);
        otherVolunteerLogin = b.login(b.volunteer(y, true));

        cases = new WorldCases(api(), a);
        shared = freshCase(true, true);
        Api.Response asked = api().as(token(Roles.PROFESSIONAL, "asker", x)).post("/consultative-questions",
                question(a.network));
        question = created(asked, "questionId");
        questionToken = asked.json().get("retrievalToken").asText();
        otherQuestionToken = api().as(token(Roles.PROFESSIONAL, "asker", y)).post("/consultative-questions",
                question(b.network)).json().get("retrievalToken").asText();

        AuthorizationMatrix.of("case-service").hidingExistenceWith404()
                .run(port, this::storedEvents, this::request)
                .assertAsExpected();
        assertNoParkedLetters();
    }

    /**
     * Case K anew. A cell that changes K gets its own, so that a command wrongly let through (or rightly done) by
     * one cell cannot decide the answer of the next.
     */
    private Case freshCase(boolean withReferral, boolean withHandover) {
        CaseId caseId = cases.open();
        cases.assign(caseId, Party.organisation(OrganisationId.of(x)));
        cases.assessInformalOption(caseId, InformalOptionOutcome.INFORMAL_AND_FORMAL_HELP);
        ActionId action = cases.agreeAction(caseId, Party.informalHelper(volunteer));
        Api coordinator = api().as(a.coordinatorToken());
        String referral = withReferral ? created(coordinator.post("/cases/" + caseId + "/referrals",
                "{\"target\": \"ORGANISATION\", \"targetId\": \"" + z + "\"}"), "referralId") : null;
        String handover = withHandover ? created(coordinator.post("/cases/" + caseId + "/handovers",
                "{\"handedOver\": \"CASE_LEAD\", \"toKind\": \"ORGANISATION\", \"toId\": \"" + x + "\"}"),
                "handoverId") : null;
        return new Case(caseId, action, referral, handover);
    }

    /** The case a cell is sent about: its own one when the cell changes it. */
    private Case caseFor(Cell cell) {
        String path = cell.operation().path();
        if (!cell.operation().method().equals("POST")) {
            return shared;
        }
        if (path.startsWith("/cases/{caseId}")) {
            return freshCase(false, false);
        }
        if (path.startsWith("/referrals/")) {
            return freshCase(true, false);
        }
        if (path.startsWith("/handovers/")) {
            return freshCase(false, true);
        }
        return shared;
    }

    /** Brings a fresh case to the state the cell's command follows on, done by whoever does it. */
    private void prepare(Cell cell, Case k, String conferenceId) {
        Api coordinator = api().as(a.coordinatorToken());
        switch (cell.operation().toString()) {
            case "POST /cases/{caseId}/analyses" -> assertStatus(coordinator.post("/cases/" + k.id()
                    + "/conference-tablings", "{\"conferenceId\": \"" + conferenceId + "\", \"conferenceOn\": \""
                    + LocalDate.now(ZoneId.of("Europe/Amsterdam")) + "\"}"), 204);
            case "POST /cases/{caseId}/follow-up-review" -> assertStatus(coordinator.post("/cases/" + k.id()
                    + "/closure", "{\"reason\": \"GOALS_REACHED\", \"outcome\": \"IMPROVED\", \"followUpReviewOn\": \""
                    + LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusMonths(1) + "\"}"), 204);
            case "POST /handovers/{handoverId}/feedback" -> assertStatus(api().as(token(Roles.PROFESSIONAL,
                    "receiver", x)).send("POST", "/handovers/" + k.handover() + "/acceptance", null), 204);
            case "POST /referrals/{referralId}/completion" -> assertStatus(api().as(token(Roles.PROFESSIONAL,
                    "receiver", z)).send("POST", "/referrals/" + k.referral() + "/acceptance", null), 204);
            default -> {
            }
        }
    }

    private static void assertStatus(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }

    private String freshSignal() {
        return created(api().as(token(Roles.PROFESSIONAL, "signaller", x)).post("/signals",
                signalJson(a.network, "PROFESSIONAL", CONCERN, false)), "signalId");
    }

    private String freshQuestion() {
        return created(api().as(token(Roles.PROFESSIONAL, "asker", x)).post("/consultative-questions",
                question(a.network)), "questionId");
    }

    private static String created(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get(field).asText();
    }

    private static String question(String network) {
        return "{\"networkId\": \"" + network + "\", \"problemDomains\": [\"LONELINESS\"], \"severity\": \"MODERATE\","
                + " \"question\": \"Hoe benaderen we iemand die de deur niet opendoet?\"}";
    }

    private static String token(String role, String who, String organisation) {
        return TestInfrastructure.token(role + "-" + who + "-" + organisation, organisation, role);
    }

    private String callerToken(Cell cell) {
        boolean own = cell.scope() == Scope.OWN;
        return switch (cell.role()) {
            case AuthorizationMatrix.ANONYMOUS -> null;
            case Roles.NETWORK_COORDINATOR -> own ? a.coordinatorToken() : b.coordinatorToken();
            case Roles.VOLUNTEER -> TestInfrastructure.token(own ? volunteerLogin : otherVolunteerLogin, own ? x : y,
                    Roles.VOLUNTEER);
            default -> token(cell.role(), cell.scope().label(), own ? ownOrganisation(cell) : y);
        };
    }

    /** The receiving organisation answers a referral; for everything else of case K, its team member X. */
    private String ownOrganisation(Cell cell) {
        return cell.operation().path().startsWith("/referrals/{referralId}") ? z : x;
    }

    private MatrixRequest request(Cell cell) {
        String token = callerToken(cell);
        Case k = caseFor(cell);
        String caseId = k.id().toString();
        String action = k.action().toString();
        String referral = k.referral();
        String handover = k.handover();
        String conferenceId = UUID.randomUUID().toString();
        String conference = "\"conferenceId\": \"" + conferenceId + "\"";
        prepare(cell, k, conferenceId);
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        String inAMonth = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusMonths(1).toString();
        String teamX = WorldCases.json(Party.organisation(OrganisationId.of(x)));
        String coordinatorParty = WorldCases.json(Party.organisation(OrganisationId.of(a.coordinator)));
        String path = cell.operation().path();
        return switch (cell.operation().toString()) {
            case "GET /cases" -> MatrixRequest.of("/cases", token);
            case "POST /cases" -> MatrixRequest.of("/cases", """
                    {"networkId": "%s", "clientKnownToServices": false, "problemDomains": ["SELF_NEGLECT"],
                     "acute": false, "presentation": "SILENT", "legalBasis": "EXPLICIT_CONSENT",
                     "client": {"name": "Gerrit Post", "dateOfBirth": "1950-02-03",
                                "postcode": "1234 AB", "houseNumber": "9"}}""".formatted(a.network), token);
            case "GET /cases/my-tasks" -> MatrixRequest.of("/cases/my-tasks", token);
            case "GET /cases/{caseId}" -> MatrixRequest.of("/cases/" + caseId, token);
            case "POST /cases/{caseId}/actions" -> MatrixRequest.of(on(path, caseId),
                    "{\"description\": \"Huisbezoek afleggen\", \"owner\": " + teamX + ", \"dueOn\": \"" + inAMonth
                            + "\"}", token);
            case "POST /cases/{caseId}/actions/{actionId}/progress" -> MatrixRequest.of(
                    "/cases/" + caseId + "/actions/" + action + "/progress", "{\"status\": \"ON_TRACK\"}", token);
            case "POST /cases/{caseId}/aftercare" -> MatrixRequest.of(on(path, caseId),
                    "{\"helper\": " + teamX + ", \"reviewOn\": \"" + inAMonth + "\"}", token);
            case "POST /cases/{caseId}/analyses" -> MatrixRequest.of(on(path, caseId),
                    "{" + conference + ", \"analysis\": \"Vereenzaming na verlies van partner.\"}", token);
            case "POST /cases/{caseId}/bilateral-handlings" -> MatrixRequest.of(on(path, caseId),
                    "{\"firstParty\": " + coordinatorParty + ", \"secondParty\": " + teamX + "}", token);
            case "POST /cases/{caseId}/closure" -> MatrixRequest.of(on(path, caseId),
                    "{\"reason\": \"GOALS_REACHED\", \"outcome\": \"IMPROVED\", \"followUpReviewOn\": \"" + inAMonth
                            + "\"}", token);
            case "POST /cases/{caseId}/conference-tablings" -> MatrixRequest.of(on(path, caseId),
                    "{" + conference + ", \"conferenceOn\": \"" + today + "\"}", token);
            case "POST /cases/{caseId}/follow-up-review" -> MatrixRequest.of(on(path, caseId),
                    "{\"outcome\": \"STABLE\"}", token);
            case "POST /cases/{caseId}/handovers" -> MatrixRequest.of(on(path, caseId),
                    "{\"handedOver\": \"CASE_LEAD\", \"toKind\": \"ORGANISATION\", \"toId\": \"" + x + "\"}", token);
            case "POST /cases/{caseId}/informal-help" -> MatrixRequest.of(on(path, caseId),
                    "{\"helper\": " + teamX + ", \"mode\": \"SUPPLEMENTARY\", \"kind\": \"SOCIAL\","
                            + " \"duration\": \"LONG_TERM\"}", token);
            case "POST /cases/{caseId}/informal-option" -> MatrixRequest.of(on(path, caseId),
                    "{\"outcome\": \"INFORMAL_AND_FORMAL_HELP\", \"formalHelpReason\": null}", token);
            case "POST /cases/{caseId}/plan/goals" -> MatrixRequest.of(on(path, caseId),
                    "{\"goal\": \"Mevrouw heeft wekelijks bezoek.\"}", token);
            case "POST /cases/{caseId}/plan/reviews" -> MatrixRequest.of(on(path, caseId),
                    "{\"outcome\": \"STABLE\", \"nextReviewOn\": \"" + inAMonth + "\"}", token);
            case "POST /cases/{caseId}/referrals" -> MatrixRequest.of(on(path, caseId),
                    "{\"target\": \"ORGANISATION\", \"targetId\": \"" + z + "\"}", token);
            case "POST /cases/{caseId}/team" -> MatrixRequest.of(on(path, caseId),
                    "{\"party\": " + WorldCases.json(Party.organisation(OrganisationId.of(z))) + "}", token);
            case "POST /cases/{caseId}/team-removals" -> MatrixRequest.of(on(path, caseId),
                    "{\"party\": " + teamX + "}", token);
            case "GET /consultative-questions" -> MatrixRequest.of(
                    "/consultative-questions?networkId=" + a.network, token);
            case "POST /consultative-questions" -> MatrixRequest.of("/consultative-questions", question(a.network),
                    token);
            case "GET /consultative-questions/{questionId}" -> MatrixRequest.of("/consultative-questions/" + question,
                    token).withHeader("Samenspel-Retrieval-Token",
                    cell.scope() == Scope.OWN ? questionToken : otherQuestionToken);
            case "POST /consultative-questions/{questionId}/advice" -> MatrixRequest.of(
                    "/consultative-questions/" + freshQuestion() + "/advice",
                    "{\"severity\": \"MODERATE\", \"caseAdvised\": false, \"advice\": \"Blijf contact zoeken.\"}",
                    token);
            case "GET /handovers" -> MatrixRequest.of("/handovers?caseId=" + caseId, token);
            case "GET /handovers/incoming" -> MatrixRequest.of("/handovers/incoming", token);
            case "POST /handovers/{handoverId}/acceptance" -> MatrixRequest.of(
                    "/handovers/" + handover + "/acceptance", null, token);
            case "POST /handovers/{handoverId}/declination" -> MatrixRequest.of(
                    "/handovers/" + handover + "/declination", "{\"reason\": \"NO_CAPACITY\"}", token);
            case "POST /handovers/{handoverId}/feedback" -> MatrixRequest.of("/handovers/" + handover + "/feedback",
                    "{\"feedback\": \"Het contact loopt goed.\"}", token);
            case "GET /referrals" -> MatrixRequest.of("/referrals?caseId=" + caseId, token);
            case "GET /referrals/incoming" -> MatrixRequest.of("/referrals/incoming", token);
            case "POST /referrals/{referralId}/acceptance" -> MatrixRequest.of(
                    "/referrals/" + referral + "/acceptance", null, token);
            case "POST /referrals/{referralId}/completion" -> MatrixRequest.of(
                    "/referrals/" + referral + "/completion", null, token);
            case "POST /referrals/{referralId}/declination" -> MatrixRequest.of(
                    "/referrals/" + referral + "/declination", "{\"reason\": \"NO_CAPACITY\"}", token);
            case "GET /signals" -> MatrixRequest.of("/signals?networkId=" + a.network, token);
            case "POST /signals" -> MatrixRequest.of("/signals",
                    signalJson(a.network, "PROFESSIONAL", CONCERN, false), token);
            case "GET /signals/mine" -> MatrixRequest.of("/signals/mine", token);
            case "POST /signals/{signalId}/feedback" -> MatrixRequest.of("/signals/" + freshSignal() + "/feedback",
                    "{\"feedback\": \"Het wijkteam is op bezoek geweest.\"}", token);
            default -> throw new IllegalArgumentException("no request for " + cell.operation());
        };
    }

    private static String on(String template, String caseId) {
        return template.replace("{caseId}", caseId);
    }
}
