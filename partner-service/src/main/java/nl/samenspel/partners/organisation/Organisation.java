package nl.samenspel.partners.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.Set;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.partners.Parties;
import nl.samenspel.partners.PartnerRules;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.domain.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A partner organisation in the networks: what kind of help it gives, what kind of party it is, who
 * carries its work, its sector and the neighbourhoods it serves. Its id is the slug Keycloak tokens
 * carry in the {@code organisation} claim.
 */
@Aggregate
public class Organisation {

    @AggregateIdentifier
    private OrganisationId organisationId;
    private Set<String> neighbourhoods;
    private Parties.OrganisationFacts facts;

    protected Organisation() {
        // Axon rebuilds the aggregate from its events.
    }

    /**
     * Checked here as well as at the API: every stored event is published as-is, so an organisation
     * the domain accepted must always fit the published schema, whoever sent the command.
     */
    @CommandHandler
    public Organisation(RegisterOrganisation command, Clock clock) {
        refuseInvalid(command);
        apply(new OrganisationRegistered(command.organisationId(), command.name(), command.kindOfHelp(),
                command.kindOfParty(), command.organisationType(), command.sector(), command.municipalityCode(),
                Set.copyOf(command.neighbourhoods()), PartnerRules.now(clock)));
    }

    @CommandHandler
    void handle(ChangeServiceArea command, Clock clock) {
        PartnerRules.requireNeighbourhoods("neighbourhoods", command.neighbourhoods());
        if (neighbourhoods.equals(command.neighbourhoods())) {
            throw new RuleViolation("service-area-unchanged",
                    "Organisation " + organisationId + " already serves exactly these neighbourhoods.");
        }
        apply(new ServiceAreaChanged(organisationId, Set.copyOf(command.neighbourhoods()), PartnerRules.now(clock)));
    }

    private static void refuseInvalid(RegisterOrganisation command) {
        PartnerRules.requireDisplayName("name", command.name());
        if (command.kindOfHelp() == null) {
            throw new InvalidField("kindOfHelp", "must not be null");
        }
        if (command.kindOfParty() == null) {
            throw new InvalidField("kindOfParty", "must not be null");
        }
        if (command.organisationType() == null) {
            throw new InvalidField("organisationType", "must not be null");
        }
        if (command.sector() == null) {
            throw new InvalidField("sector", "must not be null");
        }
        PartnerRules.requireMunicipalityCode("municipalityCode", command.municipalityCode());
        PartnerRules.requireNeighbourhoods("neighbourhoods", command.neighbourhoods());
    }

    /** What other aggregates may know of this organisation when they decide. */
    public Parties.OrganisationFacts facts() {
        return facts;
    }

    @EventSourcingHandler
    void on(OrganisationRegistered event) {
        organisationId = event.organisationId();
        facts = new Parties.OrganisationFacts(event.organisationId(), event.kindOfHelp(), event.kindOfParty(),
                event.organisationType(), event.sector());
        neighbourhoods = Set.copyOf(event.neighbourhoods());
    }

    @EventSourcingHandler
    void on(ServiceAreaChanged event) {
        neighbourhoods = Set.copyOf(event.neighbourhoods());
    }
}
