/**
 * The web interface for auditors, analysts and facility managers: server-rendered pages (Thymeleaf, htmx, ECharts
 * from webjars, plain CSS) in Kazakh, Russian and English, over the other features' APIs. It owns no tables.
 */
package kz.egmis.web;
