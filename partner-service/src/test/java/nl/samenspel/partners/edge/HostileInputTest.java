package nl.samenspel.partners.edge;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspel.partners.PartnerApiIntegrationTest;
import nl.samenspel.shared.security.Roles;
import nl.samenspel.testsupport.Api;
import nl.samenspel.testsupport.TestInfrastructure;
import nl.samenspel.testsupport.hostile.Credential;
import nl.samenspel.testsupport.hostile.EventProcessors;
import nl.samenspel.testsupport.hostile.HostileRun;
import nl.samenspel.testsupport.hostile.IdPool;
import nl.samenspel.testsupport.hostile.StateProbe;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 C18: at least 10,000 requests generated from partner-service's committed OpenAPI description, with real
 * tokens of every role of two networks, aimed at both networks' real organisations, people, agreements and
 * services: no 5xx, every error problem+json without the input in it, and nothing stored while only requests that
 * break the contract came in.
 */
class HostileInputTest extends PartnerApiIntegrationTest {

    private final IdPool ids = new IdPool();
    private final List<Credential> credentials = new ArrayList<>();

    @Test
    void hostileRequestsAreRefusedWithProblemsAndChangeNothing() {
        String lastMember = null;
        for (String name : List.of("a", "b")) {
            lastMember = network(name);
        }
        credentials.add(Credential.of("platform-operator-hostile", Roles.PLATFORM_OPERATOR, null));
        credentials.add(Credential.of(Roles.CITIZEN, null));

        HostileRun.HostileReport report = HostileRun.against("partner-service", port, Path.of("openapi.yaml"), ids,
                credentials, Credential.refused(lastMember, Roles.NETWORK_COORDINATOR), StateProbe.rowCounts(jdbc,
                        "network", "network_invitation", "network_member", "network_represented_party",
                        "organisation", "organisation_neighbourhood", "person", "person_undertaking",
                        "social_map_service", "volunteer_agreement", "volunteer_training", "sagaentry",
                        "deadletterentry")).run();

        report.assertHeld();
        EventProcessors.assertNoneFailing(processing);
    }

    /**
     * A neighbourhood network run by its own coordinating organisation, a member with a professional and a volunteer
     * under an agreement, a service of the member, and a token of every role of both organisations.
     */
    private String network(String name) {
        String coordinating = organisation("WELFARE", "PROFESSIONALS_ONLY", "FORMAL", "FORMAL_ORGANISATION");
        String member = organisation("SOCIAL_WORK", "PROFESSIONALS_WITH_VOLUNTEER_SUPPORT", "FORMAL",
                "FORMAL_ORGANISATION");
        String coordinatorSubject = "coordinator-hostile-" + name;
        registeredPerson("PROFESSIONAL", coordinating, coordinatorSubject);
        Api coordinator = api().as(TestInfrastructure.token(coordinatorSubject, coordinating,
                Roles.NETWORK_COORDINATOR));
        String network = "wijk-hostile-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
        assertCreated(coordinator.put("/networks/" + network, json(Map.of("name", "Wijknetwerk " + name,
                "type", "NEIGHBOURHOOD", "municipalityCode", "GM9901", "coordinatorOrganisation", coordinating))));
        assertNoContent(coordinator.post("/networks/" + network + "/invitations",
                json(Map.of("organisationId", member, "ring", "CORE"))));
        assertNoContent(coordinator.put("/networks/" + network + "/members/" + member, ""));

        String professionalSubject = "professional-hostile-" + name;
        String professional = registeredPerson("PROFESSIONAL", member, professionalSubject);
        String volunteerSubject = "volunteer-hostile-" + name;
        String volunteer = registeredPerson("VOLUNTEER", member, volunteerSubject);
        String system = TestInfrastructure.token("system-" + member, member, Roles.PARTNER_SYSTEM);

        String agreement = newId();
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("volunteerId", volunteer);
        terms.put("tasks", List.of("COMPANIONSHIP"));
        terms.put("limits", "Geen geldzaken.");
        terms.put("availableDays", List.of("TUESDAY"));
        terms.put("startsOn", LocalDate.now().minusDays(10).toString());
        terms.put("endsOn", LocalDate.now().plusMonths(6).toString());
        terms.put("capacityUnit", "CASES");
        terms.put("capacity", 2);
        terms.put("coachId", professional);
        assertCreated(api().as(system).put("/volunteer-agreements/" + agreement, json(terms)));

        String service = "dienst-hostile-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
        assertCreated(api().as(system).put("/social-map/services/" + service, json(Map.of("organisationId", member,
                "name", "Maatjes in de wijk", "description", "Een maatje voor wie weinig mensen om zich heen heeft.",
                "needs", List.of("LONELINESS"), "kindOfHelp", "INFORMAL", "neighbourhoods", List.of("WK990101"),
                "howToReach", "Bel 0180-100200"))));

        ids.add("networkId", network, coordinating)
                .add("organisationId", coordinating, coordinating)
                .add("organisationId", member, member)
                .add("personId", professional, member)
                .add("personId", volunteer, member)
                .add("agreementId", agreement, member)
                .add("serviceId", service, member);
        credentials.add(Credential.of(coordinatorSubject, Roles.NETWORK_COORDINATOR, coordinating));
        credentials.add(Credential.of(professionalSubject, Roles.PROFESSIONAL, member));
        credentials.add(Credential.of(volunteerSubject, Roles.VOLUNTEER, member));
        credentials.add(Credential.of("system-" + member, Roles.PARTNER_SYSTEM, member));
        credentials.add(Credential.of(Roles.INFORMAL_REPRESENTATIVE, member));
        credentials.add(Credential.of(Roles.PRIVACY_OFFICER, member));
        credentials.add(Credential.of(Roles.MUNICIPALITY_ANALYST, "gemeente-" + name));
        return member;
    }
}
