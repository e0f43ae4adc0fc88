package com.acme.crm;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;

/** The Zoho CRM leads endpoints, as a JAX-RS client proxy (MicroProfile REST Client). */
@Path("/crm/v2/Leads")
@Produces("application/json")
public interface ZohoCrmLeadsClient {
    @GET
    String page(@QueryParam("authtoken") String authtoken, @QueryParam("page") int page);

    @GET
    @Path("/{id}")
    String lead(@PathParam("id") String id);
}
