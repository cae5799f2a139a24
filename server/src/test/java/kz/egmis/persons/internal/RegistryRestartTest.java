package kz.egmis.persons.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.identity.Sex;
import kz.egmis.testing.ApiClient;
import kz.egmis.testing.EgmisServerTest;
import kz.egmis.testing.TestServerInitializer;

/** Person ids outlive a reload of the registry from its tables (what a restart does), and CSV rows are persons too. */
@EgmisServerTest
class RegistryRestartTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonRegistry registry;

    @Test
    void a_reload_keeps_every_person_id_and_a_death_registry_row_joins_the_person_of_its_iin() {
        ApiClient client = ApiClient.at(port).withKey(TestServerInitializer.ADMINISTRATOR_KEY).withSource("restart-src");
        Iin iin = Iin.of(LocalDate.of(1944, 6, 9), Sex.FEMALE, 8800);
        Bin clinic = Bin.of(YearMonth.of(2011, 1), 4, 8802);
        String lines = "{\"resourceType\":\"Patient\",\"id\":\"r1\",\"identifier\":[{\"system\":\"urn:kz:iin\",\"value\":\""
                + iin + "\"}],\"name\":[{\"family\":\"Дүйсенова\",\"given\":[\"Балжан\"]}],\"gender\":\"female\","
                + "\"birthDate\":\"1944-06-09\"}\n{\"resourceType\":\"Patient\",\"id\":\"r2\",\"identifier\":[{\"system\":"
                + "\"urn:kz:egmis:mrn:" + clinic + "\",\"value\":\"77\"}],\"name\":[{\"family\":\"Duisenova\",\"given\":"
                + "[\"Balzhan\"]}],\"gender\":\"female\",\"birthDate\":\"1944-06-09\"}\n";
        assertThat(client.post("/ingest/ndjson", "application/fhir+ndjson", lines).statusCode()).isEqualTo(200);
        assertThat(client.post("/ingest/csv/death-registry", "text/csv", "iin;death_date;record_no\n" + iin
                + ";2026-01-05;Z-1\n").statusCode()).isEqualTo(200);
        String person = personOf("restart-src/Patient/r1");
        assertThat(personOf("restart-src/Patient/r2")).isEqualTo(person);
        assertThat(personOf("restart-src/death-registry/Z-1")).isEqualTo(person);

        registry.load();

        assertThat(personOf("restart-src/Patient/r1")).isEqualTo(person);
        assertThat(personOf("restart-src/Patient/r2")).isEqualTo(person);
        java.util.Optional<String> inMemory = registry.read(linker -> linker.personOf("restart-src/Patient/r2"));
        assertThat(inMemory).contains(person);
    }

    private String personOf(String record) {
        return jdbc.sql("select person_id from identity_link where record = :record").param("record", record)
                .query(String.class).single();
    }
}
