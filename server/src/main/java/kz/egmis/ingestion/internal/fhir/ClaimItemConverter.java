package kz.egmis.ingestion.internal.fhir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hl7.fhir.r4.model.Claim.ItemComponent;
import org.hl7.fhir.r4.model.PositiveIntType;

import kz.egmis.ingestion.domain.ClaimRecord;
import kz.egmis.ingestion.domain.ClaimRecord.ClaimItem;
import kz.egmis.ingestion.domain.Reference;
import kz.egmis.reference.ReferenceCatalog;

import static kz.egmis.ingestion.internal.fhir.IssueCollector.shown;

/**
 * The billed lines of a Claim. Prices are not compared with the catalog here: a price that differs is a finding
 * for screening, not a reason to refuse the bill.
 */
final class ClaimItemConverter {

    private final ReferenceCatalog catalog;
    private final FhirDates dates;

    ClaimItemConverter(ReferenceCatalog catalog, FhirDates dates) {
        this.catalog = catalog;
        this.dates = dates;
    }

    /** The items; {@code careTeamSequences} are the sequences the claim's care team defines. */
    List<ClaimItem> convert(List<ItemComponent> items, Set<Integer> careTeamSequences, IssueCollector issues) {
        if (items.isEmpty()) {
            issues.required("Claim.item", "at least one item is required: send what was provided as item[]");
        }
        List<ClaimItem> converted = new ArrayList<>();
        Set<Integer> sequences = new HashSet<>();
        for (int index = 0; index < items.size(); index++) {
            ClaimItem item = convert(items.get(index), "Claim.item[" + index + "]", sequences, careTeamSequences,
                    issues);
            if (item != null) {
                converted.add(item);
            }
        }
        return converted;
    }

    private ClaimItem convert(ItemComponent item, String location, Set<Integer> sequences,
                              Set<Integer> careTeamSequences, IssueCollector issues) {
        Integer sequence = Sequences.unique(item.getSequenceElement(), location + ".sequence", sequences, issues);
        String service = service(item, location, issues);
        FhirDates.DayRange days = days(item, location, issues);
        BigDecimal quantity = quantity(item, location, issues);
        BigDecimal unitPrice = FhirMoney.amount(item.getUnitPrice(), location + ".unitPrice", issues);
        BigDecimal net = FhirMoney.amount(item.getNet(), location + ".net", issues);
        List<Integer> performers = performers(item, location, careTeamSequences, issues);
        List<Reference> encounters = new ArrayList<>();
        for (int index = 0; index < item.getEncounter().size(); index++) {
            Reference encounter = FhirReferences.required(item.getEncounter().get(index),
                    location + ".encounter[" + index + "]", "Encounter", issues);
            if (encounter != null) {
                encounters.add(encounter);
            }
        }
        if (sequence == null || service == null || days == null || days.start() == null || quantity == null) {
            return null;
        }
        // A period without an end is taken as one day: a bill names what was done, not an ongoing service.
        LocalDate end = days.end() == null ? days.start() : days.end();
        return new ClaimItem(sequence, service, days.start(), end, quantity, unitPrice, net, performers, encounters);
    }

    private String service(ItemComponent item, String location, IssueCollector issues) {
        List<FhirCodes.LocatedCoding> codings = FhirCodes.codings(item.getProductOrService(),
                location + ".productOrService", CodeSystems.SERVICE);
        if (codings.isEmpty()) {
            issues.required(location + ".productOrService", "the service is required: send a coding with system "
                    + CodeSystems.SERVICE + " and a code of services.csv");
            return null;
        }
        FhirCodes.LocatedCoding coding = codings.get(0);
        if (!catalog.isKnownService(coding.code())) {
            issues.unknownCode(coding.codeLocation(), "service " + shown(coding.code()) + " is not in the catalog:"
                    + " send a code of services.csv, e.g. PHC001");
            return null;
        }
        return coding.code();
    }

    private FhirDates.DayRange days(ItemComponent item, String location, IssueCollector issues) {
        if (item.hasServicedDateType()) {
            LocalDate day = dates.day(item.getServicedDateType(), location + ".servicedDate", issues);
            return day == null ? null : new FhirDates.DayRange(day, day);
        }
        if (item.hasServicedPeriod()) {
            return dates.days(item.getServicedPeriod(), location + ".servicedPeriod", true, issues);
        }
        issues.required(location + ".serviced", "the day of service is required: send servicedDate, or"
                + " servicedPeriod with a start");
        return null;
    }

    private static BigDecimal quantity(ItemComponent item, String location, IssueCollector issues) {
        if (!item.hasQuantity() || !item.getQuantity().hasValue()) {
            return BigDecimal.ONE;
        }
        BigDecimal quantity = item.getQuantity().getValue();
        if (quantity.signum() <= 0) {
            issues.value(location + ".quantity.value", "quantity " + quantity.toPlainString() + " is not positive:"
                    + " send the number of units provided, more than 0");
            return null;
        }
        // as the column will round it: 999999999.9995 becomes 1000000000.000
        BigDecimal stored = quantity.setScale(3, RoundingMode.HALF_UP);
        if (ClaimRecord.integerDigits(stored) > ClaimRecord.QUANTITY_INTEGER_DIGITS) {
            issues.value(location + ".quantity.value", "quantity " + shown(quantity.toPlainString()) + " has more than "
                    + ClaimRecord.QUANTITY_INTEGER_DIGITS + " digits before the decimal mark: check the value");
            return null;
        }
        return quantity;
    }

    private static List<Integer> performers(ItemComponent item, String location, Set<Integer> careTeamSequences,
                                            IssueCollector issues) {
        List<Integer> performers = new ArrayList<>();
        List<PositiveIntType> named = item.getCareTeamSequence();
        for (int index = 0; index < named.size(); index++) {
            Integer sequence = named.get(index).getValue();
            if (sequence == null || !careTeamSequences.contains(sequence)) {
                issues.value(location + ".careTeamSequence[" + index + "]", "no careTeam entry has sequence "
                        + sequence + ": send the sequence of a careTeam entry");
            } else {
                performers.add(sequence);
            }
        }
        return performers;
    }
}
