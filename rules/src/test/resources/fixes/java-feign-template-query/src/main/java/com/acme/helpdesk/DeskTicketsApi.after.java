package com.acme.helpdesk;

import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** The Zoho Desk ticket endpoints of the helpdesk sync, through Feign. */
@Headers("Accept: application/json")
public interface DeskTicketsApi {
    @RequestLine("POST /api/v1/tickets?orgId={orgId}")
    @Headers({"Content-Type: application/json", "X-Source: helpdesk-sync", "Authorization: {authorization}"})
    String create(@Param("authorization") String authorization, @Param("orgId") String orgId, String ticketJson);

    @RequestLine("GET /api/v1/tickets/{id}?orgId={orgId}")
    @Headers("Authorization: {authorization}")
    String ticket(@Param("id") String id, @Param("orgId") String orgId, @Param("authorization") String authorization);

    @Headers({"Cache-Control: no-cache", "Authorization: {authorization}"})
    @RequestLine("GET /api/v1/departments")
    String departments(@Param("authorization") String authorization);
}
