import os, requests
from dynaconf import settings

def ok():
    return bool(settings.zoho.cliq.authtoken)
