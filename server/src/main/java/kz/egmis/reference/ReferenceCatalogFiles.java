package kz.egmis.reference;

import java.nio.file.Path;

import kz.egmis.reference.internal.ReferenceCatalogs;

/** The catalog for code that runs without the server: the bundled national reference data, or a folder of it. */
public final class ReferenceCatalogFiles {

    private ReferenceCatalogFiles() {
    }

    public static ReferenceCatalog bundled() {
        return ReferenceCatalogs.bundled();
    }

    public static ReferenceCatalog fromDirectory(Path directory) {
        return ReferenceCatalogs.fromDirectory(directory);
    }
}
