package kz.egmis.demo.internal;

import java.util.List;
import java.util.stream.Stream;

import kz.egmis.demo.FindingKeys;

/** Builds the ground-truth entries of planted offences, with the keys their findings must carry. */
final class Offences {

    private Offences() {
    }

    /** An offence of a rule that raises one finding per claim. */
    static PlantedOffence ofClaim(String rule, Claim claim, String scheme) {
        Claim.Item item = claim.items().get(0);
        return new PlantedOffence(rule, claim.patient().iin().value(), null, claim.provider().bin().value(),
                item.day().toString(), item.service().code(), null, null, List.of(claim.reference()), scheme);
    }

    /** An offence of a rule that raises one finding per pair of encounters. */
    static PlantedOffence ofPair(String rule, Encounter first, Encounter second, String practitionerIin, String scheme) {
        List<String> pair = Stream.of(first.reference(), second.reference()).sorted().toList();
        return new PlantedOffence(rule, practitionerIin == null ? first.patient().iin().value() : null, practitionerIin,
                null, null, null, pair, null, null, scheme);
    }

    static String key(PlantedOffence offence) {
        return FindingKeys.key(offence.rule(), offence.patientIin(), offence.practitionerIin(), offence.organizationBin(),
                offence.day(), offence.serviceCode(), offence.encounterIds(), offence.attachmentId(), offence.claimIds());
    }
}
