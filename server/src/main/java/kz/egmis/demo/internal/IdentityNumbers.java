package kz.egmis.demo.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.identity.Sex;

/** Hands out unique, valid IINs and BINs. Serials step by two: Iin.of and Bin.of may take the next one. */
final class IdentityNumbers {

    private final Map<String, Integer> nextSerialByBirth = new HashMap<>();
    private int nextOrganizationSerial = 120;

    Iin person(LocalDate birthDate, Sex sex) {
        String key = birthDate + sex.name();
        int serial = nextSerialByBirth.merge(key, 2, Integer::sum) - 2;
        // 10,000 serials per birth date and sex: far beyond any demo size
        return Iin.of(birthDate, sex, 1000 + serial % 9000);
    }

    Bin organization(YearMonth registered) {
        Bin bin = Bin.of(registered, 4, nextOrganizationSerial);
        nextOrganizationSerial += 2;
        return bin;
    }
}
