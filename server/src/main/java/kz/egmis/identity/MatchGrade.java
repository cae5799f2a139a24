package kz.egmis.identity;

import java.util.Locale;

/** The grade of a match (standard, section 8): certain is linked, probable linked and reviewed, possible reviewed only. */
public enum MatchGrade {
    CERTAIN, PROBABLE, POSSIBLE;

    /** The code of the standard: {@code certain}, {@code probable}, {@code possible}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean links() {
        return this != POSSIBLE;
    }
}
