package kz.egmis.ingestion.internal;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.egmis.ingestion.internal.fhir.FhirJson;
import kz.egmis.ingestion.internal.fhir.FhirResourceConverter;
import kz.egmis.reference.ReferenceCatalog;

@Configuration(proxyBeanMethods = false)
class IngestionConfiguration {

    /** Converts stream lines on every core; daemon threads, so a stuck request never blocks shutdown. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService conversionPool() {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "egmis-conversion-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    FhirJson fhirJson() {
        return new FhirJson();
    }

    @Bean
    FhirResourceConverter fhirResourceConverter(ReferenceCatalog catalog, Clock clock) {
        return new FhirResourceConverter(catalog, clock);
    }
}
