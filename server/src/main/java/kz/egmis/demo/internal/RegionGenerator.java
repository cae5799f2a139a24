package kz.egmis.demo.internal;

import kz.egmis.demo.DemoSettings;
import kz.egmis.reference.ReferenceCatalog;

/**
 * Generates a region, deterministically from the settings' seed: people and facilities, the dead souls (before
 * attachments, so theirs stay open), clean attachments (a third of one PHC's list never
 * to be seen), stays and visits, then the planted schemes, the padding
 * (after the schemes that add minutes to a practitioner's day, so none pushes a padded day past 720), the overload
 * scheme last so nothing lands on its days afterwards.
 */
public final class RegionGenerator {

    private RegionGenerator() {
    }

    public static GeneratedRegion generate(DemoSettings settings, ReferenceCatalog catalog) {
        World world = new World(settings, catalog);
        Population.populate(world);
        Facilities.build(world);
        DeadSouls.chooseTheDead(world);
        AttachmentHistory.generate(world);
        DeadSouls.recordOffences(world);
        PaddingSchemes.plantAbsentList(world);
        InpatientCare.generate(world);
        OutpatientCare.generate(world);
        EmergencyAndLaboratoryCare.generate(world);
        BillingSchemes.plant(world);
        CareSchemes.plant(world);
        PaddingSchemes.plantPadding(world);
        OverloadScheme.plant(world);
        return new GeneratedRegion(settings, world.people, world.facilities, world.staff.practitioners, world.staff.roles,
                world.attachments, world.encounters, world.claims, world.deathsOnPatientRecord, world.planted,
                world.nearMisses, world.outliers);
    }
}
