package nl.samenspel.shared.security;

/**
 * Realm roles issued by Keycloak (realm {@code samenspel}). Spring authorities are these names
 * with the {@code ROLE_} prefix, so {@code hasRole(Roles.VOLUNTEER)} works in {@code @PreAuthorize}.
 */
public final class Roles {

    public static final String NETWORK_COORDINATOR = "network-coordinator";
    public static final String PROFESSIONAL = "professional";
    public static final String VOLUNTEER = "volunteer";
    public static final String INFORMAL_REPRESENTATIVE = "informal-representative";
    public static final String MUNICIPALITY_ANALYST = "municipality-analyst";
    public static final String PRIVACY_OFFICER = "privacy-officer";
    public static final String CITIZEN = "citizen";
    /** A partner organisation's own system, authenticated with client credentials. */
    public static final String PARTNER_SYSTEM = "partner-system";
    /**
     * Runs the platform: the management endpoints beyond health (metrics, parked dead letters). A person of the
     * hosting party, never a role in a network.
     */
    public static final String PLATFORM_OPERATOR = "platform-operator";

    private Roles() {
    }
}
