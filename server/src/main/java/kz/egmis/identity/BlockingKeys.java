package kz.egmis.identity;

import java.util.ArrayList;
import java.util.List;

/**
 * The blocks a record is filed in: only records sharing a block are compared. Two kinds, so that a true pair
 * escapes only when it differs in the birth date and in the first three letters of a name word: the birth date; the
 * first three letters of both name words, in either order (swapped surname and given name). A third kind (a word's
 * first letters and the birth year) kept 0.3 % more true pairs at a quarter less speed (docs/IDENTITY.md).
 */
public final class BlockingKeys {

    private BlockingKeys() {
    }

    public static List<String> of(PersonRecord record) {
        List<String> keys = new ArrayList<>(2);
        if (record.birthDate() != null) {
            keys.add("d" + record.birthDate());
        }
        PersonName name = record.name();
        if (name.surname().length() >= 3 && name.given().length() >= 3) {
            String first = name.surname().substring(0, 3);
            String second = name.given().substring(0, 3);
            keys.add(first.compareTo(second) <= 0 ? "w" + first + second : "w" + second + first);
        }
        return keys;
    }
}
