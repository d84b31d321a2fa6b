package nl.samenspel.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.samenspel.contracts.InformalOptionOutcome;
import nl.samenspel.testsupport.Api;

/**
 * Real cases in a {@link PartnerWorld}'s network, opened and shaped over HTTP by its coordinator with a real
 * token, so tests of referrals and handovers decide on the Case aggregate itself.
 */
public final class WorldCases {

    private final Api coordinator;
    private final String network;

    public WorldCases(Api api, PartnerWorld world) {
        this.coordinator = api.as(world.coordinatorToken());
        this.network = world.network;
    }

    /** Opens a case on explicit consent; the coordinating organisation leads it and is its team. */
    public CaseId open() {
        Api.Response opened = coordinator.post("/cases", """
                {"networkId": "%s", "clientKnownToServices": true, "problemDomains": ["LONELINESS"],
                 "acute": false, "presentation": "SILENT", "legalBasis": "EXPLICIT_CONSENT",
                 "client": {"name": "Hendrika de Wit", "dateOfBirth": "1941-05-12",
                            "postcode": "1234 AB", "houseNumber": "7"}}""".formatted(network));
        assertOk(opened, 201);
        return CaseId.of(opened.json().get("caseId").asText());
    }

    public void assign(CaseId caseId, Party party) {
        assertOk(coordinator.post("/cases/" + caseId + "/team", "{\"party\": " + json(party) + "}"), 204);
    }

    /** Formal help alone comes with a reason, as the case requires. */
    public void assessInformalOption(CaseId caseId, InformalOptionOutcome outcome) {
        String reason = outcome == InformalOptionOutcome.FORMAL_HELP ? "\"NO_INFORMAL_HELP_AVAILABLE\"" : "null";
        assertOk(coordinator.post("/cases/" + caseId + "/informal-option",
                "{\"outcome\": \"%s\", \"formalHelpReason\": %s}".formatted(outcome, reason)), 204);
    }

    public ActionId agreeAction(CaseId caseId, Party owner) {
        Api.Response agreed = coordinator.post("/cases/" + caseId + "/actions",
                ("{\"description\": \"Boodschappen doen\", \"owner\": %s, \"dueOn\": \"%s\","
                        + " \"task\": \"COMPANIONSHIP\"}")
                        .formatted(json(owner), LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(14)));
        assertOk(agreed, 201);
        return ActionId.of(agreed.json().get("actionId").asText());
    }

    /** The case as its coordinator reads it, once the read model shows what {@code until} waits for. */
    public JsonNode awaitCase(CaseId caseId, Predicate<JsonNode> until) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            Api.Response read = coordinator.get("/cases/" + caseId);
            return read.status() == 200 ? read.json() : null;
        }, node -> node != null && until.test(node));
    }

    public static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    public static String json(Party party) {
        return "{\"kind\": \"%s\", \"id\": \"%s\"}".formatted(party.kind(), party.id());
    }

    private static void assertOk(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }
}
