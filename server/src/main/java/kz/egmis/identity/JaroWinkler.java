package kz.egmis.identity;

/**
 * Jaro-Winkler similarity (Winkler 1990: prefix scale 0.1, up to 4 letters), 0 to 1. Two empty strings are not
 * similar: a name without letters agrees with nothing.
 */
public final class JaroWinkler {

    private JaroWinkler() {
    }

    public static double similarity(String first, String second) {
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        if (first.equals(second)) {
            return 1;
        }
        double jaro = jaro(first, second);
        int prefix = 0;
        int limit = Math.min(4, Math.min(first.length(), second.length()));
        while (prefix < limit && first.charAt(prefix) == second.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    private static double jaro(String first, String second) {
        int window = Math.max(0, Math.max(first.length(), second.length()) / 2 - 1);
        boolean[] firstMatched = new boolean[first.length()];
        boolean[] secondMatched = new boolean[second.length()];
        int matches = 0;
        for (int i = 0; i < first.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(second.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!secondMatched[j] && first.charAt(i) == second.charAt(j)) {
                    firstMatched[i] = true;
                    secondMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < first.length(); i++) {
            if (firstMatched[i]) {
                while (!secondMatched[j]) {
                    j++;
                }
                if (first.charAt(i) != second.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        return (m / first.length() + m / second.length() + (m - transpositions / 2.0) / m) / 3;
    }
}
