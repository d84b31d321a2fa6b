package nl.samenspel.contracts;

/** What a citizen needs help with: the search key of the social map. */
public enum Need {
    HOUSING,
    INCOME_AND_DEBT,
    MENTAL_HEALTH,
    ADDICTION,
    SELF_NEGLECT,
    LONELINESS,
    DAILY_STRUCTURE,
    PRACTICAL_HELP,
    CARER_RESPITE,
    PARENTING,
    SAFETY,
    PHYSICAL_HEALTH,
    ADMINISTRATION,
    FOOD,
    PEER_SUPPORT
}
