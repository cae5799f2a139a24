package kz.egmis.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.identity.Sex;

/**
 * An endless, deterministic stream of valid FHIR resources (one JSON document each) in the shape real sources
 * send: a few organizations, practitioners and their roles first, then patients, encounters and claims that
 * reference them by IIN, BIN and literal id. Clean data: it is meant to be accepted, not to raise findings (each
 * practitioner bills the service of their specialty at the organization of their role), so that screening it in
 * real time costs what screening clean data costs.
 */
public final class SyntheticResources implements Iterator<String> {

    private static final int ORGANIZATIONS = 20;
    private static final int PRACTITIONERS = 200;
    private static final String[] SERVICES = {"AMB001", "AMB002", "AMB003", "AMB004", "AMB011", "AMB014", "AMB022"};
    private static final String[] SPECIALTIES = {"CARD", "NEUR", "OPHT", "ENT", "SURG", "CARD", "LAB"};

    private final SplittableRandom random;
    private final String runTag;
    private long produced;
    private long patients;

    public SyntheticResources(long seed, String runTag) {
        this.random = new SplittableRandom(seed);
        this.runTag = runTag;
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public String next() {
        long index = produced++;
        if (index < ORGANIZATIONS) {
            return organization((int) index);
        }
        if (index < ORGANIZATIONS + PRACTITIONERS) {
            return practitioner((int) (index - ORGANIZATIONS));
        }
        if (index < ORGANIZATIONS + 2 * PRACTITIONERS) {
            return role((int) (index - ORGANIZATIONS - PRACTITIONERS));
        }
        return switch ((int) ((index - ORGANIZATIONS - 2 * PRACTITIONERS) % 5)) {
            case 0 -> patient(patients++);
            case 1, 2 -> encounter(index);
            case 3, 4 -> claim(index);
            default -> throw new NoSuchElementException();
        };
    }

    static Bin organizationBin(int number) {
        return Bin.of(YearMonth.of(2001 + number % 20, 1 + number % 12), 4, 100 + number);
    }

    static Iin practitionerIin(int number) {
        return Iin.of(LocalDate.of(1960 + number % 30, 1 + number % 12, 1 + number % 28),
                number % 2 == 0 ? Sex.MALE : Sex.FEMALE, number);
    }

    static Iin patientIin(long number) {
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(number % 29_000);
        return Iin.of(birth, number % 2 == 0 ? Sex.FEMALE : Sex.MALE, (int) (number / 29_000 % 10_000));
    }

    private String organization(int number) {
        return "{\"resourceType\":\"Organization\",\"id\":\"org-" + number + "\",\"identifier\":[{\"system\":\"urn:kz:bin\","
                + "\"value\":\"" + organizationBin(number) + "\"}],\"type\":[{\"coding\":[{\"system\":"
                + "\"urn:kz:egmis:facility-type\",\"code\":\"SPEC\"}]}],\"name\":\"Поликлиника № " + number + "\","
                + "\"address\":[{\"district\":\"71\"}]}";
    }

    private String practitioner(int number) {
        Iin iin = practitionerIin(number);
        return "{\"resourceType\":\"Practitioner\",\"id\":\"doc-" + number + "\",\"identifier\":[{\"system\":\"urn:kz:iin\","
                + "\"value\":\"" + iin + "\"}],\"name\":[{\"family\":\"Сейткали\",\"given\":[\"Айгерим\"]}],"
                + "\"gender\":\"" + iin.sex().fhirCode() + "\",\"birthDate\":\"" + iin.birthDate() + "\"}";
    }

    private String role(int number) {
        return "{\"resourceType\":\"PractitionerRole\",\"id\":\"role-" + number + "\",\"practitioner\":{\"reference\":"
                + "\"Practitioner/doc-" + number + "\"},\"organization\":{\"reference\":\"Organization/org-"
                + number % ORGANIZATIONS + "\"},\"specialty\":[{\"coding\":[{\"system\":\"urn:kz:egmis:specialty\","
                + "\"code\":\"" + specialtyOf(number) + "\"}]}],\"period\":{\"start\":\"2020-01-01\"}}";
    }

    private String patient(long number) {
        Iin iin = patientIin(number);
        return "{\"resourceType\":\"Patient\",\"id\":\"" + runTag + "-p" + number + "\",\"identifier\":[{\"system\":"
                + "\"urn:kz:iin\",\"value\":\"" + iin + "\"}],\"name\":[{\"family\":\"Жумабаев\",\"given\":[\"Ерлан\"]}],"
                + "\"gender\":\"" + iin.sex().fhirCode() + "\",\"birthDate\":\"" + iin.birthDate() + "\","
                + "\"address\":[{\"district\":\"71\"}]}";
    }

    private String encounter(long index) {
        long patient = random.nextLong(Math.max(1, patients));
        int doctor = random.nextInt(PRACTITIONERS);
        LocalDate day = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300));
        int minute = 9 * 60 + random.nextInt(8 * 60);
        String start = day + "T" + time(minute) + ":00+05:00";
        String end = day + "T" + time(minute + 20) + ":00+05:00";
        return "{\"resourceType\":\"Encounter\",\"id\":\"" + runTag + "-e" + index + "\",\"status\":\"finished\","
                + "\"class\":{\"system\":\"http://terminology.hl7.org/CodeSystem/v3-ActCode\",\"code\":\"AMB\"},"
                + "\"subject\":{\"reference\":\"Patient/" + runTag + "-p" + patient + "\"},"
                + "\"serviceProvider\":{\"type\":\"Organization\",\"identifier\":{\"system\":\"urn:kz:bin\",\"value\":\""
                + organizationBin(doctor % ORGANIZATIONS) + "\"}},"
                + "\"participant\":[{\"individual\":{\"reference\":\"Practitioner/doc-" + doctor + "\"}}],"
                + "\"period\":{\"start\":\"" + start + "\",\"end\":\"" + end + "\"},"
                + "\"reasonCode\":[{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10\",\"code\":\"J06.9\"}]}]}";
    }

    private String claim(long index) {
        long patient = random.nextLong(Math.max(1, patients));
        int doctor = random.nextInt(PRACTITIONERS);
        int service = doctor % SERVICES.length;
        LocalDate day = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300));
        return "{\"resourceType\":\"Claim\",\"id\":\"" + runTag + "-c" + index + "\",\"status\":\"active\","
                + "\"type\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/claim-type\",\"code\":\"professional\"}]},"
                + "\"use\":\"claim\",\"patient\":{\"type\":\"Patient\",\"identifier\":{\"system\":\"urn:kz:iin\",\"value\":\""
                + patientIin(patient) + "\"}},\"created\":\"" + day + "\","
                + "\"provider\":{\"reference\":\"Organization/org-" + doctor % ORGANIZATIONS + "\"},"
                + "\"priority\":{\"coding\":[{\"code\":\"normal\"}]},"
                + "\"insurance\":[{\"sequence\":1,\"focal\":true,\"coverage\":{\"identifier\":{\"system\":"
                + "\"urn:kz:egmis:funding\",\"value\":\"OSMS\"}}}],"
                + "\"careTeam\":[{\"sequence\":1,\"provider\":{\"type\":\"Practitioner\",\"identifier\":{\"system\":"
                + "\"urn:kz:iin\",\"value\":\"" + practitionerIin(doctor) + "\"}}}],"
                + "\"diagnosis\":[{\"sequence\":1,\"diagnosisCodeableConcept\":{\"coding\":[{\"system\":"
                + "\"http://hl7.org/fhir/sid/icd-10\",\"code\":\"J06.9\"}]}}],"
                + "\"item\":[{\"sequence\":1,\"careTeamSequence\":[1],\"productOrService\":{\"coding\":[{\"system\":"
                + "\"urn:kz:egmis:service\",\"code\":\"" + SERVICES[service] + "\"}]},\"servicedDate\":\"" + day + "\","
                + "\"quantity\":{\"value\":1},\"unitPrice\":{\"value\":7400,\"currency\":\"KZT\"},"
                + "\"net\":{\"value\":7400,\"currency\":\"KZT\"}}],\"total\":{\"value\":7400,\"currency\":\"KZT\"}}";
    }

    /** The specialty of a practitioner's role: the one the service they bill requires. */
    static String specialtyOf(int practitioner) {
        return SPECIALTIES[practitioner % SPECIALTIES.length];
    }

    private static String time(int minuteOfDay) {
        return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }
}
