package nl.samenspel.shared.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The days a date field accepts, relative to today: a due date from today to five years ahead, a date of birth
 * from 130 years ago to today. Every date a client sends is checked against the window its field names, so a date
 * the domain has no use for ({@code +9999999-01-01}) is a 400 naming the field, never an event that a read model
 * cannot store.
 *
 * @param earliest how far before today the window opens ({@link Period#ZERO} for today)
 * @param latest   how far after today it closes; a negative period closes it before today
 */
public record DateWindow(Period earliest, Period latest) {

    public DateWindow {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
    }

    /** From {@code yearsBack} years before today to {@code yearsAhead} years after it. */
    public static DateWindow years(int yearsBack, int yearsAhead) {
        return new DateWindow(Period.ofYears(yearsBack), Period.ofYears(yearsAhead));
    }

    /** From today to {@code yearsAhead} years after it. */
    public static DateWindow fromTodayYears(int yearsAhead) {
        return new DateWindow(Period.ZERO, Period.ofYears(yearsAhead));
    }

    /** From tomorrow to {@code yearsAhead} years after today: for dates that must lie in the future. */
    public static DateWindow afterTodayYears(int yearsAhead) {
        return new DateWindow(Period.ofDays(-1), Period.ofYears(yearsAhead));
    }

    /** From {@code yearsBack} years before today to today. */
    public static DateWindow untilTodayYears(int yearsBack) {
        return new DateWindow(Period.ofYears(yearsBack), Period.ZERO);
    }

    public LocalDate first(LocalDate today) {
        return today.minus(earliest);
    }

    public LocalDate last(LocalDate today) {
        return today.plus(latest);
    }

    public boolean contains(LocalDate date, LocalDate today) {
        return !date.isBefore(first(today)) && !date.isAfter(last(today));
    }

    /**
     * @throws InvalidField naming {@code field} when {@code date} lies outside the window; a null date passes, so
     *                      required-ness stays the field's own rule
     */
    public void require(String field, LocalDate date, LocalDate today) {
        if (date != null && !contains(date, today)) {
            throw new InvalidField(field, "must be from " + first(today) + " to " + last(today));
        }
    }
}
