package kz.egmis.identity;

/**
 * The fields Fellegi-Sunter compares, each with its agreement levels (level 0 is full agreement, the last level full
 * disagreement); a field missing on either side gives no evidence (weight 0).
 */
public enum MatchField {
    SURNAME("agree", "close", "disagree"),
    GIVEN_NAME("agree", "close", "disagree"),
    PATRONYMIC("agree", "disagree"),
    BIRTH_DATE("agree", "one part differs", "disagree"),
    SEX("agree", "disagree"),
    REGION("agree", "disagree");

    /** A level for a field missing on either side. */
    public static final int MISSING = -1;

    private final String[] levels;

    MatchField(String... levels) {
        this.levels = levels;
    }

    public int levels() {
        return levels.length;
    }

    public String describe(int level) {
        return level == MISSING ? "missing" : levels[level];
    }
}
