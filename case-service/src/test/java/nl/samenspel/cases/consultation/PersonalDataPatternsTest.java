package nl.samenspel.cases.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataPatternsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Haar BSN is 111222333, wat nu?|a BSN",
            "bsn 123.456.782|a BSN",
            "BSN 123 456 782.|a BSN",
            "Woont op 1234 AB 12, 3-hoog|a postcode with house number",
            "adres 1234AB, 7a|a postcode with house number",
            "mail naar jan.jansen@example.nl|an e-mail address",
            "bel 06-12345678 na vijven|a phone number",
            "bel 020 123 4567|a phone number",
            "tel +31 6 1234 5678|a phone number"})
    void recognisesPersonalData(String text, String what) {
        assertThat(PersonalDataPatterns.find(text)).contains(what);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Een oudere man in de wijk verwaarloost zichzelf en zijn woning.",
            "Al 3 maanden huurachterstand, 2 kinderen van 4 en 7.",
            "Sinds 2023 is het erger geworden; in 2024 kwam de politie 5 keer.",
            // nine digits that fail the 11-test: an amount or a case number, not a BSN
            "Schuld van 123456789 cent? Nee, dossier 111222334.",
            "Het gaat om ongeveer 1500 euro per maand."})
    void leavesOrdinaryTextAlone(String text) {
        assertThat(PersonalDataPatterns.find(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "999999990"})
    void validBsnsPassTheElevenTest(String bsn) {
        assertThat(PersonalDataPatterns.passesElevenTest(bsn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"111222334", "123456789", "000000000"})
    void otherNumbersFailIt(String digits) {
        assertThat(PersonalDataPatterns.passesElevenTest(digits)).isFalse();
    }
}
