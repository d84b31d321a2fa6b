package nl.samenspel.partners.socialmap;

import java.util.Set;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.Need;

/**
 * Everything the social map says about a service: what it is, for which needs, where, how many places and how
 * to reach it. There is deliberately no field for people: a service, a self-help group's included, is reached
 * through a general phone number, address, website or walk-in hours, never through a named person.
 *
 * @param capacity places available, or null when not limited
 */
public record ServiceDescription(
        String name,
        String description,
        Set<Need> needs,
        KindOfHelp kindOfHelp,
        Set<String> neighbourhoods,
        Integer capacity,
        String howToReach) {
}
