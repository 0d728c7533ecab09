package org.agora.portal.areas.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.agora.portal.areas.entity.AreaView;
import org.agora.portal.areas.entity.ProductArea;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The product areas; public, like everything a reader browses. */
@Path("areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Areas")
public class Areas {

    @PersistenceContext
    EntityManager em;

    @GET
    @Operation(summary = "All product areas in their order")
    public List<AreaView> areas() {
        return em.createNamedQuery(ProductArea.ALL, ProductArea.class)
                .getResultStream()
                .map(AreaView::of)
                .toList();
    }
}
