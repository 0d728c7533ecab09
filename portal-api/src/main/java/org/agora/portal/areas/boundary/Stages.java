package org.agora.portal.areas.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The journey stages posts are placed on; public. */
@Path("stages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Areas")
public class Stages {

    @PersistenceContext
    EntityManager em;

    /** A journey stage with its names. */
    public record StageView(String code, String nameDe, String nameEn) {}

    @GET
    @Operation(summary = "The journey stages in their order")
    public List<StageView> stages() {
        return ((List<?>) em.createNativeQuery("select code, name_de, name_en from journey_stages order by position")
                        .getResultList())
                .stream()
                        .map(row -> {
                            Object[] r = (Object[]) row;
                            return new StageView((String) r[0], (String) r[1], (String) r[2]);
                        })
                        .toList();
    }
}
