package nl.samenspel.partners.access;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspel.partners.PartnerApiIntegrationTest;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.StringConstants;
import nl.samenspel.testsupport.TestInfrastructure;
import nl.samenspel.testsupport.matrix.AuthorizationMatrix;
import nl.samenspel.testsupport.matrix.Cell;
import nl.samenspel.testsupport.matrix.MatrixRequest;
import nl.samenspel.testsupport.matrix.Scope;
import org.junit.jupiter.api.Test;

/**
 * partner-service's every operation × role × scope against {@code authorization-matrix.csv}.
 *
 * <p>The fixture: neighbourhood network N run by organisation C; organisation X, a member of N, with a professional
 * P (the coach and the informal representative), a volunteer V with agreement A, an unlinked volunteer, and a
 * service S. Own scope: the coordinator of N, everyone else of X. Other scope: the coordinator of network M (run by
 * D, without X), everyone else of Y, which takes part in no network. The platform operator and the citizen belong to
 * no organisation. Every caller's login is linked to a person of their organisation, so that "who is this login"
 * never decides a cell by accident. A cell that removes something (a departure, a withdrawal, an end) gets an object
 * of its own.
 */
class AuthorizationMatrixTest extends PartnerApiIntegrationTest {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> personOfSubject = new HashMap<>();
    private String c;
    private String d;
    private String x;
    private String y;
    private String informalParty;
    private String invitee;
    private String n;
    private String professionalOfX;
    private String volunteerOfX;
    private String unlinkedVolunteer;
    private String agreement;
    private String service;

    @Test
    void everyRoleGetsWhatTheTableSays() {
        c = organisation("WELFARE", "PROFESSIONALS_ONLY", "FORMAL", "FORMAL_ORGANISATION");
        d = organisation("WELFARE", "PROFESSIONALS_ONLY", "FORMAL", "FORMAL_ORGANISATION");
        x = organisation("SOCIAL_WORK", "PROFESSIONALS_WITH_VOLUNTEER_SUPPORT", "FORMAL", "FORMAL_ORGANISATION");
        y = organisation("SOCIAL_WORK", "PROFESSIONALS_WITH_VOLUNTEER_SUPPORT", "FORMAL", "FORMAL_ORGANISATION");
        informalParty = organisation("CITIZENS_INITIATIVE", "VOLUNTEERS_ONLY", "INFORMAL", "INFORMAL_PARTY");
        invitee = organisation("SOCIAL_WORK", "PROFESSIONALS_WITH_VOLUNTEER_SUPPORT", "FORMAL",
                "FORMAL_ORGANISATION");
        n = network(c);
        network(d);
        join(x);
        for (String role : StringConstants.of(Roles.class)) {
            for (Scope scope : Scope.values()) {
                link(role, scope);
            }
        }
        professionalOfX = personOfSubject.get(subject(Roles.PROFESSIONAL, Scope.OWN));
        volunteerOfX = personOfSubject.get(subject(Roles.VOLUNTEER, Scope.OWN));
        unlinkedVolunteer = registeredPerson("VOLUNTEER", x, null);
        assertNoContent(api().as(coordinatorOf(Scope.OWN)).put("/networks/" + n + "/informal-representative",
                json(Map.of("personId", professionalOfX))));
        agreement = concludedAgreement();
        service = offeredService();
        // The reads that decide cells come from read models: the network's members, the logins, the agreement.
        await().atMost(Duration.ofSeconds(30)).until(() -> api().as(coordinatorOf(Scope.OWN))
                .get("/people?organisationId=" + x).status() == 200);
        personOfSubject.keySet().forEach(subject -> await().atMost(Duration.ofSeconds(30))
                .until(() -> api().as(tokenOf(subject)).get("/people/me").status() == 200));
        readBack(system(x), "/volunteer-agreements/" + agreement, a -> true);
        readBack(system(x), "/social-map/services/" + service, s -> true);
        readBack(system(x), "/people/" + unlinkedVolunteer, p -> true);

        AuthorizationMatrix.of("partner-service").run(port, this::storedEvents, this::request).assertAsExpected();
        assertNoParkedLetters();
    }

    private String network(String coordinating) {
        String id = "wijk-" + UUID.randomUUID().toString().substring(0, 8);
        assertCreated(api().as(coordinatorToken(coordinating)).put("/networks/" + id, networkBody(coordinating)));
        return id;
    }

    private static String networkBody(String coordinating) {
        return json(Map.of("name", "Wijknetwerk matrix", "type", "NEIGHBOURHOOD", "municipalityCode", "GM9901",
                "coordinatorOrganisation", coordinating));
    }

    /** {@code organisation} a member of N, in its core. */
    private void join(String organisation) {
        Api coordinator = api().as(coordinatorOf(Scope.OWN));
        assertNoContent(coordinator.post("/networks/" + n + "/invitations",
                json(Map.of("organisationId", organisation, "ring", "CORE"))));
        assertNoContent(coordinator.put("/networks/" + n + "/members/" + organisation, ""));
    }

    private String freshMember() {
        String organisation = organisation("SOCIAL_WORK", "PROFESSIONALS_WITH_VOLUNTEER_SUPPORT", "FORMAL",
                "FORMAL_ORGANISATION");
        join(organisation);
        return organisation;
    }

    private String concludedAgreement() {
        String id = newId();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("volunteerId", volunteerOfX);
        body.put("tasks", List.of("COMPANIONSHIP"));
        body.put("limits", "Geen geldzaken.");
        body.put("availableDays", List.of("TUESDAY"));
        body.put("startsOn", LocalDate.now().minusDays(10).toString());
        body.put("endsOn", LocalDate.now().plusMonths(6).toString());
        body.put("capacityUnit", "CASES");
        body.put("capacity", 2);
        body.put("coachId", professionalOfX);
        assertCreated(api().as(system(x)).put("/volunteer-agreements/" + id, json(body)));
        return id;
    }

    private String agreementBody() {
        return json(Map.of("volunteerId", volunteerOfX, "tasks", List.of("TRANSPORT"), "limits", "Alleen overdag.",
                "availableDays", List.of("FRIDAY"), "startsOn", LocalDate.now().toString(),
                "endsOn", LocalDate.now().plusMonths(3).toString(), "capacityUnit", "HOURS_PER_WEEK",
                "capacity", 4));
    }

    private String offeredService() {
        String id = "dienst-" + UUID.randomUUID().toString().substring(0, 8);
        assertCreated(api().as(system(x)).put("/social-map/services/" + id, serviceBody()));
        return id;
    }

    private String serviceBody() {
        return json(Map.of("organisationId", x, "name", "Maatjes in de wijk",
                "description", "Een maatje voor wie weinig mensen om zich heen heeft.",
                "needs", List.of("LONELINESS"), "kindOfHelp", "INFORMAL", "neighbourhoods", List.of("WK990101"),
                "howToReach", "Bel 0180-100200"));
    }

    /** Registers a person of the caller's organisation whose login is the caller's subject. */
    private void link(String role, Scope scope) {
        String subject = subject(role, scope);
        String organisation = organisationOf(role, scope);
        String kind = organisation == null ? "FAMILY_CARER"
                : role.equals(Roles.VOLUNTEER) ? "VOLUNTEER" : "PROFESSIONAL";
        personOfSubject.put(subject, registeredPerson(kind, organisation, subject));
    }

    private String subject(String role, Scope scope) {
        return role + "-" + scope.label() + "-" + suffix;
    }

    /** The coordinator's own organisation runs N (own) or M (other); the operator and a citizen have none. */
    private String organisationOf(String role, Scope scope) {
        boolean own = scope == Scope.OWN;
        return switch (role) {
            case Roles.NETWORK_COORDINATOR -> own ? c : d;
            case Roles.PLATFORM_OPERATOR, Roles.CITIZEN -> null;
            default -> own ? x : y;
        };
    }

    private String tokenOf(String subject) {
        for (String role : StringConstants.of(Roles.class)) {
            for (Scope scope : Scope.values()) {
                if (subject(role, scope).equals(subject)) {
                    return TestInfrastructure.token(subject, organisationOf(role, scope), role);
                }
            }
        }
        throw new IllegalArgumentException("no caller " + subject);
    }

    private String coordinatorOf(Scope scope) {
        return tokenOf(subject(Roles.NETWORK_COORDINATOR, scope));
    }

    private String coordinatorToken(String organisation) {
        return organisation.equals(c) ? coordinatorOf(Scope.OWN) : coordinatorOf(Scope.OTHER);
    }

    private static String system(String organisation) {
        return TestInfrastructure.token("system-" + organisation, organisation, Roles.PARTNER_SYSTEM);
    }

    /**
     * The caller of a cell; {@code ownOrganisation} replaces X for a cell about an organisation of its own (a fresh
     * member leaving), whose people are then the own scope.
     */
    private String callerToken(Cell cell, String ownOrganisation) {
        if (cell.isAnonymous()) {
            return null;
        }
        String organisation = organisationOf(cell.role(), cell.scope());
        if (x.equals(organisation) && !ownOrganisation.equals(x)) {
            return TestInfrastructure.token(cell.role() + "-fresh-" + ownOrganisation, ownOrganisation, cell.role());
        }
        return tokenOf(subject(cell.role(), cell.scope()));
    }

    private MatrixRequest request(Cell cell) {
        String operation = cell.operation().toString();
        String member = operation.equals("POST /networks/{networkId}/members/{organisationId}/departure")
                ? freshMember() : x;
        String token = callerToken(cell, member);
        String network = "/networks/" + n;
        String agreementPath = "/volunteer-agreements/" + agreement;
        return switch (operation) {
            case "GET /network-types" -> MatrixRequest.of("/network-types", token);
            case "GET /networks" -> MatrixRequest.of("/networks", token);
            case "GET /networks/{networkId}" -> MatrixRequest.of(network, token);
            case "PUT /networks/{networkId}" -> MatrixRequest.of("/networks/wijk-" + UUID.randomUUID().toString()
                    .substring(0, 8), networkBody(c), token);
            case "PUT /networks/{networkId}/configuration" -> MatrixRequest.of(network + "/configuration", """
                    {"allowedLegalBases": ["NONE_YET", "EXPLICIT_CONSENT"], "coreClosed": false,
                     "informalPartyRings": ["CORE", "OUTER"], "informalOptionFirst": false}""", token);
            case "PUT /networks/{networkId}/covenant/{organisationId}" -> MatrixRequest.of(network + "/covenant/" + x,
                    Roles.PARTNER_SYSTEM.equals(cell.role())
                            ? json(Map.of("signatoryId", professionalOfX, "level", "MANAGEMENT"))
                            : "{\"level\": \"MANAGEMENT\"}", token);
            case "DELETE /networks/{networkId}/covenant/{organisationId}" ->
                    MatrixRequest.of(network + "/covenant/" + x, token);
            case "PUT /networks/{networkId}/informal-representative" -> MatrixRequest.of(
                    network + "/informal-representative", json(Map.of("personId", professionalOfX)), token);
            case "POST /networks/{networkId}/invitations" -> MatrixRequest.of(network + "/invitations",
                    json(Map.of("organisationId", invitee, "ring", "OUTER")), token);
            case "GET /networks/{networkId}/members" -> MatrixRequest.of(network + "/members", token);
            case "PUT /networks/{networkId}/members/{organisationId}" -> MatrixRequest.of(network + "/members/" + x,
                    "", token);
            case "POST /networks/{networkId}/members/{organisationId}/departure" -> MatrixRequest.of(
                    network + "/members/" + member + "/departure", "{\"reason\": \"CAPACITY\"}", token);
            case "PUT /networks/{networkId}/members/{organisationId}/ring" -> MatrixRequest.of(
                    network + "/members/" + x + "/ring", "{\"ring\": \"CORE\"}", token);
            case "POST /networks/{networkId}/represented-parties" -> MatrixRequest.of(network + "/represented-parties",
                    json(Map.of("organisationId", informalParty)), token);
            case "GET /organisations" -> MatrixRequest.of("/organisations", token);
            case "GET /organisations/{organisationId}" -> MatrixRequest.of("/organisations/" + x, token);
            case "PUT /organisations/{organisationId}" -> MatrixRequest.of("/organisations/" + x, """
                    {"name": "Wijkteam", "kindOfHelp": "FORMAL", "kindOfParty": "FORMAL_ORGANISATION",
                     "organisationType": "PROFESSIONALS_WITH_VOLUNTEER_SUPPORT", "sector": "SOCIAL_WORK",
                     "municipalityCode": "GM9901", "neighbourhoods": ["WK990101"]}""", token);
            case "PUT /organisations/{organisationId}/service-area" -> MatrixRequest.of(
                    "/organisations/" + x + "/service-area", "{\"neighbourhoods\": [\"WK990101\", \"WK990102\"]}",
                    token);
            case "GET /people" -> MatrixRequest.of("/people?organisationId=" + x, token);
            case "GET /people/me" -> MatrixRequest.of("/people/me", token);
            case "GET /people/{personId}" -> MatrixRequest.of("/people/" + unlinkedVolunteer, token);
            case "PUT /people/{personId}" -> MatrixRequest.of("/people/" + newId(),
                    json(Map.of("kind", "VOLUNTEER", "organisationId", x, "name", "Sanne Bakker")), token);
            case "PUT /people/{personId}/account" -> MatrixRequest.of("/people/" + unlinkedVolunteer + "/account",
                    json(Map.of("accountId", newAccount())), token);
            case "PUT /people/{personId}/undertakings/{networkId}" -> MatrixRequest.of(
                    "/people/" + volunteerOfX + "/undertakings/" + n, "", token);
            case "GET /social-map/services" -> MatrixRequest.of("/social-map/services", token);
            case "GET /social-map/services/{serviceId}" -> MatrixRequest.of("/social-map/services/" + service, token);
            case "PUT /social-map/services/{serviceId}" -> MatrixRequest.of("/social-map/services/dienst-"
                    + UUID.randomUUID().toString().substring(0, 8), serviceBody(), token);
            case "PUT /social-map/services/{serviceId}/description" -> MatrixRequest.of(
                    "/social-map/services/" + service + "/description",
                    json(Map.of("name", "Maatjes in de wijk", "description", "Een maatje, wekelijks.",
                            "needs", List.of("LONELINESS"), "kindOfHelp", "INFORMAL",
                            "neighbourhoods", List.of("WK990101"), "capacity", 10, "howToReach", "Bel 0180-100200")),
                    token);
            case "POST /social-map/services/{serviceId}/withdrawal" -> MatrixRequest.of(
                    "/social-map/services/" + offeredService() + "/withdrawal", null, token);
            case "GET /volunteer-agreements" -> MatrixRequest.of("/volunteer-agreements?organisationId=" + x, token);
            case "GET /volunteer-agreements/mine" -> MatrixRequest.of("/volunteer-agreements/mine", token);
            case "GET /volunteer-agreements/{agreementId}" -> MatrixRequest.of(agreementPath, token);
            case "PUT /volunteer-agreements/{agreementId}" -> MatrixRequest.of("/volunteer-agreements/" + newId(),
                    agreementBody(), token);
            case "PUT /volunteer-agreements/{agreementId}/capacity" -> MatrixRequest.of(agreementPath + "/capacity",
                    "{\"capacity\": 3}", token);
            case "PUT /volunteer-agreements/{agreementId}/coach" -> MatrixRequest.of(agreementPath + "/coach",
                    json(Map.of("coachId", professionalOfX)), token);
            case "POST /volunteer-agreements/{agreementId}/end" -> MatrixRequest.of(
                    "/volunteer-agreements/" + concludedAgreement() + "/end", null, token);
            case "PUT /volunteer-agreements/{agreementId}/load" -> MatrixRequest.of(agreementPath + "/load",
                    "{\"load\": 1}", token);
            case "PUT /volunteer-agreements/{agreementId}/overload-flag", "DELETE /volunteer-agreements/{agreementId}/overload-flag" ->
                    MatrixRequest.of(agreementPath + "/overload-flag", cell.operation().method().equals("PUT")
                            ? "" : null, token);
            case "POST /volunteer-agreements/{agreementId}/trainings" -> MatrixRequest.of(
                    agreementPath + "/trainings", json(Map.of("training", "Basistraining " + UUID.randomUUID()
                            .toString().substring(0, 4), "completedOn", LocalDate.now().minusDays(1).toString())),
                    token);
            default -> throw new IllegalArgumentException("no request for " + cell.operation());
        };
    }
}
