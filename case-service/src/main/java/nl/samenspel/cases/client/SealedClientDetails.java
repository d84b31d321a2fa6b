package nl.samenspel.cases.client;

import nl.samenspel.cases.ClientId;
import nl.samenspel.cases.vault.PersonalDataVault;
import nl.samenspel.cases.vault.Sealed;
import nl.samenspel.shared.privacy.PersonalData;

/**
 * A client's details as events and tables keep them: each field sealed under the client's own key, so erasing
 * the client turns every copy into noise. Optional fields that were not given stay null. Opened only by
 * {@code access.CaseDisclosure}, as far as the reader's access allows.
 */
public record SealedClientDetails(
        @PersonalData("client name, sealed") Sealed name,
        @PersonalData("client date of birth, sealed") Sealed dateOfBirth,
        @PersonalData("client BSN, sealed") Sealed bsn,
        @PersonalData("client address, sealed") Sealed address,
        @PersonalData("client postcode, sealed") Sealed postcode,
        @PersonalData("client house number, sealed") Sealed houseNumber) {

    public static SealedClientDetails seal(PersonalDataVault vault, ClientId client, ClientDetails details) {
        String subject = client.asString();
        return new SealedClientDetails(vault.seal(subject, details.name()),
                vault.seal(subject, details.dateOfBirth().toString()), vault.sealNullable(subject, details.bsn()),
                vault.sealNullable(subject, details.address()), vault.sealNullable(subject, details.postcode()),
                vault.sealNullable(subject, details.houseNumber()));
    }
}
