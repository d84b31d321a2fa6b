package nl.samenspel.infra;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The demo world of the fictional municipality Zuiderhaven (CBS code GM9901): who can sign in (as in the realm
 * file) and what is loaded through the services' own APIs on the first start of a data directory. Every name
 * and text is invented.
 */
public final class DemoData {

    public static final String PASSWORD = "samenspel-demo";
    public static final String MUNICIPALITY_CODE = "GM9901";
    public static final String MARKER_FILE = "demo-data.loaded";
    private static final String PROGRESS_FILE = "demo-data.progress";

    private static final Duration CASE_SERVICE_CATCH_UP = Duration.ofSeconds(30);
    /** Case-service takes due and review dates as Dutch calendar days. */
    private static final ZoneId CASE_DAYS = ZoneId.of("Europe/Amsterdam");

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
                    "ac999515-f5e3-599e-bed0-97f0879ed739"),
            new Person("chief.politie", "professional", "politie-zuiderhaven",
                    "44e6ef3f-5497-51ba-8437-a201b7f4bb91"),
            new Person("manager.schuldhulp", "professional", "schuldhulp-zuiderhaven",
                    "1c0c9b9f-216c-5646-a71e-263ef47417ce"),
            new Person("director.mantelzorg", "professional", "mantelzorg-zuiderhaven",
                    "6e3f7edf-855a-55bb-801e-7960980b99e1"),
            new Person("operator.platform", "platform-operator", null,
                    "5ddb9e2b-87d8-5347-8684-072c824fa892"));

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
            int services, int signals, int cases) {
    }

    private static final String ORGANISATION_ONBOARDER = "coordinator.ggd";
    /**
     * Onboards every organisation's people for it: a person's kind and login are vouched for only by the
     * organisation's own system or coordinator, or by the platform operator, and most demo organisations have neither.
     */
    private static final String PEOPLE_ONBOARDER = "operator.platform";
    private static final String VOLUNTEER_ORGANISATION_CLIENT = "vrijwilligers-zuiderhaven-system";

    private final OidcTokens tokens;
    private final String partnerServiceUrl;
    private final String caseServiceUrl;
    private final Map<String, String> tokenByCaller = new HashMap<>();
    private long casesBegan;

    public DemoData(OidcTokens tokens, String partnerServiceUrl, String caseServiceUrl) {
        this.tokens = tokens;
        this.partnerServiceUrl = partnerServiceUrl;
        this.caseServiceUrl = caseServiceUrl;
    }

    /**
     * Loads the demo data unless {@code home} has the marker of an earlier load. An interrupted load goes on where
     * it stopped next time: everything in partner-service is addressed by a fixed id and a repeat answers 409,
     * and the signals raised and the steps of the cases taken in case-service are listed in a progress file, so
     * none is taken twice.
     */
    public Result loadOnce(Path home) {
        Path marker = home.resolve(MARKER_FILE);
        if (Files.exists(marker)) {
            return new Result(true, 0, 0, 0, 0, 0, 0, 0);
        }
        Progress progress = new Progress(home.resolve(PROGRESS_FILE));
        registerOrganisations();
        createNetworks();
        registerPeople();
        buildMemberships();
        appointInformalRepresentative();
        signUndertakings();
        concludeVolunteerAgreements();
        offerServices();
        raiseSignals(progress);
        DemoCases.CASES.forEach(demoCase -> takeCase(demoCase, progress));
        try {
            StringBuilder content = new StringBuilder("# Demo data loaded " + Instant.now() + "; delete this file to load it again.\n");
            progress.ids.forEach((key, id) -> content.append(key).append('=').append(id).append('\n'));
            Files.writeString(marker, content);
            Files.deleteIfExists(progress.file);
        } catch (IOException e) {
            throw HttpJson.unchecked("Could not write " + marker, e);
        }
        return new Result(false, DemoPartners.ORGANISATIONS.size(), NETWORKS.size(), DemoPartners.PEOPLE.size(),
                DemoPartners.AGREEMENTS.size(), DemoPartners.SERVICES.size(), SIGNALS.size(), DemoCases.CASES.size());
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
            partners("PUT", "/people/" + person.personId(), PEOPLE_ONBOARDER, body, "person " + person.key());
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
                signCovenant(membership, path);
            }
        }
    }

    /**
     * A covenant binds the organisation, so the organisation signs it: the signatory themself when they have a demo
     * login, otherwise the organisation's own system recording their signature.
     */
    private void signCovenant(DemoPartners.Membership membership, String networkPath) {
        DemoPartners.Person signatory = DemoPartners.person(membership.signatoryKey());
        String what = "covenant of " + membership.organisationId() + " in " + membership.networkId();
        String path = networkPath + "/covenant/" + membership.organisationId();
        if (signatory.username() != null) {
            partners("PUT", path, signatory.username(), Map.of("level", membership.level()), what);
            return;
        }
        String system = PARTNER_CLIENTS.stream()
                .filter(client -> client.organisation().equals(membership.organisationId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo " + what + ": signatory " + signatory.key()
                        + " has no login and the organisation no system to record their signature"))
                .clientId();
        partners("PUT", path, system, Map.of("signatoryId", signatory.personId(), "level", membership.level()), what);
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

    private static final Set<String> DONE_ALREADY = Set.of("already-exists", "already-invited", "already-a-member",
            "already-representative", "already-represented", "covenant-already-signed", "undertaking-already-signed",
            "coach-already-assigned", "training-already-recorded", "load-unchanged");

    private static boolean doneAlready(HttpJson.Response response) {
        String type = response.json().path("type").asText("");
        return DONE_ALREADY.contains(type.substring(type.lastIndexOf('/') + 1));
    }

    private static String coordinatorOf(String networkId) {
        return NETWORKS.stream().filter(network -> network.id().equals(networkId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo network " + networkId))
                .coordinatorUsername();
    }

    /**
     * A 409 saying "done already" means an earlier, interrupted load got this far. Any other refusal (a closed core
     * refusing a party, say) means the demo world is wrong, and stops the load.
     */
    private void partners(String method, String path, String caller, Object body, String what) {
        HttpJson.Response response = call(method, partnerServiceUrl + path, caller, body);
        if (response.status() / 100 != 2 && !(response.status() == 409 && doneAlready(response))) {
            throw new IllegalStateException("Demo " + what + " refused by partner-service (" + method + " " + path
                    + "): HTTP " + response.status() + " " + response.abbreviated());
        }
    }

    private void raiseSignals(Progress progress) {
        boolean first = true;
        for (int i = 0; i < SIGNALS.size(); i++) {
            String key = "signal." + (i + 1);
            if (progress.has(key)) {
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
            progress.record(key, response.json().path("signalId").asText());
        }
    }

    /**
     * Takes one demo case as far as its stage, step by step as the people involved would: the coordinator runs
     * the case, the receiving organisations accept referrals and handovers themselves.
     */
    private void takeCase(DemoCases.Case demoCase, Progress progress) {
        String key = "case." + demoCase.key();
        DemoCases.Route route = DemoCases.route(demoCase.networkId());
        String coordinator = coordinatorOf(demoCase.networkId());
        String coordinatorOrganisation = NETWORKS.stream().filter(n -> n.id().equals(demoCase.networkId()))
                .findFirst().orElseThrow().coordinatorOrganisation();
        LocalDate today = LocalDate.now(CASE_DAYS);
        String caseId = progress.once(key, () -> cases("POST", "/cases", coordinator, opening(demoCase, progress),
                key).path("caseId").asText());
        String path = "/cases/" + caseId;
        if (demoCase.stage().compareTo(DemoCases.Stage.TABLED) < 0) {
            return;
        }
        progress.once(key + ".tabled", () -> done(cases("POST", path + "/conference-tablings", coordinator,
                Map.of("conferenceId", demoCase.conferenceId(), "conferenceOn", today.toString()), key)));
        progress.once(key + ".analysed", () -> done(cases("POST", path + "/analyses", coordinator,
                Map.of("conferenceId", demoCase.conferenceId(), "analysis", demoCase.analysis()), key)));
        String actionId = progress.once(key + ".action", () -> cases("POST", path + "/actions", coordinator,
                Map.of("description", demoCase.action(), "owner", party(coordinatorOrganisation),
                        "dueOn", today.plusDays(14).toString(), "conferenceId", demoCase.conferenceId()), key)
                .path("actionId").asText());
        if (demoCase.stage().compareTo(DemoCases.Stage.REFERRED) < 0) {
            return;
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("outcome", route.informalOption());
        option.put("formalHelpReason", route.formalHelpReason());
        progress.once(key + ".informal-option", () -> done(cases("POST", path + "/informal-option", coordinator,
                option, key)));
        String referralId = progress.once(key + ".referral", () -> cases("POST", path + "/referrals", coordinator,
                Map.of("target", "ORGANISATION", "targetId", route.referralTarget()), key).path("referralId").asText());
        if (demoCase.stage().compareTo(DemoCases.Stage.REFERRAL_ACCEPTED) < 0) {
            return;
        }
        progress.once(key + ".referral-accepted", () -> done(cases("POST", "/referrals/" + referralId
                + "/acceptance", route.referralAcceptor(), null, key)));
        if (demoCase.stage().compareTo(DemoCases.Stage.HANDED_OVER) < 0) {
            return;
        }
        Map<String, Object> to = party(route.handoverTo());
        Map<String, Object> handover = new LinkedHashMap<>();
        handover.put("handedOver", "TASK");
        handover.put("actionId", actionId);
        handover.put("toKind", to.get("kind"));
        handover.put("toId", to.get("id"));
        handover.put("backstopId", route.handsOverToInformalHelp()
                ? DemoPartners.person(route.handoverBackstop()).personId() : null);
        handover.put("task", agreedTask(route.handoverTo()));
        String handoverId = progress.once(key + ".handover", () -> cases("POST", path + "/handovers", coordinator,
                handover, key).path("handoverId").asText());
        progress.once(key + ".handover-accepted", () -> done(cases("POST", "/handovers/" + handoverId
                + "/acceptance", route.handoverAcceptor(), null, key)));
        if (route.handsOverToInformalHelp()) {
            Map<String, Object> help = new LinkedHashMap<>(Map.of("helper", to, "mode", "SUPPLEMENTARY",
                    "kind", "SOCIAL", "duration", "LONG_TERM"));
            help.put("task", agreedTask(route.handoverTo()));
            progress.once(key + ".informal-help", () -> done(cases("POST", path + "/informal-help", coordinator,
                    help, key)));
        }
        if (demoCase.stage().compareTo(DemoCases.Stage.IN_AFTERCARE) < 0) {
            return;
        }
        progress.once(key + ".goal", () -> done(cases("POST", path + "/plan/goals", coordinator,
                Map.of("goal", "Weer grip op de eigen situatie, met mensen om zich heen."), key)));
        progress.once(key + ".reviewed", () -> done(cases("POST", path + "/plan/reviews", coordinator,
                Map.of("outcome", "IMPROVED", "nextReviewOn", today.plusDays(28).toString()), key)));
        progress.once(key + ".aftercare", () -> done(cases("POST", path + "/aftercare", coordinator,
                Map.of("helper", party(route.aftercareBy()), "reviewOn", today.plusDays(28).toString()), key)));
        if (demoCase.stage().compareTo(DemoCases.Stage.CLOSED) < 0) {
            return;
        }
        // Accepting a referral or handover changes the team and the task's owner a moment later; a closed case
        // takes no such change, so the case is closed once both show.
        awaitCase(path, coordinator, List.of(route.referralTarget(), (String) to.get("id")), key);
        progress.once(key + ".closed", () -> done(cases("POST", path + "/closure", coordinator,
                Map.of("reason", route.closureReason(), "outcome", route.closureOutcome(),
                        "followUpReviewOn", today.plusDays(90).toString()), key)));
        if (demoCase.signal() > 0) {
            String signalId = progress.ids.get("signal." + demoCase.signal());
            progress.once(key + ".signal-feedback", () -> done(cases("POST", "/signals/" + signalId + "/feedback",
                    coordinator, Map.of("feedback", route.closureFeedback()), key)));
        }
    }

    private static Map<String, Object> opening(DemoCases.Case demoCase, Progress progress) {
        DemoCases.Client client = demoCase.client();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", client.name());
        details.put("dateOfBirth", client.dateOfBirth().toString());
        details.put("bsn", client.bsn());
        details.put("address", client.address());
        details.put("postcode", client.postcode());
        details.put("houseNumber", client.houseNumber());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("networkId", demoCase.networkId());
        body.put("signalId", demoCase.signal() == 0 ? null : progress.ids.get("signal." + demoCase.signal()));
        body.put("clientKnownToServices", demoCase.clientKnownToServices());
        body.put("problemDomains", demoCase.problemDomains());
        body.put("acute", demoCase.acute());
        body.put("presentation", demoCase.presentation());
        body.put("legalBasis", demoCase.legalBasis());
        body.put("client", details);
        return body;
    }

    /**
     * The first kind of task a volunteer's agreement lists, or null for a party without one: a volunteer is given
     * only what they agreed to, and the demo needs no coordinator to override their limits.
     */
    private static String agreedTask(String keyOrOrganisation) {
        return DemoPartners.AGREEMENTS.stream().filter(agreement -> agreement.volunteerKey().equals(keyOrOrganisation))
                .findFirst().map(agreement -> agreement.tasks().get(0)).orElse(null);
    }

    /** An informal helper by the key of a demo person, any other party by its organisation id. */
    private static Map<String, Object> party(String keyOrOrganisation) {
        boolean person = DemoPartners.PEOPLE.stream().anyMatch(p -> p.key().equals(keyOrOrganisation));
        return person ? Map.of("kind", "INFORMAL_HELPER", "id", DemoPartners.person(keyOrOrganisation).personId())
                : Map.of("kind", "ORGANISATION", "id", keyOrOrganisation);
    }

    /**
     * Partner facts reach case-service through Kafka: until it has caught up (people, undertakings, agreements)
     * it refuses with 400 or 409 and stores nothing, so a step is tried again for a while after the cases begin.
     */
    private JsonNode cases(String method, String path, String caller, Object body, String what) {
        if (casesBegan == 0) {
            casesBegan = System.nanoTime();
        }
        HttpJson.Response response = call(method, caseServiceUrl + path, caller, body);
        while ((response.status() == 400 || response.status() == 409)
                && System.nanoTime() - casesBegan < CASE_SERVICE_CATCH_UP.toNanos()) {
            pause();
            response = call(method, caseServiceUrl + path, caller, body);
        }
        if (response.status() / 100 != 2) {
            throw new IllegalStateException("Demo " + what + " refused by case-service (" + method + " " + path
                    + "): HTTP " + response.status() + " " + response.abbreviated());
        }
        return response.body().isBlank() ? HttpJson.JSON.createObjectNode() : response.json();
    }

    private void awaitCase(String path, String caller, List<String> parties, String what) {
        long deadline = System.nanoTime() + CASE_SERVICE_CATCH_UP.toNanos();
        HttpJson.Response response = call("GET", caseServiceUrl + path, caller, null);
        while (!shows(response, parties)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Demo " + what + ": case-service did not show " + parties
                        + " on the case in time: HTTP " + response.status() + " " + response.abbreviated());
            }
            pause();
            response = call("GET", caseServiceUrl + path, caller, null);
        }
    }

    private static boolean shows(HttpJson.Response response, List<String> ids) {
        return response.status() == 200 && ids.stream().allMatch(id -> response.body().contains('"' + id + '"'));
    }

    private static String done(JsonNode ignored) {
        return "done";
    }

    /** The ids and steps taken so far, kept in a file as they are taken so an interrupted load goes on. */
    private static final class Progress {

        private final Path file;
        private final Map<String, String> ids = new LinkedHashMap<>();

        Progress(Path file) {
            this.file = file;
            if (Files.exists(file)) {
                try {
                    for (String line : Files.readAllLines(file)) {
                        int equals = line.indexOf('=');
                        if (equals > 0) {
                            ids.put(line.substring(0, equals), line.substring(equals + 1));
                        }
                    }
                } catch (IOException e) {
                    throw HttpJson.unchecked("Could not read " + file, e);
                }
            }
        }

        boolean has(String key) {
            return ids.containsKey(key);
        }

        /** The value recorded for {@code key}, taking the step first if it was not taken yet. */
        String once(String key, Supplier<String> step) {
            if (!has(key)) {
                record(key, step.get());
            }
            return ids.get(key);
        }

        void record(String key, String value) {
            ids.put(key, value);
            try {
                Files.writeString(file, key + "=" + value + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw HttpJson.unchecked("Could not write " + file, e);
            }
        }
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
