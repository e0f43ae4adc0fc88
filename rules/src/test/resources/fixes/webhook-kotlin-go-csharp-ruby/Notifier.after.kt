package com.acme.notify

import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest

class Notifier(private val token: String) {
    private val client = HttpClient.newHttpClient()

    fun post(text: String) {
        val url = "https://cliq.zoho.com/api/v2/bots/statusbot/message?zapikey=$token"
        val request = HttpRequest.newBuilder(URI.create(url))
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"$text\"}"))
            .build()
        client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding())
    }
}
