package nl.samenspel.partners.parties;

import java.util.Optional;
import java.util.function.Function;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.PersonId;
import nl.samenspel.partners.Parties;
import nl.samenspel.partners.network.Network;
import nl.samenspel.partners.organisation.Organisation;
import nl.samenspel.partners.people.Person;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * {@link Parties} answered by loading the aggregates themselves. Only valid inside a command handler's
 * unit of work, which is the only place aggregates ask; the loaded aggregate is locked until that
 * unit of work ends and is never changed.
 */
@Component
class AggregateParties implements Parties {

    private final Repository<Organisation> organisations;
    private final Repository<Person> people;
    private final Repository<Network> networks;

    AggregateParties(Repository<Organisation> organisationRepository, Repository<Person> personRepository,
            Repository<Network> networkRepository) {
        this.organisations = organisationRepository;
        this.people = personRepository;
        this.networks = networkRepository;
    }

    @Override
    public Optional<OrganisationFacts> organisation(OrganisationId organisationId) {
        return facts(organisations, organisationId.value(), Organisation::facts);
    }

    @Override
    public Optional<PersonFacts> person(PersonId personId) {
        return facts(people, personId.toString(), Person::facts);
    }

    @Override
    public Optional<NetworkFacts> network(NetworkId networkId) {
        return facts(networks, networkId.value(), Network::facts);
    }

    private static <A, F> Optional<F> facts(Repository<A> repository, String id, Function<A, F> facts) {
        try {
            return Optional.of(repository.load(id).invoke(facts));
        } catch (AggregateNotFoundException unknown) {
            return Optional.empty();
        }
    }
}
