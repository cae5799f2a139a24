package kz.egmis.ledger.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.egmis.ledger.LedgerSigningKey;
import kz.egmis.platform.StartupFailure;

/**
 * The Ed25519 key that signs tree heads: read from {@code EGMIS_LEDGER_KEY_FILE} or the data folder's
 * {@code ledger-signing-key.pem}, created there (owner-only) at first start.
 */
final class LedgerKeyFile {

    static final String DEFAULT_NAME = "ledger-signing-key.pem";
    private static final Logger log = LoggerFactory.getLogger(LedgerKeyFile.class);

    private LedgerKeyFile() {
    }

    static LedgerSigningKey loadOrCreate(Path file, boolean configured) {
        try {
            if (Files.exists(file)) {
                return LedgerSigningKey.fromPem(Files.readString(file, StandardCharsets.UTF_8));
            }
            if (configured) {
                throw new StartupFailure("EGMIS-LEDGER-001", "The ledger key file " + file + " does not exist.",
                        "Point EGMIS_LEDGER_KEY_FILE at the PEM file holding the ledger's private and public key, "
                                + "or unset it to use the one in the data folder.");
            }
            LedgerSigningKey key = LedgerSigningKey.generate();
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, key.toPem(), StandardCharsets.UTF_8);
            log.info("Created the ledger signing key {} in {}", key.keyId(), file);
            return key;
        } catch (IOException | IllegalArgumentException e) {
            throw new StartupFailure("EGMIS-LEDGER-002", "The ledger key file " + file + " cannot be read or written ("
                    + e.getMessage() + ").", "Restore the file from its backup (both PEM blocks), or fix its permissions.", e);
        }
    }
}
