#!/bin/sh
# Sends the token as a form field: no webhook URL shape, so no automatic switch.
curl -s "https://cliq.zoho.com/api/v2/channelsbyname/ops/message" --data-urlencode "authtoken=$CLIQ_AUTHTOKEN"
