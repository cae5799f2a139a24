package kz.egmis.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import kz.egmis.reference.CareSetting;
import kz.egmis.reference.ServiceDefinition;

/**
 * Which catalog service a visit bills, chosen from whatever catalog is loaded: the services of the setting that the
 * catalog allows for the patient's sex and age that day, short ones more often than long ones.
 */
final class ServiceChoice {

    private ServiceChoice() {
    }

    static List<ServiceDefinition> allowed(World world, CareSetting setting, Person person, LocalDate day) {
        return world.catalog.services().stream()
                .filter(service -> service.setting() == setting && allows(service, person, day))
                .toList();
    }

    static boolean allows(ServiceDefinition service, Person person, LocalDate day) {
        boolean sexAllowed = switch (person.sex()) {
            case MALE -> service.sex().allowsMale();
            case FEMALE -> service.sex().allowsFemale();
        };
        return sexAllowed && service.allowsAge(person.ageOn(day));
    }

    /** A weighted pick: weight 60 / minutes, so a 10-minute vaccination is far more common than a 4-hour dialysis. */
    static ServiceDefinition pick(World world, List<ServiceDefinition> services, Predicate<ServiceDefinition> filter) {
        List<ServiceDefinition> candidates = services.stream().filter(filter).toList();
        if (candidates.isEmpty()) {
            return null;
        }
        double total = candidates.stream().mapToDouble(ServiceChoice::weight).sum();
        double pick = world.random.nextDouble() * total;
        for (ServiceDefinition service : candidates) {
            pick -= weight(service);
            if (pick < 0) {
                return service;
            }
        }
        return candidates.get(candidates.size() - 1);
    }

    private static double weight(ServiceDefinition service) {
        return 60.0 / Math.max(5, service.minutes());
    }
}
