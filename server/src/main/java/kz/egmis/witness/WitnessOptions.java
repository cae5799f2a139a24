package kz.egmis.witness;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * The witness command's flags. {@code --watch 0} (the default) is one round; {@code --rounds} ends a watch after
 * that many rounds (0: until stopped). The ledger's reads are public, so {@code --key} is optional (null: no
 * credentials sent); a key may come from {@code EGMIS_WITNESS_API_KEY} instead, so that it does not show in the
 * process list.
 */
record WitnessOptions(URI server, String key, Path state, long watchSeconds, long rounds, int spotChecks) {

    static final String KEY_VARIABLE = "EGMIS_WITNESS_API_KEY";
    static final String USAGE = "usage: java -jar egmis.jar witness --url http://host:8080 "
            + "--state witness-heads.json [--key <api key>] [--watch SECONDS] [--rounds N] [--spot-checks N] (the "
            + "ledger is public; a key, if the server sits behind one, may also come from " + KEY_VARIABLE + ")";

    boolean watching() {
        return watchSeconds > 0;
    }

    /** @throws IllegalArgumentException naming the flag that is wrong */
    static WitnessOptions parse(String[] arguments, Map<String, String> environment) {
        String url = null;
        String key = environment.get(KEY_VARIABLE);
        String state = null;
        long watchSeconds = 0;
        long rounds = 0;
        int spotChecks = 3;
        for (int i = 1; i < arguments.length; i += 2) {
            String flag = arguments[i];
            if (i + 1 >= arguments.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String value = arguments[i + 1];
            switch (flag) {
                case "--url" -> url = value;
                case "--key" -> key = value;
                case "--state" -> state = value;
                case "--watch" -> watchSeconds = whole(flag, value, 1);
                case "--rounds" -> rounds = whole(flag, value, 1);
                case "--spot-checks" -> spotChecks = (int) Math.min(whole(flag, value, 0), 1000);
                default -> throw new IllegalArgumentException("unknown flag " + flag);
            }
        }
        if (url == null || state == null) {
            throw new IllegalArgumentException("--url and --state are required");
        }
        return new WitnessOptions(server(url), key == null || key.isBlank() ? null : key.strip(), Path.of(state),
                watchSeconds, rounds, spotChecks);
    }

    private static URI server(String url) {
        URI uri;
        try {
            uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        } catch (IllegalArgumentException malformed) {
            throw new IllegalArgumentException("--url " + url + " is not a URL");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("--url must be http://host:port or https://host, not " + url);
        }
        return uri;
    }

    private static long whole(String flag, String value, long minimum) {
        try {
            long number = Long.parseLong(value);
            if (number >= minimum) {
                return number;
            }
        } catch (NumberFormatException notNumber) {
            // reported below
        }
        throw new IllegalArgumentException(flag + " takes a whole number of at least " + minimum + ", not " + value);
    }
}
