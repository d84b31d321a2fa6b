package nl.samenspel.contracts.partners;

import java.time.Instant;
import nl.samenspel.contracts.CloudEventType;
import nl.samenspel.contracts.IntegrationEvent;

/**
 * A person's login was linked to them: from now on, a token with this subject is this person. Other services
 * need it to know a volunteer who signs in as the informal helper a task or handover names (R6); a later link
 * replaces an earlier one. The account id is the identity provider's opaque subject, not a user name or an
 * e-mail address.
 *
 * @param personId  the person, also the subject
 * @param accountId the token subject ({@code sub}) the person signs in with
 * @param linkedAt  when
 */
@CloudEventType(value = "nl.samenspel.partner.person-account-linked", schemaVersion = 1)
public record PersonAccountLinkedV1(
        String personId,
        String accountId,
        Instant linkedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return personId;
    }
}
