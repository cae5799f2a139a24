/**
 * Analytics (section 9 of the interchange standard): monthly figures per facility and region, peer comparison of
 * facilities and practitioners (median, MAD, robust z), attached persons never seen, kept current by the records
 * each ingest touched. See docs/ANALYTICS.md.
 */
package kz.egmis.analytics;
