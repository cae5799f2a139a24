package kz.egmis.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.egmis.identity.Sex;
import kz.egmis.reference.ServiceDefinition;

/**
 * The region's practitioners, their roles and their days. Practitioners are hired as care needs them, so staffing
 * follows demand; a clean day never goes beyond {@link #REGULAR_DAY_MINUTES} (the overload rule's limit is 720).
 */
final class Staff {

    static final int REGULAR_DAY_MINUTES = 480;
    /** The day starts at 09:00. */
    static final int DAY_START_MINUTE = 9 * 60;

    final List<Practitioner> practitioners = new ArrayList<>();
    final List<Role> roles = new ArrayList<>();
    private final World world;
    private final Map<Integer, List<Role>> rolesByFacility = new HashMap<>();
    private final Map<Integer, int[]> minutesByPractitioner = new HashMap<>();

    Staff(World world) {
        this.world = world;
    }

    /**
     * A practitioner of the facility, qualified for the service, with time for it on every one of the days (minutes
     * per day each); hires one when nobody has. The minutes are booked.
     */
    Booking assign(Facility facility, ServiceDefinition service, List<LocalDate> days, int minutesPerDay) {
        List<Role> candidates = rolesByFacility.getOrDefault(facility.number(), List.of()).stream()
                .filter(role -> service.allowsSpecialty(role.specialty()) && days.stream().allMatch(role::coversDay))
                .toList();
        int first = candidates.isEmpty() ? 0 : world.random.nextInt(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Role role = candidates.get((first + i) % candidates.size());
            if (hasTime(role.practitioner(), days, minutesPerDay, REGULAR_DAY_MINUTES)) {
                return new Booking(role, DAY_START_MINUTE + book(role.practitioner(), days, minutesPerDay));
            }
        }
        List<String> specialties = List.copyOf(service.specialties());
        Role hired = hire(facility, specialties.get(world.random.nextInt(specialties.size())), null);
        return new Booking(hired, DAY_START_MINUTE + book(hired.practitioner(), days, minutesPerDay));
    }

    /** Who performs a service, and the minute of the first day their slot starts. */
    record Booking(Role role, int startMinute) {

        Practitioner practitioner() {
            return role.practitioner();
        }
    }

    /** A new practitioner with one role at the facility, employed for years before the period, until {@code end}. */
    Role hire(Facility facility, String specialty, LocalDate end) {
        Sex sex = world.random.nextInt(10) < 7 ? Sex.FEMALE : Sex.MALE;
        LocalDate birth = world.firstDay.minusYears(26 + world.random.nextInt(36)).minusDays(world.random.nextInt(365));
        Names.FullName name = Names.random(world.random, sex);
        Practitioner practitioner = new Practitioner(practitioners.size(), world.numbers.person(birth, sex),
                name.family(), name.given(), name.patronymic());
        practitioners.add(practitioner);
        return addRole(practitioner, facility, specialty, world.firstDay.minusDays(200 + world.random.nextInt(4000)), end);
    }

    Role addRole(Practitioner practitioner, Facility facility, String specialty, LocalDate start, LocalDate end) {
        Role role = new Role("role-" + (roles.size() + 1), practitioner, facility, specialty, start, end);
        roles.add(role);
        rolesByFacility.computeIfAbsent(facility.number(), number -> new ArrayList<>()).add(role);
        return role;
    }

    List<Role> rolesAt(Facility facility) {
        return rolesByFacility.getOrDefault(facility.number(), List.of());
    }

    boolean hasTime(Practitioner practitioner, List<LocalDate> days, int minutesPerDay, int limit) {
        int[] minutes = minutesByPractitioner.get(practitioner.number());
        return minutes == null || days.stream().allMatch(day -> minutes[world.offset(day)] + minutesPerDay <= limit);
    }

    /** Books minutes; answers the minutes already booked on the first day before this booking (the start of the slot). */
    int book(Practitioner practitioner, List<LocalDate> days, int minutesPerDay) {
        int[] minutes = minutesByPractitioner.computeIfAbsent(practitioner.number(), number -> new int[world.days()]);
        int before = minutes[world.offset(days.get(0))];
        for (LocalDate day : days) {
            minutes[world.offset(day)] += minutesPerDay;
        }
        return before;
    }

    int bookedMinutes(Practitioner practitioner, LocalDate day) {
        int[] minutes = minutesByPractitioner.get(practitioner.number());
        return minutes == null ? 0 : minutes[world.offset(day)];
    }
}
