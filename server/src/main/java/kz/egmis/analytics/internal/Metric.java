package kz.egmis.analytics.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/** The peer metrics of section 9; each is defined in docs/ANALYTICS.md. */
enum Metric {

    KZT_PER_ATTACHED("kzt_per_attached", false),
    SERVICES_PER_PATIENT("services_per_patient", false),
    MINUTES_PER_PRACTITIONER_DAY("minutes_per_practitioner_day", true),
    PATIENTS_PER_PRACTITIONER_DAY("patients_per_practitioner_day", true),
    SHARE_UNATTACHED_PHC("share_unattached_phc", false),
    ATTACHED_NOT_SEEN_SHARE("attached_not_seen_share", false);

    private final String code;
    private final boolean practitionerLevel;

    Metric(String code, boolean practitionerLevel) {
        this.code = code;
        this.practitionerLevel = practitionerLevel;
    }

    String code() {
        return code;
    }

    /** Whether the metric is also measured per practitioner (every metric is measured per facility). */
    boolean practitionerLevel() {
        return practitionerLevel;
    }

    static Optional<Metric> of(String code) {
        return Arrays.stream(values()).filter(metric -> metric.code.equals(code)).findFirst();
    }

    /** The facility's value in that month; empty where the metric does not apply (nothing to divide by, not PHC). */
    OptionalDouble of(FacilityMonth month) {
        return switch (this) {
            case KZT_PER_ATTACHED -> month.facility().isPrimaryCare() && month.attached() > 0
                    ? OptionalDouble.of(month.amountKzt().doubleValue() / month.attached()) : OptionalDouble.empty();
            case SERVICES_PER_PATIENT -> month.patients() > 0
                    ? OptionalDouble.of((double) month.items() / month.patients()) : OptionalDouble.empty();
            case MINUTES_PER_PRACTITIONER_DAY -> optional(month.medianPractitionerDayMinutes());
            case PATIENTS_PER_PRACTITIONER_DAY -> optional(month.medianPractitionerDayPatients());
            case SHARE_UNATTACHED_PHC -> month.phcOnlyItems() > 0
                    ? OptionalDouble.of((double) month.phcOnlyUnattachedItems() / month.phcOnlyItems())
                    : OptionalDouble.empty();
            case ATTACHED_NOT_SEEN_SHARE -> month.attached() > 0
                    ? OptionalDouble.of((double) month.attachedNotSeen24m() / month.attached()) : OptionalDouble.empty();
        };
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
