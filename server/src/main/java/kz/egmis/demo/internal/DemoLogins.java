package kz.egmis.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kz.egmis.security.Accounts;
import kz.egmis.security.Role;
import kz.egmis.security.Scope;

/**
 * One account per role for a newcomer to sign in with: an auditor, an analyst, the manager of the riskiest
 * facility and a citizen with a planted offence in their name. Made once, with generated passwords kept in
 * {@code <data>/demo-logins} (readable by its owner only) so that every later start prints them again.
 */
final class DemoLogins {

    static final String FILE = "demo-logins";

    /** A login as printed: username, password, role, and what its scope is. */
    record Login(String username, String password, Role role, String scope) {

        String line() {
            return String.join("\t", username, password, role.name(), scope);
        }

        static Login parse(String line) {
            String[] fields = line.split("\t", 4);
            return new Login(fields[0], fields[1], Role.valueOf(fields[2]), fields[3]);
        }
    }

    private final Path file;
    private final Accounts accounts;

    DemoLogins(Path dataDirectory, Accounts accounts) {
        this.file = dataDirectory.resolve(FILE);
        this.accounts = accounts;
    }

    /** The demo's logins: made now if this data folder has none yet. */
    List<Login> ensure(DemoReport.Highlights highlights) {
        try {
            if (Files.exists(file)) {
                return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                        .map(Login::parse).toList();
            }
            List<Login> logins = new ArrayList<>();
            logins.add(make("auditor", "Демо аудитор ФСМС", Scope.unbound(Role.AUDITOR), "all facilities"));
            logins.add(make("analyst", "Демо аналитик МЗ РК", Scope.unbound(Role.ANALYST), "all facilities"));
            if (highlights.riskiestBin() != null) {
                logins.add(make("manager", "Демо руководитель", Scope.of(Role.FACILITY_MANAGER, null,
                        Set.of(highlights.riskiestBin()), null), highlights.riskiestName() + ", BIN "
                        + highlights.riskiestBin() + " (the riskiest facility)"));
            }
            if (highlights.citizenIin() != null) {
                logins.add(make("citizen", "Демо гражданин", Scope.of(Role.CITIZEN, null, Set.of(),
                        highlights.citizenIin()), "IIN " + highlights.citizenIin() + ", billed in a planted "
                        + highlights.citizenRule()));
            }
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(file, logins.stream().map(Login::line).toList(), StandardCharsets.UTF_8);
            return logins;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the demo logins in " + file, e);
        }
    }

    private Login make(String username, String displayName, Scope scope, String describedScope) {
        Accounts.NewAccount created = accounts.create(username, displayName, scope, null);
        return new Login(username, created.generatedPassword(), scope.role(), describedScope);
    }
}
