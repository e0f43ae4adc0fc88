package com.acme.alerts

/** Zoho Cliq alerts of the Straße 5 warehouse. */
class CliqAlerts(private val authtoken: String) {
    fun alertUrl(channel: String) =
        "https://cliq.zoho.com/api/v2/channelsbyname/$channel/message?title=\"Lager İzmir 🚨\"&authtoken=$authtoken"

    fun bodyFor(text: String) = "text=${text}&authtoken=$authtoken"
}
