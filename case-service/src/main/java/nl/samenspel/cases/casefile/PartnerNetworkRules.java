package nl.samenspel.cases.casefile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.samenspel.cases.Party;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.partnerfacts.PartnerNetworks;
import nl.samenspel.partnerfacts.access.Deployment;
import nl.samenspel.partnerfacts.access.PartyAccess;
import nl.samenspel.partnerfacts.access.Recipient;
import org.springframework.stereotype.Component;

/** {@link NetworkRules} on this service's local copy of partner facts. */
@Component
class PartnerNetworkRules implements NetworkRules {

    private final PartnerNetworks networks;
    private final PartyAccess access;

    PartnerNetworkRules(PartnerNetworks networks, PartyAccess access) {
        this.networks = networks;
        this.access = access;
    }

    @Override
    public Optional<Network> find(NetworkId networkId) {
        return networks.find(networkId).map(network -> new Network(network.coordinatorOrganisation(),
                network.configuration().map(PartnerNetworks.Configuration::allowedLegalBases).orElse(List.of()),
                network.configuration().map(PartnerNetworks.Configuration::informalOptionFirst).orElse(false)));
    }

    /** Decided as if the party were deployed already: joining the team is what deploys it. */
    @Override
    public Optional<Refused> refusalToDeploy(NetworkId networkId, Party party) {
        Recipient recipient;
        Deployment deployment;
        if (party.isOrganisation()) {
            OrganisationId organisation = OrganisationId.of(party.id());
            recipient = Recipient.organisation(organisation);
            deployment = Deployment.of(List.of(organisation), List.of());
        } else {
            PersonId person = PersonId.of(party.id());
            recipient = Recipient.person(person);
            deployment = Deployment.of(List.of(), List.of(person));
        }
        return access.decide(networkId, recipient, deployment).refusal().map(refusal -> new Refused(
                refusal.name().toLowerCase(Locale.ROOT).replace('_', '-'), refusal.explanation()));
    }
}
