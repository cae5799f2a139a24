package kz.egmis.identity;

/**
 * How alike two names are, word by word (Jaro-Winkler on {@link PersonName} stems), taking the surname and given
 * name in the order that fits best: records swap them ("Given Family" in Latin, "Family Given" in Cyrillic).
 *
 * @param surname    similarity of the surnames, 0 to 1
 * @param given      similarity of the given names, 0 to 1
 * @param patronymic similarity of the patronymics, or -1 when either name has none (optional: no evidence)
 */
public record NameSimilarity(double surname, double given, double patronymic) {

    public static NameSimilarity of(PersonName first, PersonName second) {
        double surname = JaroWinkler.similarity(first.surname(), second.surname());
        double given = JaroWinkler.similarity(first.given(), second.given());
        double swappedSurname = JaroWinkler.similarity(first.surname(), second.given());
        double swappedGiven = JaroWinkler.similarity(first.given(), second.surname());
        double patronymic = first.hasPatronymic() && second.hasPatronymic()
                ? JaroWinkler.similarity(first.patronymic(), second.patronymic()) : -1;
        if (swappedSurname + swappedGiven > surname + given) {
            return new NameSimilarity(swappedSurname, swappedGiven, patronymic);
        }
        return new NameSimilarity(surname, given, patronymic);
    }

    /** The mean of surname and given name similarity: one figure for "is this the same name". */
    public double overall() {
        return (surname + given) / 2;
    }
}
