package nl.samenspel.partners.people;

import java.time.Instant;
import nl.samenspel.contracts.PersonId;

/**
 * A login was linked to a person: a token with this subject is now this person, here and, through
 * {@code PersonAccountLinkedV1}, in the services that decide on a volunteer's own tasks. Replaces an earlier link.
 */
public record PersonAccountLinked(PersonId personId, String accountId, Instant linkedAt) {
}
