package kz.egmis.demo.internal;

import kz.egmis.identity.Bin;

/**
 * A medical organization of the region. {@code type} is a facility type of the standard (PHC, HOSP, SPEC...);
 * {@code sourceSystem} is the information system that reports its care.
 */
public record Facility(int number, Bin bin, String type, String name, String region, String sourceSystem) {

    public String organizationId() {
        return "org-" + number;
    }

    public boolean isPhc() {
        return type.equals("PHC");
    }
}
