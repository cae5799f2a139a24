package kz.egmis.demo.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * Every person's PHC attachments: one to a PHC of their region since birth or some years back; about 2 % move to
 * another PHC during the period (the register closes the old attachment, or leaves it open and the later one ends
 * it, as the standard allows); a death closes the attachment within 30 days, as the register should.
 */
final class AttachmentHistory {

    private AttachmentHistory() {
    }

    static void generate(World world) {
        for (Person person : world.people) {
            List<Facility> phcs = world.facilities("PHC", person.region());
            Facility home = phcs.get(world.random.nextInt(phcs.size()));
            LocalDate earliest = world.firstDay.minusDays(30 + world.random.nextInt(3650));
            LocalDate start = person.birthDate().isAfter(earliest) ? person.birthDate() : earliest;
            boolean deadSoul = world.deadSouls.contains(person.number());
            LocalDate end = deadSoul ? null : closedAfterDeath(world, person);
            LocalDate move = deadSoul ? null : movesOn(world, person, start);
            if (move == null) {
                world.attach(attachment(world, person, home, start, end));
                continue;
            }
            Facility next = phcs.get((phcs.indexOf(home) + 1 + world.random.nextInt(phcs.size() - 1)) % phcs.size());
            boolean registerClosesIt = world.random.nextBoolean();
            world.attach(attachment(world, person, home, start, registerClosesIt ? move.minusDays(1) : null));
            world.attach(attachment(world, person, next, move, end));
        }
    }

    /** Attachments of PHCs with an even number come from the national register (CSV), the others as EpisodeOfCare. */
    static Attachment attachment(World world, Person person, Facility phc, LocalDate start, LocalDate end) {
        boolean fromRegister = phc.number() % 2 == 0;
        return new Attachment(person, phc, start, end,
                fromRegister ? Facilities.ATTACHMENT_REGISTER : Facilities.PHC_SYSTEM,
                fromRegister ? null : world.nextId("eoc"));
    }

    private static LocalDate closedAfterDeath(World world, Person person) {
        if (person.deathDay() == null) {
            return null;
        }
        LocalDate closed = person.deathDay().plusDays(world.random.nextInt(31));
        // a death too recent to be processed yet leaves the attachment open, still within the 30 days
        return closed.isAfter(world.lastDay) ? null : closed;
    }

    private static LocalDate movesOn(World world, Person person, LocalDate start) {
        if (world.random.nextInt(100) >= 2) {
            return null;
        }
        LocalDate move = world.firstDay.plusDays(10 + world.random.nextInt(Math.max(1, world.days() - 20)));
        boolean alive = person.deathDay() == null || move.isBefore(person.deathDay());
        return alive && move.isAfter(start.plusDays(1)) && world.facilities("PHC", person.region()).size() > 1 ? move : null;
    }
}
