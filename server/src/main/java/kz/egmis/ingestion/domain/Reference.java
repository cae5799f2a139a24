package kz.egmis.ingestion.domain;

import java.util.Optional;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;

/**
 * A reference as the source sent it: a literal {@code Type/id} within the same source system (a
 * {@code urn:uuid:} reference is turned into one when its Bundle is read), or a logical reference by national
 * identifier, which names the person or organization directly and needs no prior resource.
 */
public record Reference(String targetType, String literalId, Iin iin, Bin bin) {

    public static Reference literal(String targetType, String id) {
        return new Reference(targetType, id, null, null);
    }

    public static Reference person(String targetType, Iin iin) {
        return new Reference(targetType, null, iin, null);
    }

    public static Reference organization(Bin bin) {
        return new Reference("Organization", null, null, bin);
    }

    /** {@code Type/id} for a literal reference, empty for a logical one. */
    public Optional<String> literal() {
        return literalId == null ? Optional.empty() : Optional.of(targetType + "/" + literalId);
    }

    public Optional<Iin> personIdentifier() {
        return Optional.ofNullable(iin);
    }

    public Optional<Bin> organizationIdentifier() {
        return Optional.ofNullable(bin);
    }
}
