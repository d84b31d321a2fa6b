package nl.samenspel.partners.socialmap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.ServiceId;
import nl.samenspel.partners.Parties;
import nl.samenspel.partners.PartnerRules;
import nl.samenspel.partners.access.PartnerPermissions;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.domain.NotPermitted;
import nl.samenspel.shared.domain.RuleViolation;
import nl.samenspel.shared.security.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A service an organisation offers on the social map (sociale kaart): what it is, for which needs, where,
 * how many places and how to reach it. Self-help groups offer services like anyone else; nothing here can
 * hold a member, because a self-help group is anonymous by nature.
 */
@Aggregate
public class OfferedService {

    /** The longest description and contact text the published schemas accept. */
    static final int MAX_TEXT_LENGTH = 500;

    @AggregateIdentifier
    private ServiceId serviceId;
    private OrganisationId organisationId;
    private ServiceDescription service;
    private boolean withdrawn;

    protected OfferedService() {
        // Axon rebuilds the aggregate from its events.
    }

    /** Checked here as well as at the API: every stored event is published as-is and must fit its schema. */
    @CommandHandler
    public OfferedService(OfferService command, Parties parties, PartnerPermissions permissions, Clock clock) {
        if (command.organisationId() == null) {
            throw new InvalidField("organisationId", "must not be null");
        }
        requireCurates(permissions, command.actor(), command.organisationId());
        ServiceDescription valid = valid(command.service());
        if (parties.organisation(command.organisationId()).isEmpty()) {
            throw new InvalidField("organisationId", "is not a registered organisation");
        }
        apply(new ServiceOffered(command.serviceId(), command.organisationId(), valid, PartnerRules.now(clock)));
    }

    @CommandHandler
    void handle(ChangeService command, PartnerPermissions permissions, Clock clock) {
        requireCurates(permissions, command.actor(), organisationId);
        ServiceDescription valid = valid(command.service());
        refuseWhenWithdrawn("service-withdrawn", "was withdrawn and can no longer be changed");
        if (valid.equals(service)) {
            throw new RuleViolation("service-unchanged",
                    "Service " + serviceId + " already has exactly this description.");
        }
        apply(new ServiceChanged(serviceId, organisationId, valid, PartnerRules.now(clock)));
    }

    @CommandHandler
    void handle(WithdrawService command, PartnerPermissions permissions, Clock clock) {
        requireCurates(permissions, command.actor(), organisationId);
        refuseWhenWithdrawn("service-already-withdrawn", "is already withdrawn");
        apply(new ServiceWithdrawn(serviceId, organisationId, PartnerRules.now(clock)));
    }

    private static void requireCurates(PartnerPermissions permissions, Actor actor, OrganisationId organisation) {
        if (!permissions.curatesFactsOf(actor, organisation)) {
            throw new NotPermitted("A service is managed by its own organisation or a coordinator.");
        }
    }

    private void refuseWhenWithdrawn(String code, String what) {
        if (withdrawn) {
            throw new RuleViolation(code, "Service " + serviceId + " " + what + ".");
        }
    }

    /** The description with immutable sets, so stored events and equality do not depend on the caller's sets. */
    private static ServiceDescription valid(ServiceDescription service) {
        if (service == null) {
            throw new InvalidField("service", "must not be null");
        }
        PartnerRules.requireDisplayName("name", service.name());
        PartnerRules.requireText("description", service.description(), MAX_TEXT_LENGTH);
        if (service.needs() == null || service.needs().isEmpty()) {
            throw new InvalidField("needs", "must name at least one need");
        }
        if (service.needs().stream().anyMatch(Objects::isNull)) {
            throw new InvalidField("needs", "must not contain null");
        }
        if (service.kindOfHelp() == null) {
            throw new InvalidField("kindOfHelp", "must not be null");
        }
        PartnerRules.requireNeighbourhoods("neighbourhoods", service.neighbourhoods());
        if (service.capacity() != null && service.capacity() < 1) {
            throw new InvalidField("capacity", "must be at least 1 place, or absent when not limited");
        }
        PartnerRules.requireText("howToReach", service.howToReach(), MAX_TEXT_LENGTH);
        return new ServiceDescription(service.name(), service.description(), Set.copyOf(service.needs()),
                service.kindOfHelp(), Set.copyOf(service.neighbourhoods()), service.capacity(), service.howToReach());
    }

    @EventSourcingHandler
    void on(ServiceOffered event) {
        serviceId = event.serviceId();
        organisationId = event.organisationId();
        service = event.service();
    }

    @EventSourcingHandler
    void on(ServiceChanged event) {
        service = event.service();
    }

    @EventSourcingHandler
    void on(ServiceWithdrawn event) {
        withdrawn = true;
    }
}
