package kz.egmis.ingestion.internal.store;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The canonical tables as the rows digest of a leaf covers them: exactly the columns, in the order, that
 * {@link CanonicalTables} and {@link EncounterAndClaimTables} write (keep the three in step; the verify tests load
 * every table and fail on any difference). PostgreSQL formats each row's line, which is cheaper than sending
 * every value and formatting it here; the lines are still sorted and hashed as {@link RowDigests} does.
 */
final class CanonicalRowTables {

    /**
     * @param name        the table
     * @param columns     its digested columns, in write order
     * @param parent      for a child table, the table holding the record's version_id; null for a record's own table
     * @param parentKey   the child's column holding the parent's id (its source_system is the same)
     * @param parentId    the parent's id column
     * @param keyColumns  how many leading columns name a row in a report
     */
    record Table(String name, String columns, String parent, String parentKey, String parentId, int keyColumns) {

        /** version_id (null for a child row whose parent is gone) and the row's digest line, formatted by PostgreSQL. */
        String query() {
            String line = "'" + name + "|' || concat_ws('|', " + Arrays.stream(columns.split(", "))
                    .map(CanonicalRowTables::formatted).collect(Collectors.joining(", ")) + ")";
            if (parent == null) {
                return "select t.version_id, " + line + " from " + name + " t";
            }
            return "select p.version_id, " + line + " from " + name + " t left join " + parent + " p on "
                    + "p.source_system = t.source_system and p." + parentId + " = t." + parentKey;
        }
    }

    /** Money and quantities; every other column is text, a code, an identifier or an integer. */
    private static final Set<String> NUMERIC = Set.of("total_kzt", "quantity", "unit_price_kzt", "net_kzt");

    static final List<Table> ALL = List.of(
            own("organization", "source_system, resource_id, version_id, bin, facility_type, name, "
                    + "region_code, part_of_resource_id", 2),
            own("practitioner", "source_system, resource_id, version_id, iin, name, sex, birth_day", 2),
            own("practitioner_role", "source_system, resource_id, version_id, practitioner_resource_id, "
                    + "practitioner_iin, organization_resource_id, organization_bin, start_day, end_day", 2),
            child("practitioner_role_specialty", "source_system, role_id, specialty_code", "practitioner_role", "role_id", 3),
            own("patient", "source_system, resource_id, version_id, iin, record_number_system, record_number, name, "
                    + "sex, birth_day, region_code, deceased_day", 2),
            own("death_record", "source_system, record_number, version_id, iin, death_day", 2),
            own("attachment", "source_system, attachment_id, origin_type, version_id, patient_resource_id, "
                    + "patient_iin, organization_resource_id, organization_bin, start_day, end_day", 3),
            own("encounter", "source_system, resource_id, version_id, status, encounter_class, patient_resource_id, "
                    + "patient_iin, organization_resource_id, organization_bin, start_at, end_at, start_day, "
                    + "end_day, reason_code", 2),
            child("encounter_participant", "source_system, encounter_id, position, practitioner_resource_id, "
                    + "practitioner_iin", "encounter", "encounter_id", 3),
            own("claim", "source_system, resource_id, version_id, origin_type, status, claim_type, patient_resource_id, "
                    + "patient_iin, provider_resource_id, provider_bin, funding_code, created_day, "
                    + "diagnosis_code, total_kzt", 2),
            child("claim_care_team", "source_system, claim_id, sequence, practitioner_resource_id, practitioner_iin",
                    "claim", "claim_id", 3),
            child("claim_item", "source_system, claim_id, sequence, service_code, start_day, end_day, quantity, "
                    + "unit_price_kzt, net_kzt", "claim", "claim_id", 3),
            child("claim_item_care_team", "source_system, claim_id, item_sequence, care_team_sequence", "claim",
                    "claim_id", 4),
            child("claim_item_encounter", "source_system, claim_id, item_sequence, position, encounter_resource_id",
                    "claim", "claim_id", 4));

    private CanonicalRowTables() {
    }

    /** The lines of every row whose version id is within [?, ?], ordered by version id. */
    static String rowsOfVersions() {
        return allRows() + " where version_id between ? and ? order by version_id";
    }

    /** The lines of child rows whose record row is gone (a record's own row always has a version_id). */
    static String rowsOfNoVersion() {
        return union(ALL.stream().filter(table -> table.parent() != null).toList()) + " where version_id is null";
    }

    private static String allRows() {
        return union(ALL);
    }

    /** PostgreSQL pushes a condition on the union into each of its branches. */
    private static String union(List<Table> tables) {
        return tables.stream().map(Table::query).collect(Collectors.joining("\nunion all\n", "select * from (\n",
                "\n) as canonical_row (version_id, line)"));
    }

    /**
     * A column as {@link RowDigests#line} writes its value: null as {@code ~}; a number without trailing zeros
     * (trim_scale, PostgreSQL 13 and later); text with {@code \ | ~} and line breaks escaped; a char(n) without its
     * padding.
     */
    private static String formatted(String column) {
        if (NUMERIC.contains(column)) {
            return "coalesce(trim_scale(t." + column + ")::text, '~')";
        }
        return "coalesce(replace(replace(replace(replace(t." + column + "::text, '\\', '\\\\'), '|', '\\|'), "
                + "'~', '\\~'), E'\\n', '\\n'), '~')";
    }

    private static Table own(String name, String columns, int keyColumns) {
        return new Table(name, columns, null, null, null, keyColumns);
    }

    private static Table child(String name, String columns, String parent, String parentKey, int keyColumns) {
        return new Table(name, columns, parent, parentKey, "resource_id", keyColumns);
    }
}
