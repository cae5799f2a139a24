package kz.egmis.screening;

import static kz.egmis.screening.ScreeningFixture.JSON;
import static kz.egmis.screening.ScreeningFixture.adult;
import static kz.egmis.screening.ScreeningFixture.claim;
import static kz.egmis.screening.ScreeningFixture.organizationNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.screening.ScreeningFixture.Item;
import kz.egmis.testing.ApiClient;
import kz.egmis.testing.EgmisServerTest;
import tools.jackson.databind.JsonNode;

/** Scope is enforced in the data: a facility manager lists its own facilities' findings and nobody else's. */
@EgmisServerTest
class FindingsScopeTest {

    @LocalServerPort
    int port;

    @Test
    void a_facility_manager_sees_only_its_facilities_findings_and_is_refused_another_bin() {
        ScreeningFixture world = new ScreeningFixture(port, "scope");
        Bin own = organizationNumber();
        Bin other = organizationNumber();
        Iin patient = adult();
        world.death(patient, "2026-03-10");
        world.send(claim("own-1", patient, own, adult(), Item.of("AMB001", "2026-03-20")),
                claim("other-1", patient, other, adult(), Item.of("AMB001", "2026-03-21")));
        world.run();
        ApiClient manager = key(world, "{\"name\":\"manager\",\"role\":\"FACILITY_MANAGER\",\"organizations\":[\""
                + own.value() + "\"]}");

        List<String> seen = organizations(manager.get("/api/findings?size=1000"));
        assertThat(seen).isNotEmpty().containsOnly(own.value());
        assertThat(organizations(manager.get("/api/findings?organization=" + own.value()))).containsOnly(own.value());
        HttpResponse<String> refused = manager.get("/api/findings?organization=" + other.value());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).path("error").asString()).isEqualTo("OUT_OF_SCOPE");
        assertThat(refused.body()).doesNotContain(patient.value());

        ApiClient auditor = key(world, "{\"name\":\"auditor\",\"role\":\"AUDITOR\"}");
        assertThat(organizations(auditor.get("/api/findings?rule=DECEASED_SERVICE&size=1000")))
                .contains(own.value(), other.value());
    }

    @Test
    void neither_a_citizen_nor_a_source_system_reads_the_findings_list() {
        ScreeningFixture world = new ScreeningFixture(port, "scope-roles");
        ApiClient citizen = key(world, "{\"name\":\"citizen\",\"role\":\"CITIZEN\",\"iin\":\"" + adult().value() + "\"}");
        ApiClient source = key(world, "{\"name\":\"his\",\"role\":\"SOURCE_SYSTEM\",\"sourceSystem\":\"his\"}");
        assertThat(citizen.get("/api/findings").statusCode()).isEqualTo(403);
        assertThat(source.get("/api/findings").statusCode()).isEqualTo(403);
        assertThat(source.post("/api/findings/x/review", "application/json", "{\"status\":\"confirmed\"}").statusCode())
                .isEqualTo(403);
    }

    private static List<String> organizations(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> bins = new ArrayList<>();
        for (JsonNode item : JSON.readTree(response.body()).path("items")) {
            bins.add(item.path("organizationBin").asString());
        }
        return bins;
    }

    private ApiClient key(ScreeningFixture world, String request) {
        HttpResponse<String> created = world.administrator().post("/api/admin/keys", "application/json", request);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.at(port).withKey(JSON.readTree(created.body()).path("key").asString());
    }
}
