package kz.egmis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import kz.egmis.testing.ApiClient;
import kz.egmis.testing.BrowserSession;
import kz.egmis.testing.EgmisServerTest;
import kz.egmis.testing.SyntheticPatients;
import kz.egmis.testing.TestServerInitializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the server logs while people's data flows through it, accepted and rejected, read and signed in for, holds
 * no IIN, no person's name, no password and no key: logs go to places (terminals, log collectors) that the access
 * log and the ledger do not watch.
 */
@EgmisServerTest
@ExtendWith(OutputCaptureExtension.class)
class NothingPersonalInLogsTest {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final String FAMILY = "Qwertybayeva";

    @LocalServerPort
    int port;

    @Test
    void ingesting_rejecting_reading_and_signing_in_log_no_personal_data_or_secret(CapturedOutput output) {
        ApiClient administrator = ApiClient.at(port).withKey(TestServerInitializer.ADMINISTRATOR_KEY);
        ApiClient source = administrator.withSource("log-check");
        List<String> secrets = new ArrayList<>(List.of(FAMILY, TestServerInitializer.ADMINISTRATOR_KEY));
        for (int i = 0; i < 3; i++) {
            secrets.add(SyntheticPatients.iin(9000 + i));
        }
        StringBuilder stream = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            stream.append(SyntheticPatients.patient("log-check-" + i, 9000 + i, FAMILY)).append('\n');
        }
        // a line whose IIN contradicts its birth date, and a line that is not JSON: rejected with reasons
        stream.append(SyntheticPatients.patient("log-check-bad", 9000, FAMILY).replace("\"birthDate\":\"1",
                "\"birthDate\":\"2")).append('\n');
        stream.append("{\"resourceType\":\"Patient\",\"identifier\":").append(SyntheticPatients.iin(9001)).append('\n');
        HttpResponse<String> loaded = source.post("/ingest/ndjson", "application/fhir+ndjson", stream.toString());
        assertThat(loaded.statusCode()).isEqualTo(200);
        assertThat(json.readTree(loaded.body()).path("rejected").asLong()).isEqualTo(2);
        assertThat(source.get("/fhir/Patient/log-check-0").statusCode()).isEqualTo(200);
        assertThat(source.get("/fhir/Patient?identifier=urn:kz:iin%7C" + SyntheticPatients.iin(9001)).statusCode())
                .isEqualTo(200);
        assertThat(source.post("/fhir/Patient", "application/fhir+json", "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\""
                + FAMILY + "\"}],\"identifier\":[{\"system\":\"urn:kz:iin\",\"value\":\"" + SyntheticPatients.iin(9002)
                + "0\"}]}").statusCode()).isBetween(400, 499);

        HttpResponse<String> account = administrator.post("/api/admin/users", "application/json",
                "{\"username\":\"log.check\",\"displayName\":\"Log Check\",\"role\":\"AUDITOR\"}");
        String password = json.readTree(account.body()).path("password").asString();
        secrets.add(password);
        BrowserSession.at(port).signIn("log.check", password);
        BrowserSession.at(port).signIn("log.check", "wrong-" + password);
        HttpResponse<String> key = administrator.post("/api/admin/keys", "application/json",
                "{\"name\":\"log check\",\"role\":\"CITIZEN\",\"iin\":\"" + SyntheticPatients.iin(9000) + "\"}");
        secrets.add(json.readTree(key.body()).path("key").asString());
        ApiClient.at(port).withKey(json.readTree(key.body()).path("key").asString()).get("/api/caller");
        assertThat(administrator.post("/api/screening/run", "application/json", "").statusCode()).isEqualTo(200);

        org.slf4j.LoggerFactory.getLogger(NothingPersonalInLogsTest.class).warn("log capture check");
        assertThat(output.getAll()).as("the log is captured").contains("log capture check");
        for (String secret : secrets) {
            assertThat(output.getAll()).as("the log holds a personal value or a secret").doesNotContain(secret);
        }
    }
}
