#!/bin/sh
# Posts a deployment note to the team's channel through its webhook token.
curl -s -X POST "https://cliq.zoho.com/api/v2/channelsbyname/deploys/message?zapikey=${CLIQ_WEBHOOK_TOKEN}" \
  -H 'Content-Type: application/json' -d "{\"text\": \"deployed $1\"}"
