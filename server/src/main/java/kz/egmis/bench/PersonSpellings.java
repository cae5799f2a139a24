package kz.egmis.bench;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * How records of one name differ across systems: Cyrillic with or without the Kazakh letters, the Russian passport
 * transliteration (ICAO 9303 or the older one with y, ya, yu), the Kazakh Latin alphabet of 2021, and typing errors.
 */
final class PersonSpellings {

    private static final Map<Character, String> WITHOUT_KAZAKH_LETTERS = Map.of('ә', "а", 'ғ', "г", 'қ', "к", 'ң', "н",
            'ө', "о", 'ұ', "у", 'ү', "у", 'һ', "х", 'і', "и");
    private static final Map<Character, String> PASSPORT = Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"),
            Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"),
            Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "i"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
            Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ю', "iu"), Map.entry('я', "ia"), Map.entry('ә', "a"), Map.entry('ғ', "g"), Map.entry('қ', "k"),
            Map.entry('ң', "n"), Map.entry('ө', "o"), Map.entry('ұ', "u"), Map.entry('ү', "u"), Map.entry('һ', "h"),
            Map.entry('і', "i"));
    private static final Map<Character, String> KAZAKH_LATIN_2021 = Map.ofEntries(Map.entry('ә', "ä"),
            Map.entry('ғ', "ğ"), Map.entry('қ', "q"), Map.entry('ң', "ñ"), Map.entry('ө', "ö"), Map.entry('ұ', "ū"),
            Map.entry('ү', "ü"), Map.entry('һ', "h"), Map.entry('і', "i"), Map.entry('ы', "y"), Map.entry('и', "i"),
            Map.entry('й', "i"), Map.entry('ж', "j"), Map.entry('ш', "ş"), Map.entry('ч', "ç"), Map.entry('х', "h"),
            Map.entry('у', "u"), Map.entry('ю', "iu"), Map.entry('я', "ia"));

    private PersonSpellings() {
    }

    /** One system's way of writing a Cyrillic name. */
    static String spell(String cyrillic, SplittableRandom random) {
        int way = random.nextInt(100);
        if (way < 35) {
            return cyrillic;
        }
        if (way < 60) {
            return replace(cyrillic, WITHOUT_KAZAKH_LETTERS);
        }
        if (way < 75) {
            return latin(cyrillic, PASSPORT);
        }
        if (way < 85) {
            return latin(cyrillic, PASSPORT).replace("iu", "yu").replace("ia", "ya").replace("ii", "iy");
        }
        return latin(replace(cyrillic, Map.of()), KAZAKH_LATIN_2021);
    }

    /** One typing error: a letter replaced, dropped, doubled, or two letters swapped. */
    static String typo(String word, SplittableRandom random) {
        if (word.length() < 4) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 2);
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + word.charAt(at - 1) + word.substring(at + 1);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            case 2 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
            default -> word.substring(0, at - 1) + word.charAt(at) + word.charAt(at - 1) + word.substring(at + 1);
        };
    }

    private static String replace(String text, Map<Character, String> letters) {
        StringBuilder result = new StringBuilder(text.length());
        for (char letter : text.toCharArray()) {
            char lower = Character.toLowerCase(letter);
            String replacement = letters.get(lower);
            if (replacement == null) {
                result.append(letter);
            } else {
                result.append(Character.isUpperCase(letter) ? capital(replacement) : replacement);
            }
        }
        return result.toString();
    }

    private static String latin(String cyrillic, Map<Character, String> letters) {
        String partial = replace(cyrillic, letters);
        return replace(partial, PASSPORT);
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
