package nl.samenspel.cases;

import java.time.Instant;
import java.util.List;
import nl.samenspel.cases.vault.Sealed;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.shared.privacy.PersonalData;

/**
 * The network's coordinator gave a volunteer a task beyond their agreement's limits, for a recorded reason. Stored
 * by the aggregate that gave the task, just before the event that gives it (a handover: just after the event that
 * creates it, which gives the handover its identity); who overrode is the actor of its command. The reason is sealed under the case's primary client, as every free text about a case is.
 *
 * @param given     what was given: an action, informal help, aftercare or a handover
 * @param givenId   the id of the action, deployment or handover; absent for aftercare
 * @param volunteer the informal helper given the task
 * @param limits    the limits exceeded
 */
public record VolunteerLimitsOverridden(
        CaseId caseId,
        NetworkId networkId,
        Given given,
        String givenId,
        Party volunteer,
        List<VolunteerLimits.Limit> limits,
        @PersonalData("why a volunteer is given a task beyond their limits, sealed") Sealed reason,
        Instant overriddenAt) {

    public enum Given { ACTION, INFORMAL_HELP, AFTERCARE, HANDOVER }
}
