package kz.egmis.reference;

/** A practitioner specialty, such as GP or CARD. */
public record Specialty(String code, String nameRu, String nameEn) {

    public Specialty {
        if (code == null || code.isBlank() || nameRu == null || nameRu.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new IllegalArgumentException("A specialty needs a code and both names: " + code);
        }
    }
}
