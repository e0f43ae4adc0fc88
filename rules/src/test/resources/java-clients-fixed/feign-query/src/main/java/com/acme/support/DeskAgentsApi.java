package com.acme.support;

import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** The Zoho Desk agent endpoints of the shift planner. */
@Headers("Accept: application/json")
public interface DeskAgentsApi {
    @RequestLine("GET /api/v1/agents?orgId={orgId}&status=ACTIVE")
    @Headers("Authorization: {authorization}")
    String activeAgents(@Param("authorization") String authorization, @Param("orgId") String orgId);
}
