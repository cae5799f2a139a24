/**
 * Screening: the ten rules of section 5 of the interchange standard, each one declarative SQL definition with a
 * code and a version (resources {@code screening/rules/*.sql}), run by a PostgreSQL runner in full passes and after
 * every ingest; findings with stable identities, evidence and amounts at risk, reviewed by auditors, each raise,
 * withdrawal and review a ledger leaf. See docs/RULES.md.
 */
package kz.egmis.screening;
