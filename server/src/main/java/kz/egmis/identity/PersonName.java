package kz.egmis.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A person's name as records write it ("Фамилия Имя Отчество", "Given Family", "Ахметұлы Серік"), reduced to
 * comparison stems: surname, given name and the optional patronymic. Gender forms of a surname share a stem
 * (Ахметов/Ахметова, Жұмабаев/Жұмабаева, Ильин/Ильина, Ахметұлы/Ахметқызы, Akhmetuly/Akhmetkyzy), and so do
 * male and female patronymics. Which word is the surname is a guess (the first, in the Russian order); comparisons
 * also try the words swapped.
 *
 * @param surname    the stem of the first word, empty when none
 * @param given      the stem of the second word, empty when none
 * @param patronymic the stem of the patronymic, empty when the name has none
 */
public record PersonName(String surname, String given, String patronymic) {

    public static final PersonName NONE = new PersonName("", "", "");

    // Kazakh "son of"/"daughter of" written as a word of its own: Ахмет ұлы, Akhmet kyzy
    private static final Set<String> DESCENT_WORDS = Set.of("uli", "kizi");
    private static final String[] PATRONYMIC_ENDINGS = {"ovich", "evich", "ovna", "evna", "ichna", "ich", "uli", "kizi"};
    // longest first, so that -ova is taken before -a would be
    private static final String[] SURNAME_ENDINGS = {"skaia", "skai", "skii", "ski", "ova", "eva", "ina", "uli", "kizi"};
    private static final String[] SURNAME_STEMS = {"ski", "ski", "ski", "ski", "ov", "ev", "in", "", ""};

    /** Parses a name as one text; null or blank gives {@link #NONE}. */
    public static PersonName parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        List<String> keys = new ArrayList<>();
        for (String word : text.trim().split("[\\s,]+")) {
            String key = NameKey.of(word);
            if (key.isEmpty()) {
                continue;
            }
            if (DESCENT_WORDS.contains(key) && !keys.isEmpty()) {
                keys.set(keys.size() - 1, keys.get(keys.size() - 1) + key);
            } else {
                keys.add(key);
            }
        }
        if (keys.isEmpty()) {
            return NONE;
        }
        String patronymic = "";
        if (keys.size() >= 3 && isPatronymic(keys.get(keys.size() - 1))) {
            patronymic = patronymicStem(keys.remove(keys.size() - 1));
        }
        return new PersonName(surnameStem(keys.get(0)), keys.size() > 1 ? surnameStem(keys.get(1)) : "", patronymic);
    }

    public boolean isEmpty() {
        return surname.isEmpty() && given.isEmpty();
    }

    public boolean hasPatronymic() {
        return !patronymic.isEmpty();
    }

    private static boolean isPatronymic(String key) {
        for (String ending : PATRONYMIC_ENDINGS) {
            if (key.length() > ending.length() + 1 && key.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static String patronymicStem(String key) {
        for (String ending : PATRONYMIC_ENDINGS) {
            if (key.length() > ending.length() + 1 && key.endsWith(ending)) {
                return key.substring(0, key.length() - ending.length());
            }
        }
        return key;
    }

    /**
     * The stem shared by the gender forms of a surname (applied to every word alike, so that a swapped surname and
     * given name still compare stem to stem).
     */
    static String surnameStem(String key) {
        for (int i = 0; i < SURNAME_ENDINGS.length; i++) {
            String ending = SURNAME_ENDINGS[i];
            if (key.length() > ending.length() + 1 && key.endsWith(ending)) {
                return key.substring(0, key.length() - ending.length()) + SURNAME_STEMS[i];
            }
        }
        return key;
    }
}
