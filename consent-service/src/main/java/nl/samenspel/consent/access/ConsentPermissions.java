package nl.samenspel.consent.access;

import nl.samenspel.shared.security.Roles;

/**
 * Who may ask what of consent-service: the only class here that names roles. Today that is one question, whether
 * a party may receive a case's personal data. The answer holds no client data but tells who is covered, so only
 * those who pass a case's data on (network coordinators, professionals, partner systems) and the privacy officer
 * who checks them may ask; a municipality analyst has no case to pass on, and a volunteer or citizen has no business
 * probing who is covered.
 */
public final class ConsentPermissions {

    /** Network coordinators, professionals, partner systems and privacy officers. */
    public static final String ASKS_ACCESS_DECISIONS = "hasAnyRole('" + Roles.NETWORK_COORDINATOR + "','"
            + Roles.PROFESSIONAL + "','" + Roles.PARTNER_SYSTEM + "','" + Roles.PRIVACY_OFFICER + "')";

    private ConsentPermissions() {
    }
}
