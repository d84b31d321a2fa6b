package nl.samenspel.partners.network;

import java.util.Set;
import java.util.regex.Pattern;
import nl.samenspel.contracts.LegalBasis;
import nl.samenspel.contracts.OrganisationId;
import nl.samenspel.contracts.Ring;
import nl.samenspel.contracts.Sector;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.domain.RuleViolation;

/**
 * How a network works, resolved before it reaches the aggregate: the network type only supplies defaults
 * (see {@link NetworkTypeCatalogue}), so no rule below depends on the type.
 *
 * @param closedCoreSectors    sectors admitted to a closed core; empty when the core is open
 * @param informalPartyRings   rings an informal party may be invited or moved into
 * @param neighbourhoods       CBS wijk and buurt codes served; empty means the whole municipality
 * @param inclusionDescription inclusion criteria in words, never about a person; may be null
 */
public record NetworkConfiguration(
        Set<LegalBasis> allowedLegalBases,
        boolean coreClosed,
        Set<Sector> closedCoreSectors,
        Set<Ring> informalPartyRings,
        boolean informalOptionFirst,
        Integer minimumAge,
        Integer maximumAge,
        Set<String> neighbourhoods,
        String inclusionDescription) {

    static final int MAX_AGE = 120;
    static final int MAX_NEIGHBOURHOODS = 200;
    static final int MAX_DESCRIPTION_LENGTH = 500;
    private static final Pattern NEIGHBOURHOOD_CODE = Pattern.compile("WK[0-9]{6}|BU[0-9]{8}");
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");

    /** Copies the sets, so a configuration held by the aggregate cannot change under it. */
    public NetworkConfiguration {
        allowedLegalBases = allowedLegalBases == null ? null : Set.copyOf(allowedLegalBases);
        closedCoreSectors = closedCoreSectors == null ? null : Set.copyOf(closedCoreSectors);
        informalPartyRings = informalPartyRings == null ? null : Set.copyOf(informalPartyRings);
        neighbourhoods = neighbourhoods == null ? null : Set.copyOf(neighbourhoods);
    }

    /** Whether an organisation may sit in {@code ring}, or else the rule it breaks. */
    void requireAdmits(boolean informalParty, Sector sector, Ring ring, OrganisationId organisationId) {
        if (ring == Ring.CORE && coreClosed && informalParty) {
            throw new RuleViolation("closed-core-refuses-informal-party",
                    "The core of this network is closed: informal party " + organisationId
                            + " can sit in the outer ring or be represented by the informal representative.");
        }
        if (ring == Ring.CORE && coreClosed && !closedCoreSectors.contains(sector)) {
            throw new RuleViolation("sector-not-admitted-to-closed-core",
                    "The core of this network is closed to sector " + sector + " (organisation " + organisationId + ").");
        }
        if (informalParty && !informalPartyRings.contains(ring)) {
            throw new RuleViolation("ring-closed-to-informal-parties",
                    "Informal party " + organisationId + " may not sit in the " + ring + " ring of this network.");
        }
    }

    /**
     * Checked in the aggregate as well as at the API: every stored configuration is published as-is, so it
     * must fit the published schema whoever sent it.
     */
    void requireValid() {
        if (allowedLegalBases == null || allowedLegalBases.isEmpty()) {
            throw new InvalidField("allowedLegalBases", "must name at least one legal basis");
        }
        if (closedCoreSectors == null) {
            throw new InvalidField("closedCoreSectors", "must not be null");
        }
        if (coreClosed && closedCoreSectors.isEmpty()) {
            throw new InvalidField("closedCoreSectors", "must name the sectors admitted to a closed core");
        }
        if (!coreClosed && !closedCoreSectors.isEmpty()) {
            throw new InvalidField("closedCoreSectors", "must be empty when the core is open");
        }
        if (informalPartyRings == null || informalPartyRings.isEmpty()) {
            throw new InvalidField("informalPartyRings", "must name at least one ring");
        }
        if (coreClosed && informalPartyRings.contains(Ring.CORE)) {
            throw new InvalidField("informalPartyRings", "must not contain CORE when the core is closed");
        }
        requireAge("minimumAge", minimumAge);
        requireAge("maximumAge", maximumAge);
        if (minimumAge != null && maximumAge != null && minimumAge > maximumAge) {
            throw new InvalidField("maximumAge", "must not be below minimumAge");
        }
        if (neighbourhoods == null) {
            throw new InvalidField("neighbourhoods", "must not be null");
        }
        if (neighbourhoods.size() > MAX_NEIGHBOURHOODS) {
            throw new InvalidField("neighbourhoods", "must name at most " + MAX_NEIGHBOURHOODS + " neighbourhoods");
        }
        for (String code : neighbourhoods) {
            if (code == null || !NEIGHBOURHOOD_CODE.matcher(code).matches()) {
                throw new InvalidField("neighbourhoods",
                        "must be CBS wijkcodes (WK followed by 6 digits) or buurtcodes (BU followed by 8 digits)");
            }
        }
        if (inclusionDescription != null) {
            if (inclusionDescription.length() > MAX_DESCRIPTION_LENGTH) {
                throw new InvalidField("inclusionDescription",
                        "must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
            }
            if (CONTROL_CHARACTERS.matcher(inclusionDescription).find()) {
                throw new InvalidField("inclusionDescription", "must not contain control characters");
            }
        }
    }

    private static void requireAge(String field, Integer age) {
        if (age != null && (age < 0 || age > MAX_AGE)) {
            throw new InvalidField(field, "must be between 0 and " + MAX_AGE);
        }
    }
}
