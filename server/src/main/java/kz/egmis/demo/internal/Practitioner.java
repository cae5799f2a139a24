package kz.egmis.demo.internal;

import kz.egmis.identity.Iin;

/** A doctor, nurse or other practitioner, identified by IIN. */
public record Practitioner(int number, Iin iin, String family, String given, String patronymic) {

    public String practitionerId() {
        return "doc-" + number;
    }
}
