package kz.egmis.screening.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kz.egmis.platform.KazakhstanTime;
import kz.egmis.screening.FindingQueries;
import kz.egmis.screening.FindingQueries.RefusedQuery;
import kz.egmis.security.Caller;

/**
 * The filters of {@code GET /api/findings} as SQL over {@code finding f}, checked, and narrowed to the caller's
 * scope: a facility manager's listing holds its own facilities' findings only, and another BIN is refused.
 */
final class FindingQuery {

    static final int MAX_SIZE = 1000;
    private static final Set<String> STATUSES = Set.of("open", "confirmed", "dismissed", "withdrawn");

    private final StringBuilder where = new StringBuilder(" where true");
    private final List<Object> arguments = new ArrayList<>();
    private int page;
    private int size;
    private String order = "f.day, f.rule, f.id";

    private FindingQuery() {
    }

    /** @throws RefusedQuery when a filter is malformed (400) or outside the caller's scope (403) */
    static FindingQuery of(Caller caller, RuleCatalog rules, FindingQueries.Filter filter) {
        FindingQuery query = of(caller, rules, filter.rule(), filter.organization(), filter.status(), filter.from(),
                filter.to(), filter.page() == null ? "0" : filter.page(), filter.size() == null ? "100" : filter.size());
        if (filter.minimumAmount() != null) {
            query.add(amount(filter.minimumAmount()), " and f.amount_kzt >= ?");
        }
        query.order = switch (filter.sort() == null ? "day" : filter.sort()) {
            case "day" -> "f.day, f.rule, f.id";
            case "day_desc" -> "f.day desc, f.rule, f.id";
            case "amount_desc" -> "f.amount_kzt desc nulls last, f.day, f.id";
            case "amount" -> "f.amount_kzt nulls first, f.day, f.id";
            default -> throw invalid("'sort' must be day, day_desc, amount or amount_desc, not '" + filter.sort() + "'.");
        };
        return query;
    }

    static FindingQuery of(Caller caller, RuleCatalog rules, String rule, String organization, String status,
                           String from, String to, String page, String size) {
        FindingQuery query = new FindingQuery();
        if (rule != null && !rules.isKnown(rule)) {
            throw invalid("'rule' must be one of " + RuleCatalog.STANDARD_RULES + ", not '" + rule + "'.");
        }
        query.add(rule, " and f.rule = ?");
        if (organization != null && !caller.mayReadFacility(organization)) {
            throw new RefusedQuery(403, "OUT_OF_SCOPE", "Your scope is the facilities " + caller.organizations().stream()
                    .sorted().toList() + ": ask for one of them, or leave 'organization' out.");
        }
        query.add(organization, " and f.organization_bin = ?");
        if (organization == null && !caller.seesAllFacilities()) {
            query.add(caller.organizations().toArray(String[]::new), " and f.organization_bin = any(?)");
        }
        if (status != null && !STATUSES.contains(status)) {
            throw invalid("'status' must be one of open, confirmed, dismissed, withdrawn, not '" + status + "'.");
        }
        query.add(status, " and f.status = ?");
        if (status == null) {
            query.where.append(" and f.status <> 'withdrawn'");
        }
        query.add(day(from), " and f.day >= ?");
        query.add(day(to), " and f.day <= ?");
        Integer pageNumber = number(page);
        Integer pageSize = number(size);
        if (pageNumber == null || pageSize == null || pageSize < 1 || pageSize > MAX_SIZE) {
            throw invalid("'page' counts from 0 and 'size' is between 1 and " + MAX_SIZE + ".");
        }
        query.page = pageNumber;
        query.size = pageSize;
        return query;
    }

    String countSql() {
        return "select count(*) from finding f" + where;
    }

    Object[] arguments() {
        return arguments.toArray();
    }

    String pageSql() {
        return "select " + FindingRows.COLUMNS + " from finding f" + where + " order by " + order + " limit ? offset ?";
    }

    /** Open findings per rule under these filters, whatever status they asked for. */
    String openCountsSql() {
        return "select f.rule, count(*) from finding f" + where + " and f.status = 'open' group by f.rule";
    }

    Object[] pageArguments() {
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(size);
        paged.add((long) page * size);
        return paged.toArray();
    }

    private void add(Object value, String condition) {
        if (value != null) {
            where.append(condition);
            arguments.add(value);
        }
    }

    private static RefusedQuery invalid(String message) {
        return new RefusedQuery(400, "FINDING_QUERY_INVALID", message);
    }

    private static Integer day(String text) {
        try {
            return text == null ? null : KazakhstanTime.epochDay(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw invalid("'from' and 'to' are days written YYYY-MM-DD, not '" + text + "'.");
        }
    }

    private static java.math.BigDecimal amount(String text) {
        try {
            return new java.math.BigDecimal(text);
        } catch (NumberFormatException e) {
            throw invalid("'minimumAmount' is an amount in KZT, like 50000, not '" + text + "'.");
        }
    }

    private static Integer number(String text) {
        try {
            int value = Integer.parseInt(text);
            return value < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
