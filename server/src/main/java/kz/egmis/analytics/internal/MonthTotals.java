package kz.egmis.analytics.internal;

import java.math.BigDecimal;

/** The figures of one month of a facility, or summed over facilities (a region's patients are summed, not deduplicated). */
record MonthTotals(int month, long claims, long items, long patients, BigDecimal amountGobmpKzt,
                   BigDecimal amountOsmsKzt, long attached, long attachedNotSeen24m, FindingFigures findings) {

    static MonthTotals empty(int month) {
        return new MonthTotals(month, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, FindingFigures.NONE);
    }

    MonthTotals plus(FacilityMonth figures) {
        return new MonthTotals(month, claims + figures.claims(), items + figures.items(),
                patients + figures.patients(), amountGobmpKzt.add(figures.amountGobmpKzt()),
                amountOsmsKzt.add(figures.amountOsmsKzt()), attached + figures.attached(),
                attachedNotSeen24m + figures.attachedNotSeen24m(), findings);
    }

    MonthTotals plus(FindingFigures more) {
        return new MonthTotals(month, claims, items, patients, amountGobmpKzt, amountOsmsKzt, attached,
                attachedNotSeen24m, findings.plus(more));
    }
}
