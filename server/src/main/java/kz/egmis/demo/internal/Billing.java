package kz.egmis.demo.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import kz.egmis.reference.CareSetting;
import kz.egmis.reference.FundingStream;
import kz.egmis.reference.ServiceDefinition;

/**
 * Turns care into what the source systems record: an encounter and a claim from a FHIR system, or one legacy CSV row
 * (a one-item claim without encounter) per service from the old polyclinic system.
 */
final class Billing {

    private static final String[] PHC_DIAGNOSES = {"J06.9", "I10", "E11.9", "Z00.0", "J20.9", "M54.5", "K29.7", "Z23"};
    private static final String[] SPECIALIST_DIAGNOSES = {"I25.1", "H52.1", "J31.0", "E04.9", "G43.9", "L20.9", "N39.0",
        "M17.1"};
    private static final String[] INPATIENT_DIAGNOSES = {"J18.9", "I21.9", "K35.8", "I63.9", "S72.0", "K80.2", "N10"};

    private Billing() {
    }

    /**
     * A visit on {@code day} starting at {@code startMinute}: its services all performed by {@code practitioner}.
     * Answers the claims (one for FHIR systems, one per service for the legacy system).
     */
    static List<Claim> visit(World world, Person person, Facility facility, Practitioner practitioner, LocalDate day,
                             int startMinute, List<ServiceDefinition> services) {
        return visit(world, person, facility, practitioner, day, startMinute, services, "AMB");
    }

    /** A visit of the given encounter class: {@code AMB} at a clinic, {@code EMER} for an ambulance call. */
    static List<Claim> visit(World world, Person person, Facility facility, Practitioner practitioner, LocalDate day,
                             int startMinute, List<ServiceDefinition> services, String encounterClass) {
        String diagnosis = diagnosis(world, services.get(0).setting());
        String funding = funding(world, services.get(0).setting());
        List<Claim> claims = new ArrayList<>();
        if (facility.sourceSystem().equals(Facilities.LEGACY_SYSTEM)) {
            for (ServiceDefinition service : services) {
                claims.add(new Claim(facility.sourceSystem(), world.nextId("L"), person, facility, List.of(practitioner),
                        funding, diagnosis, List.of(new Claim.Item(service, day, 1, 0)), null, true));
            }
        } else {
            int minutes = services.stream().mapToInt(ServiceDefinition::minutes).sum();
            LocalDateTime start = day.atStartOfDay().plusMinutes(startMinute);
            Encounter encounter = new Encounter(facility.sourceSystem(), world.nextId("enc"), encounterClass, person, facility,
                    practitioner, start, start.plusMinutes(Math.max(10, minutes)), diagnosis);
            world.encounters.add(encounter);
            List<Claim.Item> items = services.stream().map(service -> new Claim.Item(service, day, 1, 0)).toList();
            claims.add(new Claim(facility.sourceSystem(), world.nextId("cl"), person, facility, List.of(practitioner),
                    funding, diagnosis, items, encounter, false));
        }
        world.claims.addAll(claims);
        return claims;
    }

    /** A claim without encounter (billing only), from whatever system the facility uses. */
    static Claim billOnly(World world, Person person, Facility facility, Practitioner practitioner, LocalDate day,
                          ServiceDefinition service, int quantity) {
        boolean legacy = facility.sourceSystem().equals(Facilities.LEGACY_SYSTEM);
        Claim claim = new Claim(facility.sourceSystem(), world.nextId(legacy ? "L" : "cl"), person, facility,
                List.of(practitioner), funding(world, service.setting()), diagnosis(world, service.setting()),
                List.of(new Claim.Item(service, day, quantity, 0)), null, legacy);
        world.claims.add(claim);
        return claim;
    }

    static String diagnosis(World world, CareSetting setting) {
        String[] codes = switch (setting) {
            case PHC -> PHC_DIAGNOSES;
            case IMP -> INPATIENT_DIAGNOSES;
            default -> SPECIALIST_DIAGNOSES;
        };
        return codes[world.random.nextInt(codes.length)];
    }

    /**
     * PHC is paid from the stream that pays per capita (GOBMP); specialist and hospital care mostly from a stream
     * that pays per service (OSMS). Read from the catalog, so a replacement catalog's streams are used.
     */
    static String funding(World world, CareSetting setting) {
        List<FundingStream> streams = world.catalog.fundingStreams();
        FundingStream perCapita = streams.stream().filter(FundingStream::paysPerCapita).findFirst().orElse(streams.get(0));
        FundingStream perService = streams.stream().filter(s -> !s.paysPerCapita()).findFirst().orElse(perCapita);
        if (setting == CareSetting.PHC) {
            return perCapita.code();
        }
        return world.random.nextInt(10) < 7 ? perService.code() : perCapita.code();
    }
}
