#!/bin/sh
# Exports yesterday's tickets for the BI team.
curl -s "https://desk.zoho.com/api/v1/tickets?orgId=20064512&authtoken=${ZOHO_DESK_AUTHTOKEN}" > tickets.json
