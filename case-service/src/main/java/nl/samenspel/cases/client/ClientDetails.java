package nl.samenspel.cases.client;

import java.time.LocalDate;
import java.util.regex.Pattern;
import nl.samenspel.shared.domain.InvalidField;
import nl.samenspel.shared.privacy.PersonalData;

/**
 * Who a client is, in clear: only ever held in memory between a request and the vault. A client is found by an
 * address or, where that is all a signaller knows, by postcode and house number.
 *
 * @param bsn      optional; nine digits passing the elfproef
 * @param address  street, number and place as one line, or null when postcode and house number are given
 * @param postcode Dutch postcode (1234 AB), with {@code houseNumber}
 */
public record ClientDetails(
        @PersonalData("client name") String name,
        @PersonalData("client date of birth") LocalDate dateOfBirth,
        @PersonalData("client BSN") String bsn,
        @PersonalData("client address") String address,
        @PersonalData("client postcode") String postcode,
        @PersonalData("client house number") String houseNumber) {

    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_ADDRESS_LENGTH = 200;
    public static final String POSTCODE = "[1-9][0-9]{3} ?[A-Z]{2}";
    public static final String HOUSE_NUMBER = "[1-9][0-9]{0,4}(?:[ -]?[A-Za-z0-9]{1,4})?";

    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /**
     * Refuses what cannot be a real client's details, naming the field under {@code prefix} (e.g.
     * {@code client.bsn}). Messages never repeat the value.
     */
    public void validate(String prefix, LocalDate today) {
        text(prefix + "name", name, MAX_NAME_LENGTH, true);
        if (dateOfBirth == null) {
            throw new InvalidField(prefix + "dateOfBirth", "must not be null");
        }
        if (dateOfBirth.isAfter(today)) {
            throw new InvalidField(prefix + "dateOfBirth", "must not be in the future");
        }
        if (dateOfBirth.isBefore(EARLIEST_BIRTH)) {
            throw new InvalidField(prefix + "dateOfBirth", "must not be before 1900");
        }
        if (bsn != null && !Bsn.isValid(bsn)) {
            throw new InvalidField(prefix + "bsn", "is not a valid BSN (9 digits passing the 11-test)");
        }
        text(prefix + "address", address, MAX_ADDRESS_LENGTH, false);
        if (postcode != null && !postcode.matches(POSTCODE)) {
            throw new InvalidField(prefix + "postcode", "is not a Dutch postcode (1234 AB)");
        }
        if (houseNumber != null && !houseNumber.matches(HOUSE_NUMBER)) {
            throw new InvalidField(prefix + "houseNumber", "is not a house number");
        }
        if ((postcode == null) != (houseNumber == null)) {
            throw new InvalidField(prefix + (postcode == null ? "postcode" : "houseNumber"),
                    "postcode and house number go together");
        }
        if (address == null && postcode == null) {
            throw new InvalidField(prefix + "address", "give an address, or a postcode and house number");
        }
    }

    private static void text(String field, String value, int max, boolean required) {
        if (value == null) {
            if (required) {
                throw new InvalidField(field, "must not be blank");
            }
            return;
        }
        if (value.isBlank()) {
            throw new InvalidField(field, "must not be blank");
        }
        if (value.length() > max) {
            throw new InvalidField(field, "must be at most " + max + " characters");
        }
        if (CONTROL_CHARACTERS.matcher(value).find()) {
            throw new InvalidField(field, "must not contain control characters");
        }
    }

    /** Never the details themselves. */
    @Override
    public String toString() {
        return "ClientDetails[personal data]";
    }
}
