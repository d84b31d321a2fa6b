package nl.samenspel.cases.vault;

import java.util.Arrays;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar case-service.jar --rotate-master-key}: rewraps every data key from the current master key
 * ({@code SAMENSPEL_VAULT_MASTER_KEY}) to a new one ({@code SAMENSPEL_VAULT_NEW_MASTER_KEY}) and exits; the
 * service itself does not start. Stop case-service first, then start it with the new key as
 * {@code SAMENSPEL_VAULT_MASTER_KEY}. The keys come from the environment, not the command line, so they do not
 * show in the process list. The database is the service's own ({@code SPRING_DATASOURCE_*}).
 */
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, FlywayAutoConfiguration.class})
public final class MasterKeyRotationCommand {

    public static final String OPTION = "--rotate-master-key";
    static final String OLD_KEY = "samenspel.vault.master-key";
    static final String NEW_KEY = "samenspel.vault.new-master-key";

    private MasterKeyRotationCommand() {
    }

    public static boolean isRequested(String... args) {
        return Arrays.asList(args).contains(OPTION);
    }

    /** Runs the rotation in a context holding only a data source; returns what it did. */
    public static MasterKeyRotation.Result run(String... args) {
        String[] springArgs = Arrays.stream(args).filter(arg -> !OPTION.equals(arg)).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MasterKeyRotationCommand.class)
                .web(WebApplicationType.NONE).run(springArgs)) {
            Environment environment = context.getEnvironment();
            MasterKey oldKey = required(environment, OLD_KEY, "SAMENSPEL_VAULT_MASTER_KEY");
            MasterKey newKey = required(environment, NEW_KEY, "SAMENSPEL_VAULT_NEW_MASTER_KEY");
            return new MasterKeyRotation(context.getBean(JdbcTemplate.class), context.getBean(TransactionTemplate.class))
                    .rotate(oldKey, newKey);
        }
    }

    private static MasterKey required(Environment environment, String property, String variable) {
        String value = environment.getProperty(property, "");
        if (value.isBlank()) {
            throw new IllegalArgumentException(OPTION + " needs " + variable + " (" + property + "): 32 random bytes, base64-encoded.");
        }
        return MasterKey.fromBase64(value);
    }
}
