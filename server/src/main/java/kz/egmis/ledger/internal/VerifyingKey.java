package kz.egmis.ledger.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import kz.egmis.ledger.LedgerSigningKey;
import kz.egmis.ledger.VerificationProblem;

/** The ledger's public key for checking signatures, read from its key file; never created here. */
final class VerifyingKey {

    private VerifyingKey() {
    }

    /** The key's X.509 encoding, or null (reported as unchecked) when there is no readable key file. */
    static byte[] read(Path keyFile, ProblemList problems) {
        if (!Files.exists(keyFile)) {
            problems.add(VerificationProblem.unchecked("there is no ledger key file at " + keyFile + ": signatures "
                    + "cannot be checked (set EGMIS_LEDGER_KEY_FILE or EGMIS_DATA_DIR)", "ledger key"));
            return null;
        }
        try {
            return LedgerSigningKey.fromPem(Files.readString(keyFile, StandardCharsets.UTF_8)).publicKeyX509();
        } catch (IOException | IllegalArgumentException e) {
            problems.add(VerificationProblem.unchecked("the ledger key file " + keyFile + " cannot be read ("
                    + e.getMessage() + "): signatures cannot be checked", "ledger key"));
            return null;
        }
    }
}
