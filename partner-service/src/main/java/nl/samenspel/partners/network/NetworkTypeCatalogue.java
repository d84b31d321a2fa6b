package nl.samenspel.partners.network;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.NetworkType;
import nl.samenspel.contracts.Ring;
import nl.samenspel.contracts.Sector;
import nl.samenspel.contracts.SignatoryLevel;
import org.springframework.stereotype.Component;

/**
 * The defaults of each network type, read from {@code network-types.json}: a type is data, so changing what an
 * OGGZ network allows by default is an edit of that file, and no aggregate ever asks which type it is.
 */
@Component
class NetworkTypeCatalogue {

    static final String RESOURCE = "/network-types.json";

    /** One type's defaults as the data file and {@code GET /network-types} show them. */
    /**
     * @param covenantSignatoryLevels the levels at which a member's signature on the privacy covenant is accepted:
     *                                a covenant binds the organisation, so each type names who may bind it
     */
    record NetworkTypeDefaults(NetworkType type, List<LegalBasis> allowedLegalBases, boolean coreClosed,
            List<Sector> closedCoreSectors, List<Ring> informalPartyRings, boolean informalOptionFirst,
            List<SignatoryLevel> covenantSignatoryLevels) {

        Set<SignatoryLevel> acceptedSignatoryLevels() {
            return Set.copyOf(covenantSignatoryLevels);
        }

        /** The type's configuration with no inclusion criteria. */
        NetworkConfiguration configuration() {
            return new NetworkConfiguration(Set.copyOf(allowedLegalBases), coreClosed, Set.copyOf(closedCoreSectors),
                    Set.copyOf(informalPartyRings), informalOptionFirst, null, null, Set.of(), null);
        }
    }

    private final Map<NetworkType, NetworkTypeDefaults> types = new EnumMap<>(NetworkType.class);

    NetworkTypeCatalogue(ObjectMapper json) {
        List<NetworkTypeDefaults> entries;
        try (InputStream data = NetworkTypeCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (data == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            entries = json.readValue(data, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        for (NetworkTypeDefaults entry : entries) {
            // Fail at start-up rather than on the first registration of a type whose defaults are broken.
            entry.configuration().requireValid();
            if (entry.covenantSignatoryLevels() == null || entry.covenantSignatoryLevels().isEmpty()) {
                throw new IllegalStateException(RESOURCE + " accepts no covenant signatory level for " + entry.type());
            }
            if (types.put(entry.type(), entry) != null) {
                throw new IllegalStateException(RESOURCE + " lists " + entry.type() + " twice");
            }
        }
        for (NetworkType type : NetworkType.values()) {
            if (!types.containsKey(type)) {
                throw new IllegalStateException(RESOURCE + " has no defaults for " + type);
            }
        }
    }

    NetworkTypeDefaults defaults(NetworkType type) {
        return types.get(type);
    }

    List<NetworkTypeDefaults> all() {
        return List.copyOf(types.values());
    }
}
