package nl.samenspel.contracts;

/** The field a partner organisation works in, as shown on the social map and used in routing. */
public enum Sector {
    GGD,
    MENTAL_HEALTH,
    SOCIAL_WORK,
    WELFARE,
    HOUSING,
    POLICE,
    DEBT_HELP,
    ADDICTION_CARE,
    SHELTER,
    HOME_CARE,
    CARER_SUPPORT,
    VOLUNTEER_ORGANISATION,
    SELF_HELP,
    FAITH_COMMUNITY,
    CITIZENS_INITIATIVE,
    MUNICIPALITY,
    GENERAL_PRACTITIONER
}
