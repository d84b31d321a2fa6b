package nl.samenspel.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The demo world of the fictional municipality Zuiderhaven (CBS code GM9901): who can sign in (as in the realm
 * file) and what is loaded through the services' own APIs on the first start of a data directory. Every name
 * and text is invented.
 */
public final class DemoData {

    public static final String PASSWORD = "demo";
    public static final String MUNICIPALITY_CODE = "GM9901";
    public static final String MARKER_FILE = "demo-data.loaded";
    private static final String PROGRESS_FILE = "demo-data.progress";

    private static final Duration CASE_SERVICE_CATCH_UP = Duration.ofSeconds(30);

    /**
     * A demo login; {@code organisation} is null for the citizen. {@code accountId} is the fixed Keycloak user id
     * from the realm file, so the token subject is known before Keycloak runs and demo people can be linked to it.
     */
    public record Person(String username, String role, String organisation, String accountId) {
    }

    public record PartnerClient(String clientId, String secret, String organisation) {
    }

    public record Network(String id, String name, String type, String coordinatorOrganisation, String coordinatorUsername) {
    }

    public record Signal(String networkId, String signallerRole, String concern, boolean anonymous, String raisedBy) {
    }

    public static final List<Person> PEOPLE = List.of(
            new Person("coordinator.ggd", "network-coordinator", "ggd-zuiderhaven",
                    "0cbfcda5-6c4f-531b-ab74-f9303f904e27"),
            new Person("coordinator.welzijn", "network-coordinator", "welzijn-zuiderhaven",
                    "b8ea35af-0118-5dfe-89bd-32d33723a3c4"),
            new Person("professional.ggz", "professional", "ggz-delta",
                    "529bc210-d541-5209-a83e-ee02d8d504b9"),
            new Person("professional.wijkteam", "professional", "wijkteam-zuiderhaven",
                    "2b4229e0-5272-5b95-846a-9a9fc819b9e1"),
            new Person("volunteer.anna", "volunteer", "vrijwilligers-zuiderhaven",
                    "b3560e84-3e7d-5451-804a-1dd5c17f9652"),
            new Person("representative.informal", "informal-representative", "vrijwilligers-zuiderhaven",
                    "45ad680e-6d07-502a-96a6-9767c1432d06"),
            new Person("analyst.gemeente", "municipality-analyst", "gemeente-zuiderhaven",
                    "ed44c2e8-bb60-59c3-928d-2a21fafc64b6"),
            new Person("privacy.officer", "privacy-officer", "ggd-zuiderhaven",
                    "15f14d7d-3afe-5f44-b536-7bc7c6c93ae1"),
            new Person("coach.vrijwilligers", "professional", "vrijwilligers-zuiderhaven",
                    "e75ace41-f775-5461-9c7c-6b5fe52410d1"),
            new Person("volunteer.bram", "volunteer", "vrijwilligers-zuiderhaven",
                    "cef89ec4-5a81-53a1-ae07-ce6cc1c740b9"),
            new Person("citizen.demo", "citizen", null,
                    "ac999515-f5e3-599e-bed0-97f0879ed739"));

    public static final List<PartnerClient> PARTNER_CLIENTS = List.of(
            new PartnerClient("ggd-zuiderhaven-system", "ggd-zuiderhaven-system-secret", "ggd-zuiderhaven"),
            new PartnerClient("woonstede-system", "woonstede-system-secret", "woonstede"),
            new PartnerClient("wijkteam-zuiderhaven-system", "wijkteam-zuiderhaven-system-secret", "wijkteam-zuiderhaven"),
            new PartnerClient("vrijwilligers-zuiderhaven-system", "vrijwilligers-zuiderhaven-system-secret",
                    "vrijwilligers-zuiderhaven"));

    public static final List<Network> NETWORKS = List.of(
            new Network("oggz-zuiderhaven", "OGGZ-netwerk Zuiderhaven", "OGGZ", "ggd-zuiderhaven", "coordinator.ggd"),
            new Network("wijknetwerk-noord", "Wijknetwerk Zuiderhaven-Noord", "NEIGHBOURHOOD", "welzijn-zuiderhaven", "coordinator.welzijn"));

    public static final List<Signal> SIGNALS = List.of(
            new Signal("oggz-zuiderhaven", "VOLUNTEER",
                    "Oudere bewoner laat al weken niemand binnen; de brievenbus puilt uit.", false, "volunteer.anna"),
            new Signal("oggz-zuiderhaven", "PROFESSIONAL",
                    "Huurachterstand van drie maanden en dreigende ontruiming; bewoner reageert niet op brieven.", false, "professional.wijkteam"),
            new Signal("oggz-zuiderhaven", "NEIGHBOUR",
                    "Via het meldpunt: sterke geuroverlast en vervuiling rond een benedenwoning.", true, "coordinator.ggd"),
            // A police officer signals as a professional: SignallerRole (contracts) has no separate police value.
            new Signal("oggz-zuiderhaven", "PROFESSIONAL",
                    "Wijkagent ziet herhaald verward gedrag en overlast in een portiekflat.", false, "coordinator.ggd"),
            new Signal("wijknetwerk-noord", "VOLUNTEER",
                    "Mantelzorger van een zieke partner lijkt overbelast en slaapt slecht.", false, "volunteer.anna"),
            new Signal("wijknetwerk-noord", "NEIGHBOUR",
                    "Buurvrouw wordt sinds kort niet meer buiten gezien; de gordijnen blijven dicht.", true, "volunteer.anna"),
            new Signal("wijknetwerk-noord", "FAMILY_CARER",
                    "Jong gezin met oplopende schulden vraagt zelf niet om hulp.", false, "professional.wijkteam"));

    /** What a load did; {@code alreadyLoaded} when the marker was there and nothing was sent. */
    public record Result(boolean alreadyLoaded, int organisations, int networks, int people, int agreements,
            int services, int signals) {
    }

    private static final String ORGANISATION_ONBOARDER = "coordinator.ggd";
    private static final String VOLUNTEER_ORGANISATION_CLIENT = "vrijwilligers-zuiderhaven-system";

    private final OidcTokens tokens;
    private final String partnerServiceUrl;
    private final String caseServiceUrl;
    private final Map<String, String> tokenByCaller = new HashMap<>();

    public DemoData(OidcTokens tokens, String partnerServiceUrl, String caseServiceUrl) {
        this.tokens = tokens;
        this.partnerServiceUrl = partnerServiceUrl;
        this.caseServiceUrl = caseServiceUrl;
    }

    /**
     * Loads the demo data unless {@code home} has the marker of an earlier load. An interrupted load goes on where
     * it stopped next time: everything in partner-service is addressed by a fixed id and a repeat answers 409,
     * and signals already raised are listed in a progress file, so none is raised twice.
     */
    public Result loadOnce(Path home) {
        Path marker = home.resolve(MARKER_FILE);
        if (Files.exists(marker)) {
            return new Result(true, 0, 0, 0, 0, 0, 0);
        }
        Path progress = home.resolve(PROGRESS_FILE);
        registerOrganisations();
        createNetworks();
        registerPeople();
        buildMemberships();
        appointInformalRepresentative();
        signUndertakings();
        concludeVolunteerAgreements();
        offerServices();
        Map<String, String> signalIds = raiseSignals(progress);
        try {
            StringBuilder content = new StringBuilder("# Demo data loaded " + Instant.now() + "; delete this file to load it again.\n");
            signalIds.forEach((key, id) -> content.append(key).append('=').append(id).append('\n'));
            Files.writeString(marker, content);
            Files.deleteIfExists(progress);
        } catch (IOException e) {
            throw HttpJson.unchecked("Could not write " + marker, e);
        }
        return new Result(false, DemoPartners.ORGANISATIONS.size(), NETWORKS.size(), DemoPartners.PEOPLE.size(),
                DemoPartners.AGREEMENTS.size(), DemoPartners.SERVICES.size(), signalIds.size());
    }

    private void registerOrganisations() {
        for (DemoPartners.Organisation organisation : DemoPartners.ORGANISATIONS) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", organisation.name());
            body.put("kindOfHelp", organisation.kindOfHelp());
            body.put("kindOfParty", organisation.kindOfParty());
            body.put("organisationType", organisation.organisationType());
            body.put("sector", organisation.sector());
            body.put("municipalityCode", MUNICIPALITY_CODE);
            body.put("neighbourhoods", organisation.neighbourhoods());
            partners("PUT", "/organisations/" + organisation.id(), ORGANISATION_ONBOARDER, body,
                    "organisation " + organisation.id());
        }
    }

    private void createNetworks() {
        for (Network network : NETWORKS) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", network.name());
            body.put("type", network.type());
            body.put("municipalityCode", MUNICIPALITY_CODE);
            body.put("coordinatorOrganisation", network.coordinatorOrganisation());
            partners("PUT", "/networks/" + network.id(), network.coordinatorUsername(), body, "network " + network.id());
        }
    }

    private void registerPeople() {
        Map<String, String> accountByUsername = new HashMap<>();
        PEOPLE.forEach(login -> accountByUsername.put(login.username(), login.accountId()));
        for (DemoPartners.Person person : DemoPartners.PEOPLE) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", person.kind());
            body.put("organisationId", person.organisationId());
            body.put("name", person.name());
            body.put("accountId", person.username() == null ? null : accountByUsername.get(person.username()));
            partners("PUT", "/people/" + person.personId(), ORGANISATION_ONBOARDER, body, "person " + person.key());
        }
    }

    private void buildMemberships() {
        for (DemoPartners.Membership membership : DemoPartners.MEMBERSHIPS) {
            String coordinator = coordinatorOf(membership.networkId());
            String path = "/networks/" + membership.networkId();
            String what = "membership of " + membership.organisationId() + " in " + membership.networkId();
            partners("POST", path + "/invitations", coordinator,
                    Map.of("organisationId", membership.organisationId(), "ring", membership.ring()), what);
            partners("PUT", path + "/members/" + membership.organisationId(), coordinator, null, what);
            if (membership.signatoryKey() != null) {
                partners("PUT", path + "/covenant/" + membership.organisationId(), coordinator,
                        Map.of("signatoryId", DemoPartners.person(membership.signatoryKey()).personId(),
                                "level", membership.level()),
                        "covenant of " + membership.organisationId() + " in " + membership.networkId());
            }
        }
    }

    private void appointInformalRepresentative() {
        String network = DemoPartners.REPRESENTATIVE_NETWORK;
        String coordinator = coordinatorOf(network);
        partners("PUT", "/networks/" + network + "/informal-representative", coordinator,
                Map.of("personId", DemoPartners.person(DemoPartners.REPRESENTATIVE_KEY).personId()),
                "informal representative of " + network);
        partners("POST", "/networks/" + network + "/represented-parties", coordinator,
                Map.of("organisationId", DemoPartners.REPRESENTED_PARTY), "represented party in " + network);
    }

    private void signUndertakings() {
        String network = DemoPartners.REPRESENTATIVE_NETWORK;
        for (String key : DemoPartners.UNDERTAKINGS_NOORD) {
            partners("PUT", "/people/" + DemoPartners.person(key).personId() + "/undertakings/" + network,
                    coordinatorOf(network), null, "undertaking of " + key);
        }
    }

    /**
     * Through the volunteer organisation's own client-credentials client, as its volunteer administration would.
     * Dates follow the day of loading so the agreements are running whenever the demo starts.
     */
    private void concludeVolunteerAgreements() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (DemoPartners.Agreement agreement : DemoPartners.AGREEMENTS) {
            String path = "/volunteer-agreements/" + agreement.agreementId();
            String what = "volunteer agreement " + agreement.key();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("volunteerId", DemoPartners.person(agreement.volunteerKey()).personId());
            body.put("tasks", agreement.tasks());
            body.put("limits", agreement.limits());
            body.put("availableDays", agreement.availableDays());
            body.put("startsOn", today.minusMonths(3).toString());
            body.put("endsOn", today.plusMonths(9).toString());
            body.put("capacityUnit", agreement.capacityUnit());
            body.put("capacity", agreement.capacity());
            body.put("coachId", DemoPartners.person(agreement.coachKey()).personId());
            partners("PUT", path, VOLUNTEER_ORGANISATION_CLIENT, body, what);
            for (String training : agreement.trainings()) {
                partners("POST", path + "/trainings", VOLUNTEER_ORGANISATION_CLIENT,
                        Map.of("training", training, "completedOn", today.minusMonths(3).minusDays(14).toString()), what);
            }
            partners("PUT", path + "/load", VOLUNTEER_ORGANISATION_CLIENT, Map.of("load", agreement.load()), what);
        }
    }

    private void offerServices() {
        for (DemoPartners.Service service : DemoPartners.SERVICES) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("organisationId", service.organisationId());
            body.put("name", service.name());
            body.put("description", service.description());
            body.put("needs", service.needs());
            body.put("kindOfHelp", service.kindOfHelp());
            body.put("neighbourhoods", service.neighbourhoods());
            body.put("capacity", service.capacity());
            body.put("howToReach", service.howToReach());
            partners("PUT", "/social-map/services/" + service.id(), ORGANISATION_ONBOARDER, body,
                    "social map service " + service.id());
        }
    }

    private static String coordinatorOf(String networkId) {
        return NETWORKS.stream().filter(network -> network.id().equals(networkId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo network " + networkId))
                .coordinatorUsername();
    }

    /** A 409 means an earlier, interrupted load got this far already. */
    private void partners(String method, String path, String caller, Object body, String what) {
        HttpJson.Response response = call(method, partnerServiceUrl + path, caller, body);
        if (response.status() / 100 != 2 && response.status() != 409) {
            throw new IllegalStateException("Demo " + what + " refused by partner-service (" + method + " " + path
                    + "): HTTP " + response.status() + " " + response.abbreviated());
        }
    }

    private Map<String, String> raiseSignals(Path progress) {
        Map<String, String> ids = readProgress(progress);
        boolean first = true;
        for (int i = 0; i < SIGNALS.size(); i++) {
            String key = "signal." + (i + 1);
            if (ids.containsKey(key)) {
                continue;
            }
            Signal signal = SIGNALS.get(i);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("networkId", signal.networkId());
            body.put("signallerRole", signal.signallerRole());
            body.put("concern", signal.concern());
            body.put("anonymous", signal.anonymous());
            HttpJson.Response response = call("POST", caseServiceUrl + "/signals", signal.raisedBy(), body);
            // The case service learns about networks from partner-service's events, a moment after they exist.
            long deadline = System.nanoTime() + CASE_SERVICE_CATCH_UP.toNanos();
            while (first && response.status() == 400 && System.nanoTime() < deadline) {
                pause();
                response = call("POST", caseServiceUrl + "/signals", signal.raisedBy(), body);
            }
            if (response.status() != 201) {
                throw new IllegalStateException("Demo signal " + (i + 1) + " in " + signal.networkId() + " refused by case-service: HTTP "
                        + response.status() + " " + response.abbreviated());
            }
            first = false;
            ids.put(key, response.json().path("signalId").asText());
            try {
                Files.writeString(progress, key + "=" + ids.get(key) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw HttpJson.unchecked("Could not write " + progress, e);
            }
        }
        return ids;
    }

    private static Map<String, String> readProgress(Path progress) {
        Map<String, String> ids = new LinkedHashMap<>();
        if (Files.exists(progress)) {
            try {
                for (String line : Files.readAllLines(progress)) {
                    int equals = line.indexOf('=');
                    if (equals > 0) {
                        ids.put(line.substring(0, equals), line.substring(equals + 1));
                    }
                }
            } catch (IOException e) {
                throw HttpJson.unchecked("Could not read " + progress, e);
            }
        }
        return ids;
    }

    /** {@code caller} is a demo login or, for a partner system, its client id. */
    private HttpJson.Response call(String method, String url, String caller, Object body) {
        String token = tokenByCaller.computeIfAbsent(caller, this::token);
        try {
            return HttpJson.send(method, url, token, body);
        } catch (IOException e) {
            throw HttpJson.unchecked(method + " " + url, e);
        }
    }

    private String token(String caller) {
        return PARTNER_CLIENTS.stream().filter(client -> client.clientId().equals(caller)).findFirst()
                .map(client -> tokens.forClient(client.clientId(), client.secret()))
                .orElseGet(() -> tokens.forUser(caller, PASSWORD));
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading demo data", e);
        }
    }
}
