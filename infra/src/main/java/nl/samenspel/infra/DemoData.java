package nl.samenspel.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
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
    public record Result(boolean alreadyLoaded, int networks, int signals) {
    }

    private final OidcTokens tokens;
    private final String partnerServiceUrl;
    private final String caseServiceUrl;
    private final Map<String, String> tokenByUser = new HashMap<>();

    public DemoData(OidcTokens tokens, String partnerServiceUrl, String caseServiceUrl) {
        this.tokens = tokens;
        this.partnerServiceUrl = partnerServiceUrl;
        this.caseServiceUrl = caseServiceUrl;
    }

    /**
     * Loads the demo data unless {@code home} has the marker of an earlier load. An interrupted load goes on where
     * it stopped next time: networks answer 409 then, and signals already raised are listed in a progress file,
     * so none is raised twice.
     */
    public Result loadOnce(Path home) {
        Path marker = home.resolve(MARKER_FILE);
        if (Files.exists(marker)) {
            return new Result(true, 0, 0);
        }
        Path progress = home.resolve(PROGRESS_FILE);
        int networks = createNetworks();
        Map<String, String> signalIds = raiseSignals(progress);
        try {
            StringBuilder content = new StringBuilder("# Demo data loaded " + Instant.now() + "; delete this file to load it again.\n");
            signalIds.forEach((key, id) -> content.append(key).append('=').append(id).append('\n'));
            Files.writeString(marker, content);
            Files.deleteIfExists(progress);
        } catch (IOException e) {
            throw HttpJson.unchecked("Could not write " + marker, e);
        }
        return new Result(false, networks, signalIds.size());
    }

    private int createNetworks() {
        for (Network network : NETWORKS) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", network.name());
            body.put("type", network.type());
            body.put("municipalityCode", MUNICIPALITY_CODE);
            body.put("coordinatorOrganisation", network.coordinatorOrganisation());
            HttpJson.Response response = call("PUT", partnerServiceUrl + "/networks/" + network.id(), network.coordinatorUsername(), body);
            if (response.status() != 200 && response.status() != 201 && response.status() != 409) {
                throw new IllegalStateException("Demo network " + network.id() + " refused by partner-service: HTTP "
                        + response.status() + " " + response.abbreviated());
            }
        }
        return NETWORKS.size();
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

    private HttpJson.Response call(String method, String url, String username, Map<String, Object> body) {
        String token = tokenByUser.computeIfAbsent(username, user -> tokens.forUser(user, PASSWORD));
        try {
            return HttpJson.send(method, url, token, body);
        } catch (IOException e) {
            throw HttpJson.unchecked(method + " " + url, e);
        }
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
