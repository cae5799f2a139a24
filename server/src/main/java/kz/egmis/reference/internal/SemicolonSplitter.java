package kz.egmis.reference.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of a reference file into fields. The files never quote, so every ';' separates;
 * unlike String.split, empty fields at the end are kept so a short line is noticed.
 */
final class SemicolonSplitter {

    private SemicolonSplitter() {
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        for (int position = 0; position < line.length(); position++) {
            if (line.charAt(position) == ';') {
                fields.add(line.substring(start, position));
                start = position + 1;
            }
        }
        fields.add(line.substring(start));
        return fields;
    }
}
