package nl.samenspel.partners.network;

import nl.samenspel.contracts.IntegrationEvent;
import nl.samenspel.contracts.partners.CovenantSignedV1;
import nl.samenspel.contracts.partners.CovenantWithdrawnV1;
import nl.samenspel.contracts.partners.MemberJoinedV1;
import nl.samenspel.contracts.partners.MemberLeftV1;
import nl.samenspel.contracts.partners.MemberMovedV1;
import nl.samenspel.contracts.partners.OrganisationInvitedV1;
import nl.samenspel.shared.messaging.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

/** Membership and covenant events as other services see them: ids, rings and times only. */
final class MembershipIntegrationEvents {

    private MembershipIntegrationEvents() {
    }

    @Component
    static class Invited implements IntegrationEventTranslator<OrganisationInvited> {

        @Override
        public Class<OrganisationInvited> sourceType() {
            return OrganisationInvited.class;
        }

        @Override
        public IntegrationEvent translate(OrganisationInvited event) {
            return new OrganisationInvitedV1(event.networkId().value(), event.organisationId().value(), event.ring(),
                    event.invitedAt());
        }
    }

    @Component
    static class Joined implements IntegrationEventTranslator<MemberJoined> {

        @Override
        public Class<MemberJoined> sourceType() {
            return MemberJoined.class;
        }

        @Override
        public IntegrationEvent translate(MemberJoined event) {
            return new MemberJoinedV1(event.networkId().value(), event.organisationId().value(), event.ring(),
                    event.joinedAt());
        }
    }

    @Component
    static class Moved implements IntegrationEventTranslator<MemberMoved> {

        @Override
        public Class<MemberMoved> sourceType() {
            return MemberMoved.class;
        }

        @Override
        public IntegrationEvent translate(MemberMoved event) {
            return new MemberMovedV1(event.networkId().value(), event.organisationId().value(), event.fromRing(),
                    event.toRing(), event.movedAt());
        }
    }

    @Component
    static class Left implements IntegrationEventTranslator<MemberLeft> {

        @Override
        public Class<MemberLeft> sourceType() {
            return MemberLeft.class;
        }

        @Override
        public IntegrationEvent translate(MemberLeft event) {
            return new MemberLeftV1(event.networkId().value(), event.organisationId().value(), event.ring(),
                    event.reason(), event.leftAt());
        }
    }

    @Component
    static class Signed implements IntegrationEventTranslator<CovenantSigned> {

        @Override
        public Class<CovenantSigned> sourceType() {
            return CovenantSigned.class;
        }

        @Override
        public IntegrationEvent translate(CovenantSigned event) {
            return new CovenantSignedV1(event.networkId().value(), event.organisationId().value(),
                    event.signatoryId().asString(), event.level(), event.signedAt());
        }
    }

    @Component
    static class Withdrawn implements IntegrationEventTranslator<CovenantWithdrawn> {

        @Override
        public Class<CovenantWithdrawn> sourceType() {
            return CovenantWithdrawn.class;
        }

        @Override
        public IntegrationEvent translate(CovenantWithdrawn event) {
            return new CovenantWithdrawnV1(event.networkId().value(), event.organisationId().value(),
                    event.withdrawnAt());
        }
    }
}
