package nl.samenspel.cases.access;

import java.util.Objects;
import java.util.Optional;
import nl.samenspel.partnerfacts.access.Refusal;

/**
 * How much of one case one actor may see, as {@link CasePermissions#mayReadCase} decides it. Every read of the
 * case and of what belongs to it (its referrals, handovers, feedback, tasks) takes the same decision, so a list
 * never shows what the case detail would refuse.
 *
 * @param refusal set when the actor has a place on the case but partner facts refuse them its data now (R3: no
 *                covenant or undertaking, R4: outer ring); the reader is then told why (403), not that the case
 *                does not exist
 */
public record CaseAccess(Level level, Optional<Refusal> refusal) {

    /**
     * What a reader gets (R5: enough to act; R6: no more). Ordered from nothing to everything.
     * <ul>
     *   <li>{@code TASK}: a volunteer owning an action in person: their action and the primary client's name and
     *       address.</li>
     *   <li>{@code DEPLOYED}: an organisation owning an action outside the case team: its own actions and the
     *       clients' names and addresses.</li>
     *   <li>{@code TEAM}: an organisation in the case team: the case, dates of birth included, but no BSN.</li>
     *   <li>{@code FULL}: whoever runs the case (the network's coordinator, the lead): everything, the BSN
     *       included.</li>
     * </ul>
     */
    public enum Level { NONE, TASK, DEPLOYED, TEAM, FULL }

    public static final CaseAccess NONE = new CaseAccess(Level.NONE, Optional.empty());

    public CaseAccess {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(refusal, "refusal");
    }

    static CaseAccess granted(Level level) {
        return new CaseAccess(level, Optional.empty());
    }

    static CaseAccess refused(Level level, Refusal refusal) {
        return new CaseAccess(level, Optional.of(refusal));
    }

    /** Whether the actor may know the case exists: anyone else is told it does not (404). */
    public boolean isKnown() {
        return level != Level.NONE;
    }

    /** Known and not refused: the actor reads at {@link #level()}. */
    public boolean isPermitted() {
        return isKnown() && refusal.isEmpty();
    }

    /** Permitted at {@code minimum} or more. */
    public boolean atLeast(Level minimum) {
        return isPermitted() && level.compareTo(minimum) >= 0;
    }
}
