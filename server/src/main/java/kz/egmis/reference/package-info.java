/**
 * National reference data (НСИ): the billable service catalog, practitioner specialties, regions and
 * funding streams. Other modules use {@link kz.egmis.reference.ReferenceCatalog}; how the catalog is
 * read from files is hidden in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package kz.egmis.reference;
