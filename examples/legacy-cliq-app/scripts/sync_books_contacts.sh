#!/usr/bin/env bash
# Nightly cron (02:15): copies Zoho Books contacts into the reporting database,
# then posts a one-line summary into #ops-alerts.
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck disable=SC1091
source .env
: "${ZOHO_TOKEN:?set ZOHO_TOKEN in .env}"
: "${ZOHO_ORG_ID:?set ZOHO_ORG_ID in .env}"

out_dir=$(mktemp -d)
page=1
while :; do
  curl -sS --fail -H "Authorization: Zoho-authtoken $ZOHO_TOKEN" \
    "https://books.zoho.com/api/v3/contacts?organization_id=${ZOHO_ORG_ID}&page=${page}&per_page=200" \
    -o "${out_dir}/contacts-${page}.json"
  more=$(jq -r '.page_context.has_more_page' "${out_dir}/contacts-${page}.json")
  [ "$more" = "true" ] || break
  page=$((page + 1))
done

count=$(jq -s '[.[].contacts[]] | length' "${out_dir}"/contacts-*.json)
jq -c '.contacts[]' "${out_dir}"/contacts-*.json | psql "$REPORTING_DB_URL" -c "\copy books_contacts_raw(doc) from stdin"

curl -sS -X POST -H 'Content-Type: application/json' \
  -d "{\"text\":\"Books contacts synced: ${count}\"}" \
  "https://cliq.zoho.com/api/v2/channelsbyname/ops-alerts/message?authtoken=${CLIQ_AUTHTOKEN}"

rm -rf "${out_dir}"
