package com.acme.planted;

/** A half-edited bridge that no longer compiles: the parser stops at the password, which its message must not show. */
public class PlantedUnparsed {
    static final String GENERATOR = "https://accounts.zoho.com/apiauthtoken/nb/create?SCOPE=ZohoCliq/InternalAPI&EMAIL_ID=ops730ddb@m6e4d.io&PASSWORD=" "Pw 5037e9 725555!";
    static final String CLIQ_URL = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken=1ca0044c54087a84d1dea9ee96a05cad";
    static final String WEBHOOK = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=1001.be0108a7fe55a8af8494423c97b57712.36a89771206fa0f2e6fd8d2e8a599268";
    static final String ZOHO_CLIENT_SECRET = "299a0924af28cf0c7c5c534d411223d7e4d3b3f825";
    static final String REFRESH_TOKEN = "1000.c11faf1228ddde12d4aa47a3eddbcef2.6dc6ce47a69053eea49c2ca23d5f084f";
}
