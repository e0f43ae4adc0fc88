package com.acme.planted

import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request

object Planted {
    const val GENERATOR = "https://accounts.zoho.com/apiauthtoken/nb/create"
    const val CLIQ_URL = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken=d71171873f1406ba3d60a2853a51c8ec"
    const val WEBHOOK = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=1001.19610880721cbd8328084cd36180c212.121391856f1e892d6a12e3783132558d"
    private const val ZOHO_CLIENT_SECRET = "be07e40a39877a6602304d0802e126ea27dccfd90a"
    private const val ZOHO_REFRESH_TOKEN = "1000.2fd0a38bd2ba6948375f34ca1cee3c62.b7cc2e06ac7ebf92028aa6aa173094f5"

    fun login(http: OkHttpClient): String {
        val password = "Pw 17f8a9 8380e6!"
        val form = FormBody.Builder()
            .add("SCOPE", "ZohoCRM/crmapi")
            .add("EMAIL_ID", "ops2a1782@ma909.io")
            .add("PASSWORD", "Pw 17f8a9 8380e6!")
            .build()
        return http.newCall(Request.Builder().url(GENERATOR).post(form).build()).execute().body!!.string()
    }

    fun loginForm(http: OkHttpClient): String {
        val fields = mapOf("EMAIL_ID" to "ops2a1782@ma909.io", "PASSWORD" to "Pw 17f8a9 8380e6!")
        val form = FormBody.Builder().apply { fields.forEach { (k, v) -> add(k, v) } }.build()
        return http.newCall(Request.Builder().url(GENERATOR).post(form).build()).execute().body!!.string()
    }

    fun loginUrl() = "https://accounts.zoho.com/apiauthtoken/nb/create?SCOPE=ZohoCRM/crmapi&EMAIL_ID=ops2a1782@ma909.io&PASSWORD=Pw 17f8a9 8380e6!"

    fun refreshUrl() = "https://accounts.zoho.com/oauth/v2/token?grant_type=refresh_token&client_id=1000.PLANTEDCLIENT&client_secret=be07e40a39877a6602304d0802e126ea27dccfd90a&refresh_token=1000.2fd0a38bd2ba6948375f34ca1cee3c62.b7cc2e06ac7ebf92028aa6aa173094f5"
}
