package kz.egmis.reference.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.egmis.reference.ReferenceCatalog;

/**
 * Loads the reference catalog once at start-up. egmis.reference-dir (EGMIS_REFERENCE_DIR through
 * relaxed binding) names a folder holding a replacement catalog; when blank, the bundled copy is used.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReferenceConfiguration.class);

    @Bean
    ReferenceCatalog referenceCatalog(@Value("${egmis.reference-dir:}") String referenceDirectory) {
        ReferenceFiles files = ReferenceFiles.chosenBy(referenceDirectory);
        ReferenceCatalog catalog = ReferenceCatalogLoader.load(files);
        log.info("Reference catalog loaded from {}: {}", files.describe(), catalog.summary());
        return catalog;
    }
}
