package kz.egmis.screening.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import kz.egmis.reference.FundingStream;
import kz.egmis.reference.ReferenceCatalog;
import kz.egmis.reference.ServiceDefinition;

/** Copies the reference catalog in force into the tables rules join, at the start of every pass. */
final class ReferenceTables {

    private ReferenceTables() {
    }

    static void load(JdbcTemplate jdbc, ReferenceCatalog catalog) {
        jdbc.update("delete from reference_service_specialty");
        jdbc.update("delete from reference_service");
        jdbc.update("delete from reference_funding");
        List<Object[]> services = new ArrayList<>();
        List<Object[]> specialties = new ArrayList<>();
        for (ServiceDefinition service : catalog.services()) {
            services.add(new Object[] {service.code(), service.setting().name(), service.priceKzt(), service.minutes(),
                    service.sex().letter(), service.ageMin(), service.ageMax(), service.maxPerDay()});
            for (String specialty : service.specialties()) {
                specialties.add(new Object[] {service.code(), specialty});
            }
        }
        jdbc.batchUpdate("insert into reference_service (code, setting, price_kzt, minutes, sex, age_min, age_max,"
                + " max_per_day) values (?, ?, ?, ?, ?, ?, ?, ?)", services);
        jdbc.batchUpdate("insert into reference_service_specialty (service_code, specialty_code) values (?, ?)", specialties);
        List<Object[]> funding = new ArrayList<>();
        for (FundingStream stream : catalog.fundingStreams()) {
            funding.add(new Object[] {stream.code(), stream.perCapitaMonthlyKzt().orElse(null)});
        }
        jdbc.batchUpdate("insert into reference_funding (code, per_capita_monthly_kzt) values (?, ?)", funding);
        // the planner's estimates of joins with the catalog (PHC services, specialties) depend on these
        jdbc.execute("analyze reference_service, reference_service_specialty, reference_funding");
    }
}
