package com.acme.support;

import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** The Zoho Desk agent endpoints of the shift planner. */
@Headers("Accept: application/json")
public interface DeskAgentsApi {
    @RequestLine("GET /api/v1/agents?authtoken={token}&orgId={orgId}&status=ACTIVE")
    String activeAgents(@Param("token") String token, @Param("orgId") String orgId);
}
