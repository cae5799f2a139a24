package kz.egmis;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import kz.egmis.platform.StartupFailure;
import kz.egmis.security.Accounts;
import kz.egmis.security.Role;
import kz.egmis.security.Scope;

/**
 * {@code java -jar egmis.jar users add --username U --name "Display Name" --role ROLE [--organizations BIN,BIN]
 * [--iin IIN]} creates a person's account on the database of the usual configuration and prints its generated
 * password once; {@code users list} lists the accounts. With the embedded database the server must be stopped
 * (the data folder is its); with an external one it runs beside the server. Exits 0 when done, 2 on bad input or
 * when it could not start.
 */
final class UsersCommand {

    static final int DONE = 0;
    static final int FAILED = 2;
    private static final String USAGE = "usage: java -jar egmis.jar users add --username U --name \"Display Name\" "
            + "--role ADMINISTRATOR|AUDITOR|ANALYST|FACILITY_MANAGER|CITIZEN [--organizations BIN,BIN] [--iin IIN]"
            + " | users list";

    private UsersCommand() {
    }

    static int run(Class<?> application, String[] arguments, PrintStream out, PrintStream err) {
        String action = arguments.length > 1 ? arguments[1] : "";
        Map<String, String> options = options(Arrays.copyOfRange(arguments, Math.min(2, arguments.length), arguments.length));
        if (!action.equals("add") && !action.equals("list") || options == null) {
            err.println("EGMIS-USERS-001: " + USAGE);
            return FAILED;
        }
        SpringApplicationBuilder builder = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
                .lazyInitialization(true).properties("logging.level.root=WARN", "logging.level.kz.egmis=WARN");
        try (ConfigurableApplicationContext context = builder.run()) {
            Accounts accounts = context.getBean(Accounts.class);
            if (action.equals("list")) {
                accounts.all().forEach(account -> out.println(account.id() + "\t" + account.username() + "\t"
                        + account.role() + "\t" + account.displayName() + (account.disabledAt() != null ? "\t(disabled)" : "")));
                return DONE;
            }
            return add(accounts, options, out, err);
        } catch (RuntimeException failed) {
            err.println("EGMIS-USERS-002: the users command could not start: " + explain(failed));
            return FAILED;
        }
    }

    private static int add(Accounts accounts, Map<String, String> options, PrintStream out, PrintStream err) {
        try {
            Role role = Role.valueOf(options.getOrDefault("role", "").toUpperCase(java.util.Locale.ROOT));
            List<String> organizations = options.containsKey("organizations")
                    ? List.of(options.get("organizations").split(",")) : List.of();
            Scope scope = Scope.of(role, null, organizations, options.get("iin"));
            Accounts.NewAccount created = accounts.create(options.get("username"), options.get("name"), scope, null);
            out.println("Created account " + created.account().id() + " '" + created.account().username() + "' ("
                    + role + "). Password, shown once: " + created.generatedPassword());
            return DONE;
        } catch (IllegalArgumentException invalid) {
            String message = invalid instanceof Scope.InvalidScopeException || invalid instanceof Accounts.InvalidAccountException
                    ? invalid.getMessage() : "'--role' must be one of " + Arrays.toString(Role.values()) + ".";
            err.println("EGMIS-USERS-003: " + message + " " + USAGE);
            return FAILED;
        }
    }

    /** {@code --name value} pairs; null when an option has no value or a value has no option. */
    private static Map<String, String> options(String[] arguments) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < arguments.length; i += 2) {
            if (!arguments[i].startsWith("--") || i + 1 >= arguments.length) {
                return null;
            }
            options.put(arguments[i].substring(2), arguments[i + 1]);
        }
        return options;
    }

    private static String explain(RuntimeException failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartupFailure failure) {
                return failure.oneLine() + (failure.code().equals("EGMIS-DATA-002") ? " (with the embedded database, "
                        + "stop the server first, or create the account with POST /api/admin/users)" : "");
            }
        }
        return failed.toString();
    }
}
