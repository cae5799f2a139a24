package kz.egmis.screening.internal;

import java.util.List;
import java.util.Locale;

/**
 * What a rule's offences belong to, and so how a scoped pass (real time) restricts it: a rule declares one in its
 * header ({@code -- scope: claim}) and marks where in its query the restriction goes with {@code @IN_SCOPE(kind,
 * ...)}. A scoped pass judges only the offences whose owner is in scope and withdraws only the findings whose owner is
 * in scope; a full pass (and every other engine) reads {@code @IN_SCOPE} as true.
 */
enum ScopeKind {

    /** Offences of one claim: judged when the claim, its patient or one of its practitioners on its day changed. */
    CLAIM("claim", 2) {
        @Override
        String predicate(List<String> arguments) {
            return "(" + arguments.get(0) + ", " + arguments.get(1)
                    + ") in (select source_system, claim_id from screening_scope_claim)";
        }

        @Override
        String findingPredicate(String finding) {
            return finding + ".claim_ids in (select claim_ref from screening_scope_claim)";
        }
    },

    /** Offences made of one patient's records (their claims, encounters, attachments, death). */
    PATIENT("patient", 1) {
        @Override
        String predicate(List<String> arguments) {
            return arguments.get(0) + " in (select iin from screening_scope_patient)";
        }

        @Override
        String findingPredicate(String finding) {
            return finding + ".patient_iin in (select iin from screening_scope_patient)";
        }
    },

    /**
     * Offences of one practitioner on one day. The IN names the practitioners alone so that PostgreSQL can start
     * from the (few) people in scope and reach their rows through an index; the EXISTS then checks the day.
     */
    PRACTITIONER_DAY("practitioner-day", 2) {
        @Override
        String predicate(List<String> arguments) {
            return "(" + arguments.get(0) + " in (select iin from screening_scope_practitioner) and exists (select 1"
                    + " from screening_scope_practitioner scope where scope.iin = " + arguments.get(0) + " and "
                    + arguments.get(1) + " between scope.first_day and scope.last_day))";
        }

        @Override
        String findingPredicate(String finding) {
            return "exists (select 1 from screening_scope_practitioner scope where scope.iin = " + finding
                    + ".practitioner_iin and " + finding + ".day between scope.first_day and scope.last_day)";
        }
    };

    private final String code;
    private final int arguments;

    ScopeKind(String code, int arguments) {
        this.code = code;
        this.arguments = arguments;
    }

    String code() {
        return code;
    }

    /** The SQL condition a scoped pass substitutes for {@code @IN_SCOPE(kind, arguments...)}. */
    abstract String predicate(List<String> arguments);

    /** The SQL condition on a stored finding (alias {@code finding}) that a scoped pass may withdraw. */
    abstract String findingPredicate(String finding);

    String expand(List<String> arguments, boolean scoped) {
        if (arguments.size() != this.arguments) {
            throw new IllegalArgumentException("SCREENING_RULE_MACRO: @IN_SCOPE(" + code + ", ...) takes " + this.arguments
                    + " expressions after the kind, not " + arguments.size());
        }
        return scoped ? predicate(arguments) : "true";
    }

    static ScopeKind of(String code) {
        for (ScopeKind kind : values()) {
            if (kind.code.equals(code.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("SCREENING_RULE_SCOPE: unknown scope '" + code
                + "': use claim, patient or practitioner-day");
    }
}
