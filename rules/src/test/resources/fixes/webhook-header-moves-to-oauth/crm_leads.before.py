import os

import requests


def leads():
    return requests.get("https://www.zohoapis.com/crm/v2/Leads",
                        headers={"Authorization": f"Zoho-authtoken {os.environ['ZOHO_AUTHTOKEN']}"})
