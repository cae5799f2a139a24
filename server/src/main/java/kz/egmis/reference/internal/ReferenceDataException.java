package kz.egmis.reference.internal;

import kz.egmis.platform.StartupFailure;

/** The reference catalog could not be loaded; start-up stops so no claim is checked against bad data. */
final class ReferenceDataException extends StartupFailure {

    /** A folder or file is absent. */
    static final String MISSING = "REFERENCE_DATA_MISSING";
    /** A file is present but its content breaks the catalog's rules. */
    static final String INVALID = "REFERENCE_DATA_INVALID";
    /** A file is present but could not be read. */
    static final String UNREADABLE = "REFERENCE_DATA_UNREADABLE";

    ReferenceDataException(String code, String problem, String fix) {
        super(code, problem, fix);
    }

    ReferenceDataException(String code, String problem, String fix, Throwable cause) {
        super(code, problem, fix, cause);
    }
}
