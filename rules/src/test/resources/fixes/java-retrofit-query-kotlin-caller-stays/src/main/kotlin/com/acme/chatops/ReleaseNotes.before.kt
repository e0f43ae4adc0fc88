package com.acme.chatops

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.RequestBody.Companion.toRequestBody

/** Posts the release notes to the releases channel. */
class ReleaseNotes(private val api: CliqApi, private val token: String) {
    fun publish(version: String, notes: String): Boolean {
        val body = "{\"text\":\"$version: $notes\"}".toRequestBody("application/json".toMediaType())
        return api.postMessage("releases", token, body).execute().isSuccessful
    }
}
