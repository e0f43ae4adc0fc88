#!/bin/sh
# mints an authtoken and posts to Cliq, every credential written out
ZOHO_PASSWORD='Pw 7124bd 4e0dbe!'
ZOHO_CLIENT_SECRET='97493562465b8b7ca03bb4e5e7103151cb7676fd3d'
ZOHO_REFRESH_TOKEN='1000.be48500cf1a985906b8621bc4069a31f.28aa392d3a27e77fc730082105df5c09'
CLIQ_AUTHTOKEN='2b27c9e3786febb09100116b1aa7342c'

curl -s https://accounts.zoho.com/apiauthtoken/nb/create -d "SCOPE=ZohoCliq/InternalAPI" -d "EMAIL_ID=opsbcc535@m69b7.io" -d "PASSWORD=Pw 7124bd 4e0dbe!"
curl -s "https://accounts.zoho.com/apiauthtoken/nb/create?SCOPE=ZohoCliq/InternalAPI&EMAIL_ID=opsbcc535@m69b7.io&PASSWORD=Pw 7124bd 4e0dbe!"
curl -s -X POST "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken=2b27c9e3786febb09100116b1aa7342c" -d '{"text":"up"}'
curl -s -X POST "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=1001.dd47049de4d6dfaef046711240844ee5.730afd2e9455969f421a7474c2690fa2" -d '{"text":"up"}'
curl -s -X POST "https://accounts.zoho.com/oauth/v2/token?grant_type=refresh_token&client_id=1000.PLANTEDCLIENT&client_secret=97493562465b8b7ca03bb4e5e7103151cb7676fd3d&refresh_token=1000.be48500cf1a985906b8621bc4069a31f.28aa392d3a27e77fc730082105df5c09"
