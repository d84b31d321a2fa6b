package nl.samenspel.partners.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.samenspel.contracts.PersonKind;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Read model of people, with their contact details: answered only to those the API lets see them. */
@Component
@ProcessingGroup("people-view")
public class PeopleView {

    public record PersonSummary(String personId, PersonKind kind, String organisationId, String name, String email,
            String phone, String accountId, Instant registeredAt, List<Undertaking> undertakings) {
    }

    /** A signed confidentiality undertaking. */
    public record Undertaking(String networkId, Instant signedAt) {
    }

    private record Person(String personId, PersonKind kind, String organisationId, String name, String email,
            String phone, String accountId, Instant registeredAt) {
    }

    private static final RowMapper<Person> ROW = (rs, i) -> new Person(rs.getString("person_id"),
            PersonKind.valueOf(rs.getString("kind")), rs.getString("organisation_id"), rs.getString("name"),
            rs.getString("email"), rs.getString("phone"), rs.getString("account_id"),
            rs.getTimestamp("registered_at").toInstant());

    private final JdbcTemplate jdbc;

    PeopleView(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PersonRegistered event) {
        // An upsert, so a replay of the processor rebuilds the same row.
        jdbc.update("""
                insert into person (person_id, kind, organisation_id, name, email, phone, account_id, registered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (person_id) do update set kind = excluded.kind, organisation_id = excluded.organisation_id,
                    name = excluded.name, email = excluded.email, phone = excluded.phone,
                    account_id = excluded.account_id, registered_at = excluded.registered_at""",
                event.personId().value(), event.kind().name(),
                event.organisationId() == null ? null : event.organisationId().value(), event.name(), event.email(),
                event.phone(), event.accountId(), Timestamp.from(event.registeredAt()));
    }

    @EventHandler
    void on(PersonAccountLinked event) {
        jdbc.update("update person set account_id = ? where person_id = ?", event.accountId(),
                event.personId().value());
    }

    @EventHandler
    void on(ConfidentialityUndertakingSigned event) {
        jdbc.update("""
                insert into person_undertaking (person_id, network_id, signed_at) values (?, ?, ?)
                on conflict (person_id, network_id) do update set signed_at = excluded.signed_at""",
                event.personId().value(), event.networkId().value(), Timestamp.from(event.signedAt()));
    }

    public Optional<PersonSummary> find(String personId) {
        return withUndertakings(jdbc.query("select * from person where person_id = ?", ROW, UUID.fromString(personId)))
                .stream().findFirst();
    }

    /** The person who signs in with this account, if any; the first registered if several claim it. */
    public Optional<PersonSummary> byAccount(String accountId) {
        return withUndertakings(jdbc.query(
                "select * from person where account_id = ? order by registered_at, person_id", ROW, accountId))
                .stream().findFirst();
    }

    /** The people of these organisations. */
    List<PersonSummary> all(Set<String> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        Object[] ids = organisationIds.toArray();
        return withUndertakings(jdbc.query("select * from person where organisation_id = any (?) order by name, person_id",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", ids)), ROW));
    }

    private List<PersonSummary> withUndertakings(List<Person> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        Object[] ids = people.stream().map(p -> UUID.fromString(p.personId())).toArray();
        Map<String, List<Undertaking>> undertakings = jdbc.query(
                        "select * from person_undertaking where person_id = any (?) order by network_id",
                        ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", ids)),
                        (rs, i) -> Map.entry(rs.getString("person_id"),
                                new Undertaking(rs.getString("network_id"), rs.getTimestamp("signed_at").toInstant())))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return people.stream().map(p -> new PersonSummary(p.personId(), p.kind(), p.organisationId(), p.name(),
                p.email(), p.phone(), p.accountId(), p.registeredAt(),
                undertakings.getOrDefault(p.personId(), List.of()))).toList();
    }
}
