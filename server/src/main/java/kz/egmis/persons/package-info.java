/**
 * Persons: the person registry of section 8 of the interchange standard. Every person record (a Patient, the IIN of
 * a legacy CSV row) is linked to one opaque, stable personId, by IIN or by Fellegi-Sunter matching (the logic is
 * identity's {@code PersonLinker}); conflicts and uncertain matches are listed for review, reviewers' decisions go on
 * the ledger. Endpoints: {@code POST /fhir/Patient/$match}, {@code /api/identity/...}. See docs/IDENTITY.md.
 */
package kz.egmis.persons;
