package nl.samenspel.shared.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of a stored event, command or view that holds personal data (GDPR art. 4(1)):
 * free text about a person, names, dates of birth, BSN, addresses. Such a field never crosses into
 * an integration event, a log line, a metric tag or an exception message; a test
 * (test-support PersonalDataLeaks) checks each translator against it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
public @interface PersonalData {

    /** What kind of personal data this is, for the privacy trail and data-protection reviews. */
    String value();
}
