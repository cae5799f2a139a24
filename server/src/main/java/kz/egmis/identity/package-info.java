/**
 * The typed identifiers of section 1 of the national interchange standard: the IIN of a person and
 * the BIN of a legal entity. Pure domain code: no Spring, no storage, so any module can use it.
 */
package kz.egmis.identity;
