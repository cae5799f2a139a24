package kz.egmis.identity;

import java.util.ArrayList;
import java.util.List;

/**
 * The blocks a record is filed in: only records sharing a block are compared. Three kinds, so that a true pair
 * escapes only when it differs in the birth date and in the first letters of both names: the birth date; a name
 * word's first three letters and the birth year; the first three letters of both name words, in either order.
 */
public final class BlockingKeys {

    private BlockingKeys() {
    }

    public static List<String> of(PersonRecord record) {
        List<String> keys = new ArrayList<>(5);
        if (record.birthDate() != null) {
            keys.add("d" + record.birthDate());
        }
        PersonName name = record.name();
        if (record.birthDate() != null) {
            int year = record.birthDate().getYear();
            addIfPresent(keys, name.surname(), 3, "n", year);
            addIfPresent(keys, name.given(), 3, "n", year);
        }
        if (name.surname().length() >= 3 && name.given().length() >= 3) {
            String first = name.surname().substring(0, 3);
            String second = name.given().substring(0, 3);
            keys.add(first.compareTo(second) <= 0 ? "w" + first + second : "w" + second + first);
        }
        return keys;
    }

    private static void addIfPresent(List<String> keys, String word, int letters, String kind, int year) {
        if (word.length() >= letters) {
            String key = kind + word.substring(0, letters) + year;
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
    }
}
