package nl.samenspel.cases.consultation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the personal data people most often type into a free-text question without meaning to: a BSN, a
 * postcode with house number, an e-mail address, a Dutch phone number. A consultative question is anonymous by
 * design, so text that carries any of these is refused rather than stored. Names cannot be recognised reliably;
 * the API says not to give them.
 */
final class PersonalDataPatterns {

    /** Nine digits, possibly grouped 3-3-3 with dots or spaces, not part of a longer number. */
    private static final Pattern NINE_DIGITS =
            Pattern.compile("(?<![\\d.])(\\d{3})[ .]?(\\d{3})[ .]?(\\d{3})(?!\\d)");
    private static final Pattern POSTCODE_AND_NUMBER =
            Pattern.compile("(?<![\\dA-Za-z])[1-9]\\d{3} ?[A-Za-z]{2}(?![A-Za-z])[ ,]*\\d{1,5}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[\\w.%+-]+@[\\w-]+(\\.[\\w-]+)*\\.[A-Za-z]{2,}");
    /** 0 or +31 / 0031 followed by nine more digits, allowing spaces and dashes between them. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:\\+31|0031|0)(?:[ -]?\\d){9}(?!\\d)");

    private record Rule(String what, Pattern pattern) {
    }

    private static final List<Rule> OTHER_RULES = List.of(new Rule("a postcode with house number", POSTCODE_AND_NUMBER),
            new Rule("an e-mail address", EMAIL), new Rule("a phone number", PHONE));

    private PersonalDataPatterns() {
    }

    /** What kind of personal data the text seems to hold, never the data itself. */
    static Optional<String> find(String text) {
        Matcher digits = NINE_DIGITS.matcher(text);
        while (digits.find()) {
            if (passesElevenTest(digits.group(1) + digits.group(2) + digits.group(3))) {
                return Optional.of("a BSN");
            }
        }
        return OTHER_RULES.stream().filter(rule -> rule.pattern().matcher(text).find()).map(Rule::what).findFirst();
    }

    /** The BSN check: 9·d1 + 8·d2 + ... + 2·d8 − 1·d9 is a multiple of 11 (and not zero). */
    static boolean passesElevenTest(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum != 0 && sum % 11 == 0;
    }
}
