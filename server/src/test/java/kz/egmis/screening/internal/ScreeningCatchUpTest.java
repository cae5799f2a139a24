package kz.egmis.screening.internal;

import static kz.egmis.screening.ScreeningFixture.adult;
import static kz.egmis.screening.ScreeningFixture.claim;
import static kz.egmis.screening.ScreeningFixture.organizationNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import kz.egmis.identity.Iin;
import kz.egmis.ledger.LedgerJournal;
import kz.egmis.reference.ReferenceCatalog;
import kz.egmis.screening.ScreeningFixture;
import kz.egmis.screening.ScreeningFixture.Item;
import kz.egmis.screening.ScreeningPasses.Figures;
import kz.egmis.testing.EgmisServerTest;

/**
 * A server that starts on screening tables an earlier run kept (PostgreSQL did not crash) catches up with what was
 * stored meanwhile instead of rebuilding them; it rebuilds when it cannot trust them. Real time is off, so that only
 * the passes a test asks for run.
 */
@EgmisServerTest
@TestPropertySource(properties = "egmis.screening.real-time=false")
class ScreeningCatchUpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    RuleCatalog rules;

    @Autowired
    ReferenceCatalog catalog;

    @Autowired
    LedgerJournal journal;

    @Test
    void records_stored_before_a_restart_and_never_screened_are_screened_without_rebuilding_the_tables() {
        ScreeningFixture world = new ScreeningFixture(port, "catch-up");
        Iin screenedBefore = diedAndBilledAfterwards(world, "c-1");
        world.run();
        // stored, then the server stopped before screening them: what it had waiting is gone with it
        Iin storedBeforeTheRestart = diedAndBilledAfterwards(world, "c-2");

        Figures figures = serverJustStarted().runScopedPass();

        assertThat(figures).isNotNull();
        assertThat(figures.tablesRebuilt()).isFalse();
        assertThat(figures.full()).isFalse();
        assertThat(world.findings("DECEASED_SERVICE", storedBeforeTheRestart.value())).hasSize(1);
        assertThat(world.findings("DECEASED_SERVICE", screenedBefore.value())).hasSize(1);
    }

    @Test
    void a_full_pass_after_a_restart_also_catches_up_instead_of_rebuilding() {
        ScreeningFixture world = new ScreeningFixture(port, "catch-up-full");
        world.run();
        Iin storedBeforeTheRestart = diedAndBilledAfterwards(world, "c-1");

        Figures figures = serverJustStarted().runFullPass(false);

        assertThat(figures.tablesRebuilt()).isFalse();
        assertThat(world.findings("DECEASED_SERVICE", storedBeforeTheRestart.value())).hasSize(1);
    }

    @Test
    void tables_filled_from_other_definitions_are_rebuilt() {
        ScreeningFixture world = new ScreeningFixture(port, "definitions");
        world.run();
        jdbc.update("update screening_tables_state set definitions_sha256 = 'filled by an earlier version'");

        Figures figures = serverJustStarted().runFullPass(false);

        assertThat(figures.tablesRebuilt()).isTrue();
        assertThat(new ScreeningTables(jdbc).state()).get().extracting(ScreeningTables.State::definitionsSha256)
                .isEqualTo(new ScreeningTables(jdbc).definitionsSha256());
    }

    @Test
    void tables_emptied_by_a_crash_of_postgresql_are_rebuilt() {
        ScreeningFixture world = new ScreeningFixture(port, "crash");
        world.run();
        Iin storedBeforeTheCrash = diedAndBilledAfterwards(world, "c-1");
        // what a crash does to unlogged tables
        jdbc.execute("truncate screening_tables_state, screening_claim_item");

        Figures figures = serverJustStarted().runScopedPass();

        assertThat(figures.tablesRebuilt()).isTrue();
        assertThat(world.findings("DECEASED_SERVICE", storedBeforeTheCrash.value())).hasSize(1);
    }

    /** A runner as a server that has just started has it: nothing handed to it yet, tables it did not keep. */
    private ScreeningRunner serverJustStarted() {
        return new ScreeningRunner(jdbc, transactions, rules, catalog, journal, Clock.systemUTC(), new PendingRecords(),
                "256MB", 2);
    }

    private static Iin diedAndBilledAfterwards(ScreeningFixture world, String claimId) {
        Iin patient = adult();
        world.death(patient, "2026-03-10");
        world.send(claim(claimId, patient, organizationNumber(), adult(), Item.of("AMB001", "2026-03-20")));
        return patient;
    }
}
