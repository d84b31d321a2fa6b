package nl.samenspel.cases.consultation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.samenspel.cases.access.CaseDisclosure;
import nl.samenspel.cases.vault.Sealed;
import nl.samenspel.contracts.NetworkId;
import nl.samenspel.contracts.ProblemDomain;
import nl.samenspel.contracts.Severity;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Consultative questions with their advice, for the coordinator and for whoever holds a question's token. */
@Component
@ProcessingGroup("consultation-view")
class ConsultationView {

    record Advice(Severity severity, boolean caseAdvised, Optional<String> advice, Instant givenAt) {
    }

    record Question(String questionId, String networkId, List<ProblemDomain> problemDomains, Severity severity,
            Optional<String> question, Instant askedAt, Optional<Advice> advice) {
    }

    private final JdbcTemplate jdbc;
    private final CaseDisclosure disclosure;

    ConsultationView(JdbcTemplate jdbc, CaseDisclosure disclosure) {
        this.jdbc = jdbc;
        this.disclosure = disclosure;
    }

    @EventHandler
    void on(ConsultativeQuestionAsked event) {
        jdbc.update("""
                insert into consultative_question_view (question_id, network_id, problem_domains, severity,
                    question_key, question_iv, question_data, retrieval_token_hash, asked_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (question_id) do nothing""", event.questionId().value(), event.networkId().value(),
                event.problemDomains().stream().map(Enum::name).toArray(String[]::new), event.severity().name(),
                event.question().keyId(), event.question().iv(), event.question().data(), event.retrievalTokenHash(),
                Timestamp.from(event.askedAt()));
    }

    @EventHandler
    void on(ConsultativeAdviceGiven event) {
        jdbc.update("""
                update consultative_question_view set advice_severity = ?, case_advised = ?, advice_key = ?,
                    advice_iv = ?, advice_data = ?, advice_given_at = ?
                where question_id = ?""", event.severity().name(), event.caseAdvised(), event.advice().keyId(),
                event.advice().iv(), event.advice().data(), Timestamp.from(event.givenAt()),
                event.questionId().value());
    }

    /** The network's questions, newest first; {@code answered} narrows them to answered or open ones. */
    List<Question> ofNetwork(NetworkId networkId, Optional<Boolean> answered) {
        String filter = answered.map(a -> a ? " and advice_given_at is not null" : " and advice_given_at is null")
                .orElse("");
        return jdbc.query("select * from consultative_question_view where network_id = ?" + filter
                + " order by asked_at desc, question_id", (rs, row) -> question(rs), networkId.value());
    }

    /** The question, only for the holder of its retrieval token. */
    Optional<Question> withToken(ConsultativeQuestionId questionId, String retrievalToken) {
        byte[] presented = hash(retrievalToken).getBytes(StandardCharsets.US_ASCII);
        return jdbc.query("select * from consultative_question_view where question_id = ?", (rs, row) ->
                        MessageDigest.isEqual(presented,
                                rs.getString("retrieval_token_hash").getBytes(StandardCharsets.US_ASCII))
                                ? question(rs) : null, questionId.value())
                .stream().filter(Objects::nonNull).findFirst();
    }

    /** SHA-256 in hex: the token is 256 random bits, so a plain hash is as good as a slow one. */
    static String hash(String retrievalToken) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(retrievalToken.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private Question question(ResultSet rs) throws SQLException {
        Array domains = rs.getArray("problem_domains");
        Optional<Advice> advice = rs.getTimestamp("advice_given_at") == null ? Optional.empty()
                : Optional.of(new Advice(Severity.valueOf(rs.getString("advice_severity")),
                        rs.getBoolean("case_advised"), open(rs, "advice"),
                        rs.getTimestamp("advice_given_at").toInstant()));
        return new Question(rs.getString("question_id"), rs.getString("network_id"),
                Arrays.stream((String[]) domains.getArray()).map(ProblemDomain::valueOf).toList(),
                Severity.valueOf(rs.getString("severity")), open(rs, "question"),
                rs.getTimestamp("asked_at").toInstant(), advice);
    }

    private Optional<String> open(ResultSet rs, String prefix) throws SQLException {
        return disclosure.questionText(new Sealed(rs.getString(prefix + "_key"), rs.getString(prefix + "_iv"),
                rs.getString(prefix + "_data")));
    }
}
