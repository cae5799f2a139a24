package kz.egmis.identity;

import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * The comparison key of one name word: the same word written in Cyrillic (Russian or Kazakh), in the Kazakh Latin
 * alphabet of 2021, in a Russian passport's transliteration (ICAO 9303 or the older GOST) or in plain ASCII gets the
 * same key, or one a letter or two away. Kazakh letters fold to their nearest Russian/Latin letter (ә a, ғ g, қ k,
 * ң n, ө o, ұ u, ү u, һ h, і i), then spellings that transliterations disagree on fold together (zh/j, kh/h, y/i,
 * q/k, initial ye/e, doubled letters). Keys are only compared, never shown.
 */
public final class NameKey {

    // ICU: Kazakh letters first (folded), then Russian letters (passport transliteration), then the Kazakh Latin
    // letters whose diacritic carries a sound (ş, ç), then any other script to Latin and every diacritic away.
    private static final String RULES = """
            :: NFC ;
            :: Lower ;
            ә > a ; ғ > g ; қ > k ; ң > n ; ө > o ; ұ > u ; ү > u ; һ > h ; і > i ;
            а > a ; б > b ; в > v ; г > g ; д > d ; е > e ; ё > e ; ж > zh ; з > z ; и > i ; й > i ; к > k ;
            л > l ; м > m ; н > n ; о > o ; п > p ; р > r ; с > s ; т > t ; у > u ; ф > f ; х > kh ; ц > ts ;
            ч > ch ; ш > sh ; щ > shch ; ъ > ; ы > y ; ь > ; э > e ; ю > iu ; я > ia ;
            ş > sh ; ç > ch ; ı > i ;
            :: Any-Latin ;
            :: Latin-ASCII ;
            :: NFD ;
            :: [:Mn:] Remove ;
            :: Lower ;
            """;
    private static final ThreadLocal<Transliterator> TRANSLITERATOR = ThreadLocal.withInitial(
            () -> Transliterator.createFromRules("egmis-name-key", RULES, Transliterator.FORWARD));
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z]");
    private static final String[][] FOLDS = {
            {"shch", "sh"}, {"sch", "sh"}, {"dzh", "j"}, {"zh", "j"}, {"kh", "h"}, {"x", "ks"}, {"ck", "k"},
            {"q", "k"}, {"w", "u"}, {"ph", "f"}, {"y", "i"}};

    private NameKey() {
    }

    /** The key of a word, or an empty string when the word has no letters at all. */
    public static String of(String word) {
        if (word == null || word.isBlank()) {
            return "";
        }
        String latin = NOT_A_LETTER.matcher(TRANSLITERATOR.get().transliterate(word)).replaceAll("");
        for (String[] fold : FOLDS) {
            latin = latin.replace(fold[0], fold[1]);
        }
        if (latin.startsWith("ie")) {
            latin = latin.substring(1); // Yerlan, Yelena: the y of a passport is the initial е's sound, not a letter
        }
        return withoutRepeats(latin);
    }

    /** The latin transliteration before folding: for tests and for showing what the key was made from. */
    static String latin(String word) {
        return TRANSLITERATOR.get().transliterate(word);
    }

    private static String withoutRepeats(String text) {
        StringBuilder single = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char letter = text.charAt(i);
            if (single.length() == 0 || single.charAt(single.length() - 1) != letter) {
                single.append(letter);
            }
        }
        return single.toString();
    }
}
