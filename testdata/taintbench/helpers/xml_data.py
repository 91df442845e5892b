"""The document the XPath injection cases query."""

USERS_XML = """<?xml version="1.0" encoding="UTF-8"?>
<users>
  <user id="1" name="foo"><email>foo@example.com</email><password>fooPassword</password></user>
  <user id="2" name="bar"><email>bar@example.com</email><password>barPassword</password></user>
</users>
"""
