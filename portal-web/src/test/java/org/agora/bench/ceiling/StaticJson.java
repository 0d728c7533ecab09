package org.agora.bench.ceiling;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed bytes as {@code application/json}: the benchmark stores one real answer per measured
 * endpoint under a name ({@code POST /bodies/top}) and then asks for it with the same method,
 * headers and a path of the same shape ({@code GET /top?sort=top&limit=20},
 * {@code PUT /vote/42/vote}). What the portal costs beyond this is its own work.
 */
@Path("")
public class StaticJson {

    private static final Map<String, byte[]> BODIES = new ConcurrentHashMap<>();

    @POST
    @Path("bodies/{name}")
    @Consumes(MediaType.WILDCARD)
    public void store(@PathParam("name") String name, byte[] body) {
        BODIES.put(name, body);
    }

    @GET
    @Path("{name}{rest: (/.*)?}")
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] get(@PathParam("name") String name) {
        return body(name);
    }

    @PUT
    @Path("{name}{rest: (/.*)?}")
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] put(@PathParam("name") String name) {
        return body(name);
    }

    @DELETE
    @Path("{name}{rest: (/.*)?}")
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] delete(@PathParam("name") String name) {
        return body(name);
    }

    private static byte[] body(String name) {
        byte[] body = BODIES.get(name);
        if (body == null) {
            throw new NotFoundException();
        }
        return body;
    }
}
