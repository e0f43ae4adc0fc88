package com.acme.helpdesk;

import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** The Zoho Desk ticket endpoints of the helpdesk sync, through Feign. */
@Headers("Accept: application/json")
public interface DeskTicketsApi {
    @RequestLine("POST /api/v1/tickets?authtoken={token}&orgId={orgId}")
    @Headers({"Content-Type: application/json", "X-Source: helpdesk-sync"})
    String create(@Param("token") String token, @Param("orgId") String orgId, String ticketJson);

    @RequestLine("GET /api/v1/tickets/{id}?orgId={orgId}&authtoken={token}")
    String ticket(@Param("id") String id, @Param("orgId") String orgId, @Param("token") String token);

    @Headers("Cache-Control: no-cache")
    @RequestLine("GET /api/v1/departments?authtoken={authtoken}")
    String departments(@Param("authtoken") String authtoken);
}
