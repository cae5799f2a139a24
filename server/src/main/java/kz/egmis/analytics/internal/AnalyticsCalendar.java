package kz.egmis.analytics.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.egmis.platform.KazakhstanTime;
import kz.egmis.reference.FundingStream;
import kz.egmis.reference.ReferenceCatalog;

/** The latest month with data (what a page shows when not asked for months) and the per-capita payment. */
@Component
class AnalyticsCalendar {

    private final JdbcTemplate jdbc;
    private final ReferenceCatalog catalog;
    private final Clock clock;

    AnalyticsCalendar(JdbcTemplate jdbc, ReferenceCatalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The latest month with a claim item or an encounter; the current month (UTC+05:00) before any. */
    int latestMonth() {
        Integer latest = jdbc.queryForObject("select max(month_index) from analytics_month where facts > 0", Integer.class);
        return latest != null ? latest : Months.index(YearMonth.now(clock.withZone(KazakhstanTime.OFFSET)));
    }

    /** What one attached person is paid per month, over the funding streams that pay per capita (GOBMP). */
    BigDecimal perCapitaMonthlyKzt() {
        return catalog.fundingStreams().stream().map(FundingStream::perCapitaMonthlyKzt)
                .flatMap(java.util.Optional::stream).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
