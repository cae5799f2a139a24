package kz.egmis.ingestion.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.egmis.ingestion.internal.fhir.FhirJson;
import kz.egmis.ingestion.internal.fhir.FhirResourceConverter;
import kz.egmis.reference.ReferenceCatalog;

@Configuration(proxyBeanMethods = false)
class IngestionConfiguration {

    @Bean
    FhirJson fhirJson() {
        return new FhirJson();
    }

    @Bean
    FhirResourceConverter fhirResourceConverter(ReferenceCatalog catalog, Clock clock) {
        return new FhirResourceConverter(catalog, clock);
    }
}
