package kz.egmis.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.egmis.testing.EgmisServerTest;

@EgmisServerTest
class SchemaMigrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_migrations_create_the_canonical_model_of_the_standard() {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'")
                .query(String.class).list();
        assertThat(tables).contains("resource_version", "resource_current", "organization", "practitioner",
                "practitioner_role", "practitioner_role_specialty", "patient", "death_record", "attachment", "encounter",
                "encounter_participant", "claim", "claim_care_team", "claim_item", "claim_item_care_team",
                "claim_item_encounter", "api_key");
    }

    @Test
    void times_are_integers_so_rule_sql_runs_unchanged_on_spark() {
        List<String> timeColumnTypes = jdbc.sql("""
                select distinct data_type from information_schema.columns
                where table_schema = 'public' and (column_name like '%\\_day' or column_name like '%\\_at')""")
                .query(String.class).list();
        assertThat(timeColumnTypes).containsOnly("integer", "bigint");
    }

    @Test
    void every_version_of_a_record_is_kept_and_a_version_number_is_never_reused() {
        insertVersion("his", "Patient", "p1", 1);
        insertVersion("his", "Patient", "p1", 2);
        assertThat(jdbc.sql("select count(*) from resource_version where resource_id = 'p1'").query(Long.class).single())
                .isEqualTo(2);
        assertThatThrownBy(() -> insertVersion("his", "Patient", "p1", 2))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void negative_money_and_quantities_cannot_be_stored() {
        long version = insertVersion("his", "Claim", "c1", 1);
        jdbc.sql("insert into claim (source_system, resource_id, version_id, origin_type, status) values ('his', 'c1', :v, 'Claim', 'active')")
                .param("v", version).update();
        assertThatThrownBy(() -> jdbc.sql("""
                insert into claim_item (source_system, claim_id, sequence, service_code, start_day, end_day, quantity, net_kzt)
                values ('his', 'c1', 1, 'PHC001', 20000, 20000, 1, -5)""").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private long insertVersion(String source, String type, String id, int version) {
        return jdbc.sql("""
                insert into resource_version (source_system, resource_type, resource_id, version, content_sha256, raw_content,
                                              transport, received_at)
                values (:source, :type, :id, :version, 'hash', '{}', 'fhir', 0) returning id""")
                .param("source", source).param("type", type).param("id", id).param("version", version)
                .query(Long.class).single();
    }
}
