"""HTTP and TLS clients that do not verify certificates."""

import os
import ssl
import urllib.request

import aiohttp
import httpx
import requests
import requests as r
import urllib3
from requests import post

API = "https://api.partner.com/v1/items"

requests.get(API, verify=False)  # want: FG1401[high]
r.request("GET", API, verify=False)  # want: FG1401
post(API, json={}, verify=0)  # want: FG1401
requests.Session().get(API, verify=False)  # want: FG1401
httpx.get(API, verify=False)  # want: FG1401
client = httpx.Client(verify=False)  # want: FG1401
async_client = httpx.AsyncClient(base_url=API, verify=False)  # want: FG1401
requests.get(API, verify=os.environ.get("VERIFY_SSL", False))  # want: FG1401[medium]

session = requests.Session()
session.verify = False  # want: FG1401
session.post(API, verify=False)  # want: FG1401

http = urllib3.PoolManager(cert_reqs="CERT_NONE")  # want: FG1401
pool = urllib3.HTTPSConnectionPool("api.partner.com", cert_reqs=ssl.CERT_NONE)  # want: FG1401
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)  # want: FG1401[low]
requests.packages.urllib3.disable_warnings()  # want: FG1401[low]

unverified = ssl._create_unverified_context()  # want: FG1401
urllib.request.urlopen(API, context=unverified)
ssl._create_default_https_context = ssl._create_unverified_context  # want: FG1401


def fetch():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # want: FG1401
    return urllib.request.urlopen(API, context=ctx)


def fetch_any_host():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # want: FG1401
    return urllib.request.urlopen(API, context=ctx)


def client_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # want: FG1401
    return ctx


async def fetch_async():
    connector = aiohttp.TCPConnector(ssl=False)  # want: FG1401
    async with aiohttp.ClientSession(connector=connector) as s:
        return s


async def fetch_async_session():
    s = aiohttp.ClientSession()
    return await s.get(API, ssl=False)  # want: FG1401
