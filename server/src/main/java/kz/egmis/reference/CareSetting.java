package kz.egmis.reference;

/** Where a service is delivered; billing rules differ by setting. */
public enum CareSetting {
    /** Primary health care: a PHC facility may bill it only for patients attached to it. */
    PHC,
    /** Outpatient (ambulatory) care. */
    AMB,
    /** Inpatient care. */
    IMP,
    /** Emergency medical services (ambulance). */
    EMS
}
