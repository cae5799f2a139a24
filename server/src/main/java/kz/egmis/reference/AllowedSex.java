package kz.egmis.reference;

import java.util.Arrays;
import java.util.Optional;

/** Which patients a service may be provided to, written in the catalog as one letter. */
public enum AllowedSex {
    ANY("A"),
    MALE("M"),
    FEMALE("F");

    private final String letter;

    AllowedSex(String letter) {
        this.letter = letter;
    }

    /** The letter used in services.csv. */
    public String letter() {
        return letter;
    }

    public static Optional<AllowedSex> fromLetter(String letter) {
        return Arrays.stream(values()).filter(sex -> sex.letter.equals(letter)).findFirst();
    }

    public boolean allowsMale() {
        return this != FEMALE;
    }

    public boolean allowsFemale() {
        return this != MALE;
    }
}
