import configparser
import os
import tomllib

import requests

with open("settings.toml", "rb") as f:
    SETTINGS = tomllib.load(f)

CRM = configparser.ConfigParser()
CRM.read("crm.ini")


def notify(text):
    token = SETTINGS["zoho"]["cliq"]["authtoken"]
    channel = SETTINGS["zoho"]["cliq"]["channel"]
    url = f"https://cliq.zoho.com/api/v2/channelsbyname/{channel}/message?authtoken={token}"
    requests.post(url, json={"text": text}, timeout=10)


def crm_token():
    # still read here, so the CRM setting stays for a person to migrate
    return CRM.get("zoho", "authtoken")
