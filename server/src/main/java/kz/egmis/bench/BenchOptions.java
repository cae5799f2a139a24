package kz.egmis.bench;

import java.util.List;

/** The bench command's flags. */
record BenchOptions(long resources, String mode, int bundleSize, String databaseUrl, String databaseUser, long people,
                    long items) {

    static BenchOptions parse(String[] arguments) {
        long resources = 200_000;
        String mode = "ndjson";
        int bundleSize = 500;
        String databaseUrl = null;
        String databaseUser = "postgres";
        long people = 1_000_000;
        long items = 10_000_000;
        for (int i = 1; i < arguments.length; i++) {
            String value = i + 1 < arguments.length ? arguments[i + 1] : null;
            switch (arguments[i]) {
                case "--resources", "--records" -> resources = Long.parseLong(required(arguments[i], value));
                case "--mode" -> mode = required(arguments[i], value);
                case "--bundle-size" -> bundleSize = Integer.parseInt(required(arguments[i], value));
                case "--db-url" -> databaseUrl = required(arguments[i], value);
                case "--db-user" -> databaseUser = required(arguments[i], value);
                case "--people" -> people = Long.parseLong(required(arguments[i], value));
                case "--items" -> items = Long.parseLong(required(arguments[i], value));
                default -> throw new IllegalArgumentException("unknown bench flag " + arguments[i]
                        + ": use --resources N, --mode ndjson|bundle|ledger|verify|screening|analytics|identity|identity-api, --records N (identity), --bundle-size N, --people N,"
                        + " --items N, --db-url URL, --db-user USER");
            }
            i++;
        }
        if (!List.of("ndjson", "bundle", "ledger", "verify", "screening", "analytics", "identity", "identity-api").contains(mode)) {
            throw new IllegalArgumentException("--mode is ndjson, bundle, ledger, verify, screening, analytics, identity or identity-api, not " + mode);
        }
        if (people < 100 || items < people) {
            throw new IllegalArgumentException("--people is at least 100 and --items at least --people");
        }
        return new BenchOptions(resources, mode, bundleSize, databaseUrl, databaseUser, people, items);
    }

    private static String required(String flag, String value) {
        if (value == null) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return value;
    }
}
