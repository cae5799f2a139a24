package kz.egmis.analytics.internal;

import java.math.BigDecimal;

/**
 * One facility's figures in one month: from its claim items (claims, items, distinct patients, KZT per funding
 * stream, PHC-only items and those billed for patients not attached to it, its practitioners' daily medians) and from
 * its attached list at the month's last day.
 */
record FacilityMonth(Facility facility, int month, long claims, long items, long patients, BigDecimal amountGobmpKzt,
                     BigDecimal amountOsmsKzt, BigDecimal amountKzt, long phcOnlyItems, long phcOnlyUnattachedItems,
                     long practitionerDays, Double medianPractitionerDayMinutes, Double medianPractitionerDayPatients,
                     long attached, long attachedNotSeen24m) {

    /** A facility as its Organization records describe it (a BIN no Organization names has only its BIN). */
    record Facility(String bin, String name, String type, String region) {

        boolean isPrimaryCare() {
            return "PHC".equals(type);
        }
    }
}
