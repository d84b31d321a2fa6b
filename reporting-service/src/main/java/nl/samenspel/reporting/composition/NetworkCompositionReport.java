package nl.samenspel.reporting.composition;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.samenspel.contracts.CapacityUnit;
import nl.samenspel.contracts.KindOfHelp;
import nl.samenspel.contracts.KindOfParty;
import nl.samenspel.contracts.LeaveReason;
import nl.samenspel.contracts.OrganisationType;
import nl.samenspel.contracts.Ring;
import nl.samenspel.reporting.access.ReportingPermissions;
import nl.samenspel.reporting.disclosure.SmallCounts;
import nl.samenspel.shared.security.Actor;
import org.springframework.stereotype.Component;

/**
 * Assembles the composition report from the stored facts. Organisation counts describe organisations, not
 * people, and are shown exactly, but never with a partner's name or id. Volunteer counts are about people and
 * pass through {@link SmallCounts}.
 */
@Component
class NetworkCompositionReport {

    @Schema(description = "One network's composition. Partners are counted, never named or listed.")
    record NetworkCompositionView(String networkId, String networkName, String municipalityCode,
            RingView core, RingView outerRing,
            @Schema(description = "Joins and leaves per month (Dutch time), oldest first; months without any are "
                    + "left out")
            List<MonthView> membershipChanges,
            VolunteersView volunteers) {
    }

    @Schema(description = "Current members of one ring, counted by organisation type and by kind of help x kind of "
            + "party. Members whose organisation is not described yet are counted as unclassified only.")
    record RingView(long organisations, long unclassified, List<TypeCount> byOrganisationType,
            List<FormalityCount> byFormality) {
    }

    record TypeCount(OrganisationType organisationType, long organisations) {
    }

    record FormalityCount(KindOfHelp kindOfHelp, KindOfParty kindOfParty, long organisations) {
    }

    record MonthView(@Schema(example = "2025-03") String month, long joins, long leaves,
            List<ReasonCount> leavesByReason) {
    }

    record ReasonCount(LeaveReason reason, long leaves) {
    }

    /**
     * Active volunteer agreements of the network's current member organisations. A count below the threshold is
     * withheld ({@code null}) for everyone but the coordinator of the network itself, and so is a split of which
     * any part is small; {@code suppressed} then says so.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(description = "Active volunteer agreements (started, not ended, end date not passed) of the network's "
            + "current member organisations. Counts below the threshold, and splits with such a part, are null with "
            + "suppressed = true, except for the coordinator of the network itself.")
    record VolunteersView(Long activeAgreements, Long overloaded, Long overloadedAutomatically,
            Long overloadedByCoach, List<CapacityView> byCapacityUnit, boolean suppressed) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(description = "Total load and agreed capacity of the active agreements counting in one unit")
    record CapacityView(CapacityUnit capacityUnit, Long agreements, Long load, Long capacity) {
    }

    private final NetworkComposition composition;
    private final SmallCounts smallCounts;
    private final ReportingPermissions permissions;
    private final Clock clock;

    NetworkCompositionReport(NetworkComposition composition, SmallCounts smallCounts,
            ReportingPermissions permissions, Clock clock) {
        this.composition = composition;
        this.smallCounts = smallCounts;
        this.permissions = permissions;
        this.clock = clock;
    }

    List<NetworkCompositionView> as(Actor actor, Optional<String> networkId) {
        LocalDate today = LocalDate.now(clock.withZone(NetworkComposition.DUTCH_TIME));
        Map<String, List<NetworkComposition.Members>> members = byNetwork(composition.members(networkId),
                NetworkComposition.Members::networkId);
        Map<String, List<NetworkComposition.Joins>> joins = byNetwork(composition.joins(networkId),
                NetworkComposition.Joins::networkId);
        Map<String, List<NetworkComposition.Leaves>> leaves = byNetwork(composition.leaves(networkId),
                NetworkComposition.Leaves::networkId);
        Map<String, List<NetworkComposition.Agreements>> agreements = byNetwork(
                composition.activeAgreements(networkId, today), NetworkComposition.Agreements::networkId);
        return composition.networks(networkId).stream().map(network -> {
            String id = network.networkId();
            List<NetworkComposition.Members> networkMembers = members.getOrDefault(id, List.of());
            return new NetworkCompositionView(id, network.name(), network.municipalityCode(),
                    ring(networkMembers, Ring.CORE), ring(networkMembers, Ring.OUTER),
                    months(joins.getOrDefault(id, List.of()), leaves.getOrDefault(id, List.of())),
                    volunteers(agreements.getOrDefault(id, List.of()),
                            permissions.seesExactFigures(actor, network.coordinatorOrganisation())));
        }).toList();
    }

    private static <T> Map<String, List<T>> byNetwork(List<T> rows, Function<T, String> networkId) {
        return rows.stream().collect(Collectors.groupingBy(networkId));
    }

    private static RingView ring(List<NetworkComposition.Members> members, Ring ring) {
        List<NetworkComposition.Members> inRing = members.stream().filter(m -> m.ring() == ring).toList();
        return new RingView(
                sum(inRing, m -> true),
                sum(inRing, m -> m.organisationType() == null),
                Arrays.stream(OrganisationType.values())
                        .map(type -> new TypeCount(type, sum(inRing, m -> m.organisationType() == type))).toList(),
                Arrays.stream(KindOfHelp.values()).flatMap(help -> Arrays.stream(KindOfParty.values())
                        .map(party -> new FormalityCount(help, party,
                                sum(inRing, m -> m.kindOfHelp() == help && m.kindOfParty() == party)))).toList());
    }

    private static long sum(List<NetworkComposition.Members> members, Predicate<NetworkComposition.Members> which) {
        return members.stream().filter(which).mapToLong(NetworkComposition.Members::organisations).sum();
    }

    private static List<MonthView> months(List<NetworkComposition.Joins> joins,
            List<NetworkComposition.Leaves> leaves) {
        Map<LocalDate, Long> joinsPerMonth = new TreeMap<>();
        joins.forEach(j -> joinsPerMonth.merge(j.month(), j.joins(), Long::sum));
        Map<LocalDate, Map<LeaveReason, Long>> leavesPerMonth = new TreeMap<>();
        leaves.forEach(l -> leavesPerMonth.computeIfAbsent(l.month(), m -> new TreeMap<>())
                .merge(l.reason(), l.leaves(), Long::sum));
        TreeSet<LocalDate> months = new TreeSet<>(joinsPerMonth.keySet());
        months.addAll(leavesPerMonth.keySet());
        return months.stream().map(month -> {
            Map<LeaveReason, Long> reasons = leavesPerMonth.getOrDefault(month, Map.of());
            return new MonthView(YearMonth.from(month).toString(), joinsPerMonth.getOrDefault(month, 0L),
                    reasons.values().stream().mapToLong(Long::longValue).sum(),
                    reasons.entrySet().stream().map(e -> new ReasonCount(e.getKey(), e.getValue())).toList());
        }).toList();
    }

    private VolunteersView volunteers(List<NetworkComposition.Agreements> rows, boolean exact) {
        long active = rows.stream().mapToLong(NetworkComposition.Agreements::agreements).sum();
        long automatic = rows.stream().mapToLong(NetworkComposition.Agreements::overloadedAutomatically).sum();
        long coach = rows.stream().mapToLong(NetworkComposition.Agreements::overloadedByCoach).sum();
        // The agreements not overloaded are a part too: a shown total would give a small remainder away.
        SmallCounts.Shown overload = smallCounts.show(exact, active, automatic, coach, active - automatic - coach);
        List<NetworkComposition.Agreements> perUnit = Arrays.stream(CapacityUnit.values())
                .map(unit -> rows.stream().filter(r -> r.unit() == unit).findFirst()
                        .orElse(new NetworkComposition.Agreements(null, unit, 0, 0, 0, 0, 0)))
                .toList();
        SmallCounts.Shown units = smallCounts.show(exact, active,
                perUnit.stream().mapToLong(NetworkComposition.Agreements::agreements).toArray());
        List<CapacityView> capacity = perUnit.stream().map(row -> units.suppressed()
                ? new CapacityView(row.unit(), null, null, null)
                : new CapacityView(row.unit(), row.agreements(), row.load(), row.capacity())).toList();
        Long overloaded = overload.part(0) == null ? null : overload.part(0) + overload.part(1);
        return new VolunteersView(overload.total(), overloaded, overload.part(0), overload.part(1), capacity,
                overload.suppressed() || units.suppressed());
    }
}
