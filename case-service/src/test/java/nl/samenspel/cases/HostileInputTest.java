package nl.samenspel.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.contracts.Sector;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.hostile.Credential;
import nl.samenspel.testsupport.hostile.EventProcessors;
import nl.samenspel.testsupport.hostile.HostileRun;
import nl.samenspel.testsupport.hostile.IdPool;
import nl.samenspel.testsupport.hostile.StateProbe;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 C18: at least 10,000 requests generated from the committed OpenAPI description, with real tokens of
 * every role of two networks, aimed at real cases, signals, actions and questions of both: no 5xx, every error
 * problem+json without the input in it, and nothing stored while only requests that break the contract came in.
 */
class HostileInputTest extends CaseServiceIntegrationTest {

    private final IdPool ids = new IdPool();
    private final List<Credential> credentials = new ArrayList<>();

    @Test
    void hostileRequestsAreRefusedWithProblemsAndChangeNothing() {
        network("a");
        network("b");

        HostileRun.HostileReport report = HostileRun.against("case-service", port, Path.of("openapi.yaml"), ids,
                credentials, Credential.refused("welzijn-hostile", Roles.NETWORK_COORDINATOR), StateProbe.rowCounts(jdbc,
                        "case_file", "case_client", "case_action", "case_team_member", "case_conference", "referral",
                        "handover", "signal_view", "consultative_question_view", "personal_data_key", "sagaentry",
                        "deadletterentry")).run();

        report.assertHeld();
        EventProcessors.assertNoneFailing(processing);
    }

    /** A network with its coordinator, a member with a covenant, a volunteer, and one of each thing to aim at. */
    private void network(String name) {
        PartnerWorld world = new PartnerWorld(bootstrapServers(), jdbc, false);
        String member = world.organisation("ggz-" + name, KindOfHelp.FORMAL, Sector.MENTAL_HEALTH);
        world.member(member, true);
        PersonId volunteer = world.volunteer(member, true);
        String volunteerLogin = world.login(volunteer);
        Api coordinator = api().as(world.coordinatorToken());

        credentials.add(Credential.of("coordinator-" + world.coordinator, Roles.NETWORK_COORDINATOR,
                world.coordinator));
        credentials.add(Credential.of(Roles.PROFESSIONAL, member));
        credentials.add(Credential.of(Roles.PARTNER_SYSTEM, member));
        credentials.add(Credential.of(volunteerLogin, Roles.VOLUNTEER, member));
        credentials.add(Credential.of(Roles.INFORMAL_REPRESENTATIVE, member));
        credentials.add(Credential.of(Roles.MUNICIPALITY_ANALYST, "gemeente-" + name));
        credentials.add(Credential.of(Roles.PRIVACY_OFFICER, member));
        credentials.add(Credential.of(Roles.CITIZEN, null));
        credentials.add(Credential.of(Roles.PLATFORM_OPERATOR, "hosting"));
        ids.add("networkId", world.network, world.coordinator);

        Api.Response signal = coordinator.post("/signals", signalJson(world.network, "PROFESSIONAL",
                "Post stapelt zich op.", false));
        assertCreated(signal);
        ids.add("signalId", signal.json().get("signalId").asText(), world.coordinator);

        Api.Response opened = coordinator.post("/cases", """
                {"networkId": "%s", "clientKnownToServices": false, "problemDomains": ["SELF_NEGLECT"],
                 "acute": false, "presentation": "SILENT", "legalBasis": "EXPLICIT_CONSENT",
                 "client": {"name": "Johanna Verbeek", "dateOfBirth": "1948-02-29", "bsn": "111222333",
                            "address": "Dorpsstraat 1, Zuiderhaven"}}"""
                .formatted(world.network));
        assertCreated(opened);
        String caseId = opened.json().get("caseId").asText();
        ids.add("caseId", caseId, world.coordinator);
        assertThat(coordinator.post("/cases/" + caseId + "/team",
                "{\"party\": {\"kind\": \"ORGANISATION\", \"id\": \"%s\"}}".formatted(member)).status()).isEqualTo(204);

        Api.Response action = coordinator.post("/cases/" + caseId + "/actions", """
                {"description": "Wekelijks langsgaan.", "owner": {"kind": "INFORMAL_HELPER", "id": "%s"},
                 "dueOn": "%s", "task": "COMPANIONSHIP"}""".formatted(volunteer.asString(), today().plusDays(7)));
        assertCreated(action);
        // An action belongs to its case, and so to the network whose coordinator runs it.
        ids.add("actionId", action.json().get("actionId").asText(), world.coordinator);

        Api.Response question = coordinator.post("/consultative-questions", """
                {"networkId": "%s", "problemDomains": ["LONELINESS"], "severity": "LOW",
                 "question": "Hoe benaderen we iemand die niet opendoet?"}""".formatted(world.network));
        assertCreated(question);
        ids.add("questionId", question.json().get("questionId").asText(), world.coordinator);
    }

    private static void assertCreated(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
