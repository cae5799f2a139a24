package kz.egmis.persons;

import static kz.egmis.persons.IdentityWorld.JSON;
import static kz.egmis.persons.IdentityWorld.facility;
import static kz.egmis.persons.IdentityWorld.iin;
import static kz.egmis.persons.IdentityWorld.patient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.identity.Sex;
import kz.egmis.testing.EgmisServerTest;
import tools.jackson.databind.JsonNode;

/** The registry through the real HTTP stack: records linked as they arrive, conflicts listed, decisions binding. */
@EgmisServerTest
class PersonRegistryTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    kz.egmis.ledger.LedgerVerification verification;

    @Test
    void a_record_without_iin_in_latin_letters_at_another_facility_is_linked_to_the_person_of_the_iin() {
        IdentityWorld world = new IdentityWorld(port, "latin");
        Iin iin = iin(LocalDate.of(1979, 2, 11), Sex.MALE);
        String hospital = world.send("hospital", patient("p1", iin, null, "Жұмабаев", "Нұрлан", "male", "1979-02-11"));
        String clinic = world.send("clinic", patient("m1", null, facility(), "Zhumabaev", "Nurlan", "male", "1979-02-11"));

        List<JsonNode> links = world.links();
        assertThat(links).extracting(link -> link.path("record").asString())
                .containsExactlyInAnyOrder(hospital + "/Patient/p1", clinic + "/Patient/m1");
        assertThat(links).extracting(link -> link.path("grade").asString()).containsOnly("certain");
        assertThat(links.get(0).path("personId").asString()).isEqualTo(links.get(1).path("personId").asString())
                .startsWith("P");
    }

    @Test
    void two_people_without_iin_at_two_facilities_are_one_person_each_and_strangers_stay_apart() {
        IdentityWorld world = new IdentityWorld(port, "two-facilities");
        String first = world.send("first", patient("a", null, facility(), "Сейітқалиева", "Әсел", "female", "1990-07-01"),
                patient("b", null, facility(), "Пономаренко", "Ксения", "female", "1990-07-01"));
        String second = world.send("second", patient("x", null, facility(), "Сейиткалиева", "Асель", "female", "1990-07-01"));

        assertThat(world.personOf(second + "/Patient/x")).isEqualTo(world.personOf(first + "/Patient/a"));
        assertThat(world.personOf(first + "/Patient/b")).isNotEqualTo(world.personOf(first + "/Patient/a"));
    }

    @Test
    void a_borrowed_iin_is_linked_and_listed_for_review_with_the_evidence() {
        IdentityWorld world = new IdentityWorld(port, "borrowed");
        Iin iin = iin(LocalDate.of(1950, 4, 3), Sex.FEMALE);
        String owner = world.send("owner", patient("p1", iin, null, "Омарова", "Гүлнара", "female", "1950-04-03"));
        String user = world.send("user", patient("p9", iin, null, "Ким", "Валентина", "female", "1950-04-03"));

        assertThat(world.personOf(user + "/Patient/p9")).isEqualTo(world.personOf(owner + "/Patient/p1"));
        List<JsonNode> reviews = world.reviews(user + "/Patient/p9");
        assertThat(reviews).singleElement().satisfies(review -> {
            assertThat(review.path("kind").asString()).isEqualTo("iin-conflict");
            assertThat(review.path("otherRecord").asString()).isEqualTo(owner + "/Patient/p1");
            assertThat(review.path("evidence").path("name").asString()).startsWith("unlike every other record");
        });
    }

    @Test
    void the_person_shows_its_records_and_chosen_attributes_and_the_read_is_logged_first() {
        IdentityWorld world = new IdentityWorld(port, "person");
        Iin iin = iin(LocalDate.of(1966, 12, 30), Sex.MALE);
        String source = world.send("one", patient("p1", iin, null, "Ахметов", "Серік", "male", "1966-12-30"),
                patient("m1", null, facility(), "Akhmetov", "Serik", "male", "1966-12-30"));
        String personId = world.personOf(source + "/Patient/p1");

        HttpResponse<String> response = world.as("AUDITOR").get("/api/identity/persons/" + personId);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode person = JSON.readTree(response.body());
        assertThat(person.path("iin").asString()).isEqualTo(iin.value());
        assertThat(person.path("name").asString()).isEqualTo("Ахметов Серік");
        assertThat(person.path("birthDate").asString()).isEqualTo("1966-12-30");
        assertThat(person.path("records")).hasSize(2);
        assertThat(jdbc.sql("select count(*) from access_log where path = :path and reader_role = 'AUDITOR'")
                .param("path", "/api/identity/persons/" + personId).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_separate_decision_goes_on_the_ledger_and_survives_a_new_version_of_the_record() {
        IdentityWorld world = new IdentityWorld(port, "separate");
        Bin clinic = facility();
        String source = world.send("one", patient("a", null, clinic, "Тұрсынов", "Ербол", "male", "2001-05-06"));
        // a day off and no patronymic: probable, linked and listed
        String other = world.send("two", patient("b", null, facility(), "Tursynov", "Yerbol", "male", "2001-05-07"));
        String record = other + "/Patient/b";
        assertThat(world.personOf(record)).isEqualTo(world.personOf(source + "/Patient/a"));
        JsonNode review = world.reviews(record).get(0);
        assertThat(review.path("grade").asString()).isEqualTo("probable");

        HttpResponse<String> decided = world.as("AUDITOR").post("/api/identity/review/" + review.path("id").asLong(),
                "application/json", "{\"decision\":\"separate\",\"comment\":\"twins, checked by phone\"}");

        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(JSON.readTree(decided.body()).path("status").asString()).isEqualTo("decided");
        assertThat(world.personOf(record)).isNotEqualTo(world.personOf(source + "/Patient/a"));
        world.send("two", patient("b", null, facility(), "Tursynov", "Yerbol", "male", "2001-05-06"));
        assertThat(world.personOf(record)).isNotEqualTo(world.personOf(source + "/Patient/a"));
        long id = jdbc.sql("select id from identity_decision where review_id = :review")
                .param("review", review.path("id").asLong()).query(Long.class).single();
        // one statement, one snapshot: the sequencer may move the leaf from the queue to the log between two
        assertThat(jdbc.sql("select (select count(*) from ledger_queue where kind = 'identity-decision' and ref = :id)"
                + " + (select count(*) from ledger_leaf where kind = 'identity-decision' and ref = :id)")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
        assertThat(verification.verify().problems()).noneMatch(problem -> problem.where().contains("identity_decision"));
        jdbc.sql("update identity_decision set comment = 'no twins' where id = :id").param("id", id).update();
        assertThat(verification.verify().problems()).anySatisfy(problem -> {
            assertThat(problem.where()).contains("identity_decision id " + id);
            assertThat(problem.what()).contains("comment");
        });
        jdbc.sql("update identity_decision set comment = 'twins, checked by phone' where id = :id").param("id", id).update();
    }

    @Test
    void identity_is_for_auditors_and_bad_decisions_are_refused_with_a_code() {
        IdentityWorld world = new IdentityWorld(port, "access");
        assertThat(world.as("ANALYST").get("/api/identity/review").statusCode()).isEqualTo(403);
        assertThat(world.as("ANALYST").get("/api/identity/links").statusCode()).isEqualTo(403);
        assertThat(kz.egmis.testing.ApiClient.at(port).get("/api/identity/links").statusCode()).isEqualTo(401);
        var auditor = world.as("AUDITOR");
        HttpResponse<String> unknown = auditor.post("/api/identity/review/999999999", "application/json",
                "{\"decision\":\"link\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).path("error").asString()).isEqualTo("IDENTITY_REVIEW_NOT_FOUND");
        HttpResponse<String> bad = auditor.post("/api/identity/review/1", "application/json", "{\"decision\":\"merge\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).path("error").asString()).isEqualTo("IDENTITY_DECISION_INVALID");
        HttpResponse<String> nobody = auditor.get("/api/identity/persons/Pnobody");
        assertThat(nobody.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(nobody.body()).path("error").asString()).isEqualTo("IDENTITY_PERSON_NOT_FOUND");
    }
}
