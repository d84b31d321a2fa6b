package nl.samenspel.partners.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenspel.contracts.NetworkType;
import org.junit.jupiter.api.Test;

class NetworkTypeCatalogueTest {

    private final NetworkTypeCatalogue catalogue = new NetworkTypeCatalogue(new ObjectMapper());

    @Test
    void anOggzNetworkHasAClosedCoreAndKeepsInformalPartiesInTheOuterRing() {
        assertThat(catalogue.defaults(NetworkType.OGGZ).configuration()).isEqualTo(NetworkTest.OGGZ);
    }

    @Test
    void aNeighbourhoodNetworkHasAnOpenCoreAndAssessesTheInformalOptionFirst() {
        assertThat(catalogue.defaults(NetworkType.NEIGHBOURHOOD).configuration()).isEqualTo(NetworkTest.NEIGHBOURHOOD);
    }

    @Test
    void listsEveryTypeOnce() {
        assertThat(catalogue.all()).extracting(NetworkTypeCatalogue.NetworkTypeDefaults::type)
                .containsExactlyInAnyOrder(NetworkType.values());
    }
}
