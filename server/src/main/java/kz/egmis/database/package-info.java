/**
 * PostgreSQL, the one database: an embedded server started in the data folder by default, or an external
 * one named by {@code EGMIS_DB_URL}. Flyway migrations in {@code db/migration} hold the canonical model.
 */
package kz.egmis.database;
