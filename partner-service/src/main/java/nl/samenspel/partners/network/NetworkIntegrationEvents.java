package nl.samenspel.partners.network;

import java.util.Collection;
import java.util.List;
import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.partners.InformalPartyRepresentedV1;
import nl.samenspel.contracts.partners.InformalRepresentativeAppointedV1;
import nl.samenspel.contracts.partners.NetworkConfiguredV1;
import nl.samenspel.contracts.partners.NetworkRegisteredV1;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

@Component
class NetworkIntegrationEvents implements IntegrationEventTranslator<NetworkRegistered> {

    @Override
    public Class<NetworkRegistered> sourceType() {
        return NetworkRegistered.class;
    }

    @Override
    public IntegrationEvent translate(NetworkRegistered event) {
        return new NetworkRegisteredV1(event.networkId().value(), event.name(), event.type(), event.municipalityCode(),
                event.coordinatorOrganisation().value(), event.registeredAt());
    }

    /** Sorted, so the same configuration is always published as the same JSON. */
    static <T extends Comparable<? super T>> List<T> sorted(Collection<T> values) {
        return values.stream().sorted().toList();
    }

    @Component
    static class Configured implements IntegrationEventTranslator<NetworkConfigured> {

        @Override
        public Class<NetworkConfigured> sourceType() {
            return NetworkConfigured.class;
        }

        @Override
        public IntegrationEvent translate(NetworkConfigured event) {
            NetworkConfiguration c = event.configuration();
            return new NetworkConfiguredV1(event.networkId().value(), sorted(c.allowedLegalBases()), c.coreClosed(),
                    sorted(c.closedCoreSectors()), sorted(c.informalPartyRings()), c.informalOptionFirst(),
                    c.minimumAge(), c.maximumAge(), sorted(c.neighbourhoods()), c.inclusionDescription(),
                    event.configuredAt());
        }
    }

    @Component
    static class RepresentativeAppointed implements IntegrationEventTranslator<InformalRepresentativeAppointed> {

        @Override
        public Class<InformalRepresentativeAppointed> sourceType() {
            return InformalRepresentativeAppointed.class;
        }

        @Override
        public IntegrationEvent translate(InformalRepresentativeAppointed event) {
            return new InformalRepresentativeAppointedV1(event.networkId().value(), event.personId().asString(),
                    event.organisationId().value(), event.appointedAt());
        }
    }

    @Component
    static class PartyRepresented implements IntegrationEventTranslator<InformalPartyRepresented> {

        @Override
        public Class<InformalPartyRepresented> sourceType() {
            return InformalPartyRepresented.class;
        }

        @Override
        public IntegrationEvent translate(InformalPartyRepresented event) {
            return new InformalPartyRepresentedV1(event.networkId().value(), event.organisationId().value(),
                    event.representativeId().asString(), event.representedSince());
        }
    }
}
