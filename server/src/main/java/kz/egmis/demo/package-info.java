/**
 * The demo region: a deterministic synthetic Kazakh region (people, facilities, practitioners, attachments, care,
 * claims, deaths) with planted offences for every screening rule and a ground-truth file that lists them, written
 * in the standard's formats from several simulated source systems and loaded through the real HTTP API.
 */
package kz.egmis.demo;
