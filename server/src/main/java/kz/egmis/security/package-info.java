/**
 * Who is calling: API keys (stored only as hashes), roles, and the source system an ingest request speaks for.
 */
package kz.egmis.security;
