package kz.egmis.witness;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import kz.egmis.ledger.SignedTreeHead;
import kz.egmis.ledger.SignedTreeHeads;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the witness holds between rounds, as JSON: the pinned key, every head it accepted (oldest first), and
 * the heads it refused with the reason (evidence of a fork or rollback). Immutable; each round makes a new one.
 *
 * @param server    the URL first watched, for the reader's information
 * @param keyId     the pinned key's id, null until the first round
 * @param publicKey the pinned key, base64 X.509, null until the first round
 */
record WitnessState(String server, String keyId, String publicKey, List<SignedTreeHead> heads, List<Refused> refused) {

    /** A head the server signed that failed a check. */
    record Refused(long seenAt, String reason, SignedTreeHead head) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    WitnessState {
        heads = heads == null ? List.of() : List.copyOf(heads);
        refused = refused == null ? List.of() : List.copyOf(refused);
        if ((keyId == null) != (publicKey == null) || keyId == null && !heads.isEmpty()) {
            throw new IllegalArgumentException("it holds heads or half a key without a pinned keyId and publicKey");
        }
        if (publicKey != null && !SignedTreeHeads.keyId(Base64.getDecoder().decode(publicKey)).equals(keyId)) {
            throw new IllegalArgumentException("its pinned keyId is not the id of its pinned publicKey");
        }
    }

    boolean pinned() {
        return keyId != null;
    }

    /** The last accepted head: each one was checked to extend the one before, so it is the largest. */
    Optional<SignedTreeHead> newest() {
        return heads.isEmpty() ? Optional.empty() : Optional.of(heads.get(heads.size() - 1));
    }

    WitnessState pinning(LedgerClient.PublishedKey key) {
        return new WitnessState(server, key.keyId(), key.publicKey(), heads, refused);
    }

    WitnessState accepting(SignedTreeHead head) {
        List<SignedTreeHead> more = new ArrayList<>(heads);
        more.add(head);
        return new WitnessState(server, keyId, publicKey, more, refused);
    }

    WitnessState refusing(SignedTreeHead head, String reason, long now) {
        List<Refused> more = new ArrayList<>(refused);
        more.add(new Refused(now, reason, head));
        return new WitnessState(server, keyId, publicKey, heads, more);
    }

    /** The state in {@code file}, or an empty one watching {@code server} when there is no file yet. */
    static WitnessState load(Path file, String server) throws IOException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException first) {
            return new WitnessState(server, null, null, List.of(), List.of());
        }
        try {
            return JSON.readValue(text, WitnessState.class);
        } catch (JacksonException | IllegalArgumentException unreadable) {
            String reason = unreadable instanceof JacksonException jackson ? jackson.getOriginalMessage()
                    : unreadable.getMessage();
            throw new IOException("it is not a witness state file (" + reason + ")");
        }
    }

    /**
     * Writes the whole state to a temporary file beside {@code file}, flushes it to disk and moves it over
     * {@code file}: a crash leaves the old state or the new one, never half of one.
     */
    void save(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), absolute.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notHere) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
