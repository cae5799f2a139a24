package kz.egmis.ingestion.internal.web;

import java.util.Locale;
import java.util.Set;

/**
 * Which request bodies the FHIR paths take: FHIR JSON ({@code application/fhir+json}, the older
 * {@code application/json+fhir}, or plain {@code application/json}), with or without parameters, or a body that
 * names no type. XML, text and forms are refused with 415 rather than read as something they are not.
 */
final class FhirMediaTypes {

    private static final Set<String> FHIR_JSON = Set.of("application/fhir+json", "application/json+fhir",
            "application/json");

    private FhirMediaTypes() {
    }

    static boolean isFhirJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
        return FHIR_JSON.contains(type);
    }
}
