package nl.samenspel.contracts;

/** The problem domains a case is about; a case names one or more. */
public enum ProblemDomain {
    /** Zelfverwaarlozing, including a neglected home. */
    SELF_NEGLECT,
    /** Overlast towards neighbours or the street. */
    NUISANCE,
    /** Dreigende huisuitzetting. */
    EVICTION_THREAT,
    /** Huiselijk geweld or child abuse. */
    DOMESTIC_VIOLENCE,
    MENTAL_HEALTH,
    ADDICTION,
    DEBT,
    /** Housing other than a threatened eviction. */
    HOUSING,
    LONELINESS,
    /** An overloaded family carer. */
    CARER_OVERLOAD,
    PARENTING,
    PHYSICAL_HEALTH,
    /** Daily life: structure, administration, self-care. */
    DAILY_FUNCTIONING
}
