"""Nightly digest of new CRM leads, posted to the #sales Cliq channel.

Runs from cron on the reporting box; reads its settings from workers/digest.toml.
"""
import os
import tomllib

import requests

with open(os.path.join(os.path.dirname(__file__), "digest.toml"), "rb") as fh:
    SETTINGS = tomllib.load(fh)

CRM_V1 = "https://crm.zoho.com/crm/private/json/Leads/getRecords"


def fetch_new_leads(token):
    params = {
        "authtoken": token,
        "scope": "crmapi",
        "selectColumns": "Leads(First Name,Last Name,Company)",
        "sortColumnString": "Created Time",
    }
    return requests.get(CRM_V1, params=params, timeout=30).json()


def post_digest(text):
    channel = SETTINGS["cliq"]["channel"]
    url = f"https://cliq.zoho.com/api/v2/channelsbyname/{channel}/message?authtoken={os.environ['CLIQ_AUTHTOKEN']}"
    requests.post(url, json={"text": text}, timeout=30)


def post_digest_oauth(text, access_token):
    # the replacement, already used by the new on-call bot
    channel = SETTINGS["cliq"]["channel"]
    requests.post(f"https://cliq.zoho.com/api/v2/channelsbyname/{channel}/message",
                  headers={"Authorization": f"Zoho-oauthtoken {access_token}"},
                  json={"text": text}, timeout=30)


if __name__ == "__main__":
    leads = fetch_new_leads(SETTINGS["crm"]["authtoken"])
    post_digest(f"{len(leads)} new leads today")
