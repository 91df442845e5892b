"""An ldap3 connection for the LDAP injection cases."""

import os

import ldap3


def get_connection():
    """A connection to the local directory, bound lazily."""
    server = ldap3.Server("ldap://localhost:389")
    return ldap3.Connection(server, user="cn=reader,dc=example,dc=com", password=os.environ.get("LDAP_PASSWORD"))
