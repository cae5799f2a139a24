package kz.egmis.reference;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The national reference data in force: services, specialties, regions and funding streams, each
 * looked up by its code. Immutable; lists keep the order of the source files.
 */
public final class ReferenceCatalog {

    private final Map<String, ServiceDefinition> services;
    private final Map<String, Specialty> specialties;
    private final Map<String, Region> regions;
    private final Map<String, FundingStream> fundingStreams;

    /**
     * @throws IllegalArgumentException when a code repeats or a service names an unknown specialty
     */
    public ReferenceCatalog(Collection<ServiceDefinition> services, Collection<Specialty> specialties,
                            Collection<Region> regions, Collection<FundingStream> fundingStreams) {
        this.services = index(services, ServiceDefinition::code, "service");
        this.specialties = index(specialties, Specialty::code, "specialty");
        this.regions = index(regions, Region::code, "region");
        this.fundingStreams = index(fundingStreams, FundingStream::code, "funding stream");
        for (ServiceDefinition service : services) {
            for (String specialty : service.specialties()) {
                if (!this.specialties.containsKey(specialty)) {
                    throw new IllegalArgumentException("Service " + service.code() + " names unknown specialty " + specialty);
                }
            }
        }
    }

    public Optional<ServiceDefinition> service(String code) {
        return Optional.ofNullable(services.get(code));
    }

    public List<ServiceDefinition> services() {
        return List.copyOf(services.values());
    }

    public boolean isKnownService(String code) {
        return services.containsKey(code);
    }

    public Optional<Specialty> specialty(String code) {
        return Optional.ofNullable(specialties.get(code));
    }

    public List<Specialty> specialties() {
        return List.copyOf(specialties.values());
    }

    public boolean isKnownSpecialty(String code) {
        return specialties.containsKey(code);
    }

    /** The region by its two-digit code. */
    public Optional<Region> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    /** The region a full KATO code lies in: its first two digits are the region code. */
    public Optional<Region> regionOfKato(String katoCode) {
        if (katoCode == null || katoCode.length() < 2) {
            return Optional.empty();
        }
        return region(katoCode.substring(0, 2));
    }

    public List<Region> regions() {
        return List.copyOf(regions.values());
    }

    public boolean isKnownRegion(String code) {
        return regions.containsKey(code);
    }

    public Optional<FundingStream> funding(String code) {
        return Optional.ofNullable(fundingStreams.get(code));
    }

    public List<FundingStream> fundingStreams() {
        return List.copyOf(fundingStreams.values());
    }

    public boolean isKnownFunding(String code) {
        return fundingStreams.containsKey(code);
    }

    /** Counts for a log line, e.g. "53 services, 23 specialties, 20 regions, 2 funding streams". */
    public String summary() {
        return services.size() + " services, " + specialties.size() + " specialties, "
                + regions.size() + " regions, " + fundingStreams.size() + " funding streams";
    }

    @Override
    public String toString() {
        return "ReferenceCatalog[" + summary() + "]";
    }

    // A LinkedHashMap rather than Map.copyOf: it keeps file order and answers get(null) with null.
    private static <T> Map<String, T> index(Collection<T> items, Function<T, String> code, String kind) {
        Map<String, T> byCode = new LinkedHashMap<>();
        for (T item : items) {
            if (byCode.putIfAbsent(code.apply(item), item) != null) {
                throw new IllegalArgumentException("Duplicate " + kind + " code " + code.apply(item));
            }
        }
        return Collections.unmodifiableMap(byCode);
    }
}
