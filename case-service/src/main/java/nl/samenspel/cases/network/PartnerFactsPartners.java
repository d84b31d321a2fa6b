package nl.samenspel.cases.network;

import java.util.Optional;
import nl.samenspel.cases.Partners;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.partnerfacts.PartnerNetworks;
import nl.samenspel.partnerfacts.PartnerParties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link Partners} on case-service's partner-fact tables. */
@Component
public class PartnerFactsPartners implements Partners {

    private final PartnerNetworks networks;
    private final PartnerParties parties;

    public PartnerFactsPartners(PartnerNetworks networks, JdbcTemplate jdbc) {
        this.networks = networks;
        this.parties = new PartnerParties(jdbc);
    }

    @Override
    public Optional<OrganisationId> coordinatorOf(NetworkId network) {
        return networks.find(network).flatMap(PartnerNetworks.Network::coordinatorOrganisation);
    }

    @Override
    public boolean isKnownNetwork(NetworkId network) {
        return networks.isKnown(network);
    }

    @Override
    public boolean informalOptionFirst(NetworkId network) {
        return networks.find(network).flatMap(PartnerNetworks.Network::configuration)
                .map(PartnerNetworks.Configuration::informalOptionFirst).orElse(false);
    }

    @Override
    public Optional<PartnerParties.Organisation> organisation(OrganisationId organisation) {
        return parties.organisation(organisation);
    }

    @Override
    public Optional<PartnerParties.Person> person(PersonId person) {
        return parties.person(person);
    }

    @Override
    public Optional<PartnerParties.Person> personSigningInAs(String accountId) {
        return parties.personSigningInAs(accountId);
    }
}
