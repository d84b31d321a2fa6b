package nl.samenspel.cases.access;

import java.time.LocalDate;
import java.util.Optional;
import nl.samenspel.cases.client.ClientDetails;
import nl.samenspel.cases.client.SealedClientDetails;
import nl.samenspel.cases.vault.PersonalDataVault;
import nl.samenspel.cases.vault.Sealed;
import org.springframework.stereotype.Component;

/**
 * The one place in case-service that opens sealed personal data (an ArchUnit rule keeps it so), and for a case only
 * as far as a {@link CaseAccess} allows:
 * R5 (whoever is given an action gets enough to act on it) and R6 (no more). Everything is opened per read, so an
 * erased client reads as absent everywhere at once.
 * <ul>
 *   <li>BSN: only {@code FULL} (whoever runs the case).</li>
 *   <li>Date of birth, analyses, goals, every action's description, handover feedback: {@code TEAM} and up.</li>
 *   <li>Name and address (or postcode and house number): {@code TASK} and up, so a helper can find the client.</li>
 *   <li>One's own action's description: {@code TASK} and up.</li>
 * </ul>
 */
@Component
public class CaseDisclosure {

    private final PersonalDataVault vault;

    public CaseDisclosure(PersonalDataVault vault) {
        this.vault = vault;
    }

    /** The client's details as far as the access allows; empty when it allows none, and once the client was erased. */
    public Optional<ClientDetails> client(CaseAccess access, SealedClientDetails sealed) {
        if (sealed == null || !access.atLeast(CaseAccess.Level.TASK)) {
            return Optional.empty();
        }
        boolean team = access.atLeast(CaseAccess.Level.TEAM);
        boolean full = access.atLeast(CaseAccess.Level.FULL);
        return vault.open(sealed.name()).map(name -> new ClientDetails(name,
                team ? vault.open(sealed.dateOfBirth()).map(LocalDate::parse).orElse(null) : null,
                full ? vault.openNullable(sealed.bsn()).orElse(null) : null,
                vault.openNullable(sealed.address()).orElse(null), vault.openNullable(sealed.postcode()).orElse(null),
                vault.openNullable(sealed.houseNumber()).orElse(null)));
    }

    /** A text about the case as a whole (an analysis, a goal, someone else's action): for the team and up. */
    public Optional<String> caseText(CaseAccess access, Sealed sealed) {
        return access.atLeast(CaseAccess.Level.TEAM) ? vault.openNullable(sealed) : Optional.empty();
    }

    /** An action's description: for the team and up, and for its owner, who needs it to act (R5). */
    public Optional<String> actionDescription(CaseAccess access, Sealed sealed, boolean ownAction) {
        return access.atLeast(ownAction ? CaseAccess.Level.TASK : CaseAccess.Level.TEAM) ? vault.openNullable(sealed)
                : Optional.empty();
    }

    /** What the receiving party reported back on a handover: about the client, so for the team and up. */
    public Optional<String> handoverFeedback(CaseAccess access, Sealed sealed) {
        return caseText(access, sealed);
    }

    /**
     * A signal's concern or the feedback on it. A signal belongs to no case yet; who reads it is decided before it is
     * looked up, by {@link CasePermissions}: the network's coordinator, or its own signaller, found by blind index.
     * Both may read its texts.
     */
    public Optional<String> signalText(Sealed sealed) {
        return vault.openNullable(sealed);
    }

    /**
     * A consultative question or the advice on it: anonymised when asked (the text check refuses names, BSNs,
     * addresses and phone numbers), for the network's members as {@link CasePermissions} decides, or for the holder
     * of its retrieval token.
     */
    public Optional<String> questionText(Sealed sealed) {
        return vault.openNullable(sealed);
    }
}
