"""Requests over plain http://."""

import os
import urllib.request

import httpx
import requests
from flask import Flask

from config import Config

app = Flask(__name__)
app.config["WEATHER_API_URL"] = "http://weather.partner.com/api/v1"  # want: FG1402[medium]
TOKEN = os.environ["PARTNER_TOKEN"]


def calls(user_id, password):
    requests.get("http://partner.com/items", headers={"Authorization": f"Bearer {TOKEN}"})  # want: FG1402[medium]
    requests.post("http://partner.com/session", data={"username": user_id, "password": password})  # want: FG1402[medium]
    requests.get("http://partner.com/items", params={"api_key": TOKEN})  # want: FG1402[medium]
    requests.get("http://partner.com/items?access_token=" + TOKEN)  # want: FG1402[medium]
    requests.get("http://partner.com/items", auth=("bot", TOKEN))  # want: FG1402[medium]
    requests.get(f"http://partner.com/users/{user_id}/login")  # want: FG1402[medium]
    requests.get("http://api.partner.com/items")  # want: FG1402[medium]
    requests.get("http://www.partner.com/feed.xml")  # want: FG1402[low]
    requests.get("http://192.168.1.20/status", headers={"Authorization": TOKEN})  # want: FG1402[low]
    urllib.request.urlopen("http://partner.com/export.csv")  # want: FG1402[low]
    httpx.post("http://partner.com/oauth/token", data={"client_secret": TOKEN})  # want: FG1402[medium]
    headers = {"X-API-Key": TOKEN}
    session = requests.Session()
    session.get("http://partner.com/items", headers=headers)  # want: FG1402[medium]
    url = "http://partner.com/data"
    requests.get(url)  # want: FG1402[low]
    # The constant is reported where it is defined, not at each use.
    requests.get(Config.BOOKS_API_URL + "/books", headers={"Authorization": TOKEN})
