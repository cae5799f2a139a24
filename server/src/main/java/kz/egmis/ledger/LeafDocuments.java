package kz.egmis.ledger;

import kz.egmis.platform.Sha256;

/**
 * The leaf schema (docs/LEDGER.md). Each builder writes its JSON with a fixed key order and no white space, so
 * that {@code verify} recomputes exactly the same bytes from the database rows.
 */
public final class LeafDocuments {

    public static final String RESOURCE_VERSION = "resource-version";
    public static final String READ = "read";
    public static final String FINDING = "finding";
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private LeafDocuments() {
    }

    /**
     * A new version of a record. {@code rowsSha256} commits to the canonical rows written for it (null when they
     * cannot be known any more: the version is no longer current).
     */
    public static LeafDocument resourceVersion(long versionId, String source, String type, String id, int version,
                                               String contentSha256, String rawSha256, String rowsSha256) {
        String data = "{\"kind\":\"" + RESOURCE_VERSION + "\",\"ref\":" + versionId
                + ",\"source\":" + quoted(source) + ",\"type\":" + quoted(type)
                + ",\"record\":\"" + Sha256.hex(source + "/" + type + "/" + id) + "\",\"version\":" + version
                + ",\"content\":\"" + contentSha256 + "\",\"raw\":\"" + rawSha256 + "\",\"rows\":"
                + (rowsSha256 == null ? "null" : "\"" + rowsSha256 + "\"") + "}";
        return new LeafDocument(RESOURCE_VERSION, versionId, data);
    }

    /** A read of a person's data by the holder of an API key, as logged before readers were named in full. */
    public static LeafDocument read(long accessId, long apiKeyId, String subject, long readAtMillis) {
        String data = "{\"kind\":\"" + READ + "\",\"ref\":" + accessId + ",\"key\":" + apiKeyId + ",\"subject\":\""
                + Sha256.hex(subject) + "\",\"at\":" + readAtMillis + "}";
        return new LeafDocument(READ, accessId, data);
    }

    /**
     * A read of a person's data. {@code readerSha256} commits to the reader as logged (credential, display name, role,
     * organization) without putting a name on the public ledger.
     */
    public static LeafDocument read(long accessId, String readerSha256, String subject, long readAtMillis) {
        String data = "{\"kind\":\"" + READ + "\",\"ref\":" + accessId + ",\"reader\":\"" + readerSha256
                + "\",\"subject\":\"" + Sha256.hex(subject) + "\",\"at\":" + readAtMillis + "}";
        return new LeafDocument(READ, accessId, data);
    }

    /**
     * A screening finding raised, withdrawn, raised again, revised or reviewed. {@code eventId} is its row in
     * {@code finding_event}; {@code contentSha256} commits to the finding's content and status after the event.
     */
    public static LeafDocument finding(long eventId, String findingId, String rule, int ruleVersion, String action,
                                       String status, String contentSha256) {
        String data = "{\"kind\":\"" + FINDING + "\",\"ref\":" + eventId + ",\"finding\":" + quoted(findingId)
                + ",\"rule\":" + quoted(rule) + ",\"version\":" + ruleVersion + ",\"action\":" + quoted(action)
                + ",\"status\":" + quoted(status) + ",\"content\":" + quoted(contentSha256) + "}";
        return new LeafDocument(FINDING, eventId, data);
    }

    /** Whether a stored leaf is the expected one; an expected {@code "rows":null} accepts any stored rows hash. */
    public static boolean matches(String stored, String expected) {
        if (stored.equals(expected)) {
            return true;
        }
        int rows = expected.indexOf("\"rows\":null}");
        return rows > 0 && expected.endsWith("\"rows\":null}") && stored.startsWith(expected.substring(0, rows + 7))
                && stored.length() == rows + 7 + 66 + 1;
    }

    /** Source systems and types are 1-64 of [A-Za-z0-9_.-] or FHIR type names: nothing to escape. */
    private static String quoted(String code) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a code: " + code);
        }
        return "\"" + code + "\"";
    }
}
