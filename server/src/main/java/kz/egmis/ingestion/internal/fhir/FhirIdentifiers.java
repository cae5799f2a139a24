package kz.egmis.ingestion.internal.fhir;

import java.time.LocalDate;
import java.util.List;

import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.StringType;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.identity.InvalidIdentifierException;
import kz.egmis.identity.Sex;

/** Identifiers, names and sex of the people and organizations a resource describes. */
final class FhirIdentifiers {

    static final int NONE = -1;

    private FhirIdentifiers() {
    }

    /** The index of the first identifier with the system, or {@link #NONE}. */
    static int first(List<Identifier> identifiers, String system) {
        for (int index = 0; index < identifiers.size(); index++) {
            if (system.equals(identifiers.get(index).getSystem())) {
                return index;
            }
        }
        return NONE;
    }

    /** The IIN of {@code identifier} (at {@code location}), or null with an issue. */
    static Iin iin(Identifier identifier, String location, IssueCollector issues) {
        String value = value(identifier, location, "IIN", issues);
        try {
            return value == null ? null : Iin.parse(value);
        } catch (InvalidIdentifierException invalid) {
            issues.value(location + ".value", invalid.getMessage());
            return null;
        }
    }

    /** The BIN of {@code identifier} (at {@code location}), or null with an issue. */
    static Bin bin(Identifier identifier, String location, IssueCollector issues) {
        String value = value(identifier, location, "BIN", issues);
        try {
            return value == null ? null : Bin.parse(value);
        } catch (InvalidIdentifierException invalid) {
            issues.value(location + ".value", invalid.getMessage());
            return null;
        }
    }

    /** Male or female; null for absent, "other" and "unknown", which FHIR allows and an IIN cannot express. */
    static Sex sex(AdministrativeGender gender) {
        if (gender == AdministrativeGender.MALE) {
            return Sex.MALE;
        }
        return gender == AdministrativeGender.FEMALE ? Sex.FEMALE : null;
    }

    /** The standard makes an IIN that contradicts the resource's own gender or birth date an error. */
    static void checkAgreement(Iin iin, Sex sex, LocalDate birthDate, String type, IssueCollector issues) {
        if (iin == null) {
            return;
        }
        if (sex != null && sex != iin.sex()) {
            issues.value(type + ".gender", "gender " + sex.fhirCode() + " disagrees with IIN " + iin
                    + ", which encodes " + iin.sex().fhirCode() + " (digit 7): correct the gender or the IIN");
        }
        if (birthDate != null && !birthDate.equals(iin.birthDate())) {
            issues.value(type + ".birthDate", "birthDate " + birthDate + " disagrees with IIN " + iin
                    + ", which encodes the birth date " + iin.birthDate() + " (digits 1-7): correct the birthDate"
                    + " or the IIN");
        }
    }

    /**
     * The first name as one string: its text, else family name then given names (the order of Kazakh and
     * Russian documents), kept verbatim. Null when there is none.
     */
    static String name(List<HumanName> names) {
        if (names.isEmpty()) {
            return null;
        }
        HumanName name = names.get(0);
        if (name.hasText()) {
            return name.getText();
        }
        StringBuilder joined = new StringBuilder();
        if (name.hasFamily()) {
            joined.append(name.getFamily());
        }
        for (StringType given : name.getGiven()) {
            if (given.hasValue()) {
                joined.append(joined.length() == 0 ? "" : " ").append(given.getValue());
            }
        }
        return joined.length() == 0 ? null : joined.toString();
    }

    private static String value(Identifier identifier, String location, String kind, IssueCollector issues) {
        if (!identifier.hasValue()) {
            issues.required(location + ".value", "the " + kind + " is missing: send the 12 digits as the value");
            return null;
        }
        return identifier.getValue();
    }
}
