package kz.egmis.ingestion.internal.fhir;

import static kz.egmis.ingestion.internal.fhir.IssueCollector.shown;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Resource;

import com.fasterxml.jackson.databind.JsonNode;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/** A time inside a date element, which HAPI's parser accepts without a word and fails on later. */
final class DateElements {

    private static final Pattern DATE_WITH_TIME = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T.*");
    private static final FhirContext CONTEXT = FhirContext.forR4Cached();

    private DateElements() {
    }

    /**
     * Every date element of the accepted types has a name ending in "date" or "Date"; only when such a key holds
     * a value with a time is the costly walk over all date elements of the HAPI model needed.
     */
    static boolean mayHaveTimeInDate(JsonNode node) {
        for (var fields = node.fields(); fields.hasNext(); ) {
            var field = fields.next();
            JsonNode value = field.getValue();
            if (value.isTextual() && (field.getKey().endsWith("date") || field.getKey().endsWith("Date"))
                    && DATE_WITH_TIME.matcher(value.asText()).matches()) {
                return true;
            }
            if (value.isObject() && mayHaveTimeInDate(value)) {
                return true;
            }
            if (value.isArray()) {
                for (JsonNode element : value) {
                    if (element.isContainerNode() && mayHaveTimeInDate(element)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // HAPI's parser takes a time in a date element (birthDate, servicedDate) without a word, and fails on it
    // later, when the resource is copied. (Its terser does not look into a Bundle's entries, hence the loop.)
    static void checkDates(Resource resource, String type, IssueCollector issues) {
        List<Resource> resources = resource instanceof Bundle bundle ? bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource).filter(Objects::nonNull).toList() : List.of(resource);
        for (Resource checked : resources) {
            for (DateType date : CONTEXT.newTerser().getAllPopulatedChildElementsOfType(checked, DateType.class)) {
                if (date.getPrecision().ordinal() > TemporalPrecisionEnum.DAY.ordinal()) {
                    issues.structure(type, "invalid value " + shown(date.getValueAsString()) + " in a date element"
                            + " of " + checked.fhirType() + ": a date has no time; send YYYY-MM-DD");
                }
            }
        }
    }
}
