package nl.samenspel.cases;

import nl.samenspel.cases.vault.MasterKeyRotation;
import nl.samenspel.cases.vault.MasterKeyRotationCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Signals, cases, conferences, referrals and handovers; the only holder of client personal data. */
@SpringBootApplication
public class CaseServiceApplication {

    public static void main(String[] args) {
        if (MasterKeyRotationCommand.isRequested(args)) {
            try {
                MasterKeyRotation.Result result = MasterKeyRotationCommand.run(args);
                System.out.println("Master key rotated: " + result.rewrapped() + " data keys rewrapped, "
                        + result.alreadyUnderNewKey() + " were under the new key already.");
                return;
            } catch (RuntimeException e) {
                System.err.println("Master key not rotated: " + e.getMessage());
                System.exit(1);
            }
        }
        SpringApplication.run(CaseServiceApplication.class, args);
    }
}
