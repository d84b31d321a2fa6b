package nl.samenspel.contracts;

/** Who carries an organisation's work. */
public enum OrganisationType {
    VOLUNTEERS_ONLY,
    VOLUNTEERS_WITH_PROFESSIONAL_SUPPORT,
    PROFESSIONALS_WITH_VOLUNTEER_SUPPORT,
    PROFESSIONALS_ONLY,
    HYBRID
}
