"""Credentials under credential names, and tokens in known formats."""

import os

import boto3
import requests
from flask import Flask
from requests.auth import HTTPBasicAuth

app = Flask(__name__)


class Config:
    BOOKS_API_TOKEN = "ob_4f9a1c7e2b8d4e06a3f5c9d1e7b2a8f4"  # want: FG0203[high]
    MAIL_PASSWORD = "Winter2024!"  # want: FG0203[high]
    STRIPE_SECRET_KEY = "a8f5f167f44f4964e6c998dee827110c"  # want: FG0203[high]
    OAUTH_CLIENT_SECRET = "9d8c7b6a5f4e3d2c1b0a"  # want: FG0203
    DB_PASS = "pg-4471-prod"  # want: FG0203
    apiKey = "3f2b1c0d9e8f7a6b"  # want: FG0203


class DevelopmentConfig(Config):
    MAIL_PASSWORD = "devmail-8812"  # want: FG0203[medium]


app.config["MAIL_PASSWORD"] = "smtp-pass-7731"  # want: FG0203
app.config.update(SENDGRID_API_KEY="k-1234567890abcdef")  # want: FG0203
app.config.update({"ALGOLIA_API_KEY": "c0ffee00ddba11"})  # want: FG0203
os.environ["WEATHER_API_KEY"] = "w-0a9b8c7d6e5f"  # want: FG0203

# The literal fallback is used whenever the variable is unset.
SLACK_BOT_TOKEN = os.environ.get("SLACK_BOT_TOKEN", "bot-token-58bc1e2f")  # want: FG0203
GITHUB_TOKEN = os.getenv("GITHUB_TOKEN") or "gh-fallback-91ab2c"  # want: FG0203


class Client:
    def __init__(self):
        self.api_key = "live-5c3b2a1f0e9d"  # want: FG0203


s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIA2E0A8F3B244C9986",  # want: FG0203[high]
    aws_secret_access_key="q8Xk2Lm9Pz4Rt7Vw1Ny5Bc3Df6Gh0Jk2Mn4Pq8Rs",  # want: FG0203[high]
)

requests.post("https://api.corp.net/login", json={"username": "bot", "password": "B0t-pass-2291"})  # want: FG0203
requests.get("https://api.corp.net/items", auth=("bot", "B0t-pass-2291"))  # want: FG0203
requests.get("https://api.corp.net/items", auth=HTTPBasicAuth("bot", "B0t-pass-2291"))  # want: FG0203
requests.get("https://api.corp.net/items", headers={"Authorization": "Bearer 8f14e45fceea167a5a36dedd4bea2543"})  # want: FG0203
requests.get("https://api.corp.net/items", headers={"X-API-Key": "8f14e45fceea167a"})  # want: FG0203

# Known formats are credentials whatever the name.
GH = "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"  # want: FG0203[high]
SLACK = "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"  # want: FG0203[high]
HOOK = "https://hooks.slack.com/services/T01ABCDEFGH/B01ABCDEFGH/AbCdEfGhIjKlMnOpQrStUvWx"  # want: FG0203[high]
STRIPE = "sk_live_51H8xYzAbCdEfGhIjKlMnOpQr"  # want: FG0203[high]
STRIPE_TEST = "sk_test_51H8xYzAbCdEfGhIjKlMnOpQr"  # want: FG0203[low]
MAPS = "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q"  # want: FG0203[high]
SENDGRID = "SG.aBcDeFgHiJkLmNoPqRsTuV.aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdefg"  # want: FG0203
TWILIO = "SK0123456789abcdef0123456789abcdef"  # want: FG0203
SERVICE_JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzZXJ2aWNlLWJvdCIsInNjb3BlIjoiYWRtaW4ifQ.Zm9vYmFyYmF6cXV4cXV1eHF1dXg"  # want: FG0203[medium]
# want-next: FG0203
DEPLOY_KEY = """-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDx3m8nZ0eY1pX2rJcKq0V7sL4uT9wBfN6hAaGkM5dEoAAAAJg=
-----END OPENSSH PRIVATE KEY-----"""
