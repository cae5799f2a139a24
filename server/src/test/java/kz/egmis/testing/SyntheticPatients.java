package kz.egmis.testing;

import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import kz.egmis.identity.Iin;
import kz.egmis.identity.Sex;

/** Valid FHIR Patients as NDJSON, for tests that need accepted changes (and so ledger leaves). */
public final class SyntheticPatients {

    private SyntheticPatients() {
    }

    /** {@code count} Patients with ids {@code <prefix>-0 ...}; a different {@code family} makes new versions. */
    public static String ndjson(String prefix, int count, String family) {
        return IntStream.range(0, count).mapToObj(i -> patient(prefix + "-" + i, i, family))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    public static String patient(String id, int number, String family) {
        LocalDate birthDate = LocalDate.of(1950, 1, 1).plusDays(number % 20_000);
        Iin iin = Iin.of(birthDate, Sex.FEMALE, number % 10_000);
        return "{\"resourceType\":\"Patient\",\"id\":\"" + id + "\",\"identifier\":[{\"system\":\"urn:kz:iin\",\"value\":\""
                + iin.value() + "\"}],\"name\":[{\"family\":\"" + family + "\"}],\"gender\":\"female\",\"birthDate\":\""
                + birthDate + "\"}";
    }

    /** The IIN that {@link #patient} gives Patient {@code number}. */
    public static String iin(int number) {
        return Iin.of(LocalDate.of(1950, 1, 1).plusDays(number % 20_000), Sex.FEMALE, number % 10_000).value();
    }
}
