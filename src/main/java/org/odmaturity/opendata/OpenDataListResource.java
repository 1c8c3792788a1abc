package org.odmaturity.opendata;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The published open data packages, for scripts: public, like the files themselves. */
@Path("/api/open-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open data")
public class OpenDataListResource {

    @Inject
    OpenDataService openData;

    @GET
    @PermitAll
    @Operation(summary = "The published open data packages", description = "Latest campaign first: slug, title, "
            + "version, publication date, and the address, size and rows of each file (datapackage.json first). "
            + "No account needed.")
    public List<PublishedPackage> list() {
        return openData.published();
    }
}
