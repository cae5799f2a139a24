package kz.egmis.demo.internal;

import java.time.LocalDate;

/**
 * Per-capita payments for the dead: people who died months or years before the period, whose death the civil
 * registry recorded, and whose PHC attachment stays open, so the PHC is still paid for them every month.
 */
final class DeadSouls {

    private DeadSouls() {
    }

    /**
     * Before attachments and care are made: who died long ago (they get no care in the period), and who dies early in
     * the period (their care stops there; the scheme of services after death bills them afterwards), one more than
     * the schemes need, for the near miss on the death day.
     */
    static void chooseTheDead(World world) {
        int wanted = SchemeSupport.perRule(world);
        for (int attempt = 0; attempt < 10_000 && world.diedEarlyInPeriod.size() < wanted + 1; attempt++) {
            Person person = world.randomPerson();
            if (person.deathDay() == null && person.ageOn(world.firstDay) >= 50) {
                Person dead = person.diedOn(world.firstDay.plusDays(world.random.nextInt(Math.max(1, world.days() / 2))));
                world.replacePerson(dead);
                world.diedEarlyInPeriod.add(dead);
            }
        }
        for (int attempt = 0; attempt < 10_000 && world.deadSouls.size() < wanted; attempt++) {
            Person person = world.randomPerson();
            if (person.deathDay() == null && person.ageOn(world.firstDay) >= 40) {
                LocalDate death = world.firstDay.minusDays(40 + world.random.nextInt(700));
                world.replacePerson(person.diedOn(death));
                world.deadSouls.add(person.number());
            }
        }
    }

    /** After attachments are made: the ground truth, one offence per open attachment of the dead. */
    static void recordOffences(World world) {
        for (Attachment attachment : world.attachments) {
            if (world.deadSouls.contains(attachment.person().number())) {
                Person person = attachment.person();
                world.planted.add(new PlantedOffence("DECEASED_ATTACHMENT", person.iin().value(), null,
                        attachment.facility().bin().value(), person.deathDay().plusDays(31).toString(), null, null,
                        attachment.reference(), null, "dead soul: died " + person.deathDay()
                        + ", still attached to " + attachment.facility().name() + " since " + attachment.start()));
            }
        }
    }
}
