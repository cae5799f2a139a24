package kz.egmis.reference.internal;

import java.nio.file.Path;

import kz.egmis.reference.ReferenceCatalog;

/** Loading a catalog outside the server (commands, generators): the bundled copy or a folder of the same shape. */
public final class ReferenceCatalogs {

    private ReferenceCatalogs() {
    }

    public static ReferenceCatalog bundled() {
        return ReferenceCatalogLoader.load(ReferenceFiles.bundled());
    }

    public static ReferenceCatalog fromDirectory(Path directory) {
        return ReferenceCatalogLoader.load(ReferenceFiles.directory(directory));
    }
}
