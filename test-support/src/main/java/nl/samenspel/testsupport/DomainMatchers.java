package nl.samenspel.testsupport;

import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.domain.RuleViolation;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matchers for the refusals aggregates throw, for fixture tests' {@code expectException(Matcher)}. */
public final class DomainMatchers {

    private DomainMatchers() {
    }

    public static Matcher<InvalidField> fieldIs(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(InvalidField invalid) {
                return field.equals(invalid.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("an InvalidField naming ").appendValue(field);
            }
        };
    }

    public static Matcher<RuleViolation> codeIs(String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return code.equals(violation.code());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation with code ").appendValue(code);
            }
        };
    }
}
