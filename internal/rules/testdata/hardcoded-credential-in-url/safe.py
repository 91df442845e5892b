"""Safe look-alikes: connection strings without literal passwords."""

import os

from sqlalchemy import create_engine
from sqlalchemy.engine import URL


class Config:
    """Settings.

    Set DATABASE_URL, for example postgresql://app:Vn3x8qLm@db.internal/app
    (docstrings document, they are not values the app uses).
    """

    SQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"]
    SQLITE = "sqlite:///app.db"
    LOCAL = "postgresql://localhost/notes"
    NO_PASSWORD = "postgresql://notes@db.internal/notes"
    REDIS = "redis://redis:6379/0"
    REDIS_FALLBACK = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
    BROKER = "amqp://guest@rabbitmq//"
    EMPTY_PASSWORD = "postgresql://notes:@db.internal/notes"


# Template fields, not passwords.
TEMPLATE_FORMAT = "postgresql://{user}:{password}@{host}/{db}"
TEMPLATE_PERCENT = "postgresql://%s:%s@%s/%s"
TEMPLATE_NAMED = "mysql://app:%(password)s@db.internal/app"
TEMPLATE_SHELL = "postgresql://app:${DB_PASSWORD}@db.internal/app"
TEMPLATE_ANGLE = "postgresql://<user>:<password>@<host>/<db>"
MASKED = "postgresql://app:****@db.internal/app"

user, password, host = os.environ["DB_USER"], os.environ["DB_PASSWORD"], os.environ["DB_HOST"]
INTERPOLATED = f"postgresql://{user}:{password}@{host}/app"
INTERPOLATED_ENV = f"postgresql://app:{os.environ['DB_PASSWORD']}@db.internal/app"
FORMATTED = TEMPLATE_FORMAT.format(user=user, password=password, host=host, db="app")
CONCATENATED = "postgresql://app:" + os.environ["DB_PASSWORD"] + "@db.internal/app"

# Stand-in passwords for local or documentation hosts: what the docs write.
DOCS_LOCAL = "postgresql://user:password@localhost/mydb"
ALEMBIC_TEMPLATE = "driver://user:pass@localhost/dbname"
SQLALCHEMY_DOCS = "postgresql://scott:tiger@localhost/test"
DOCS_EXAMPLE = "mysql://user:secret@db.example.com/app"

# Built from parts, the password from the environment.
engine = create_engine(
    URL.create("postgresql", username="app", password=os.environ["DB_PASSWORD"], host="db.internal", database="app")
)

# Not URLs with user information.
EMAIL = "ops@example.org"
PATH_WITH_AT = "https://cdn.corp.net/users/@me/avatar.png"
MAILTO = "mailto:admin:help@corp.net"
# A token in a URL is FG0203's, by its format.
CLONE = "https://x-access-token:ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789@github.com/org/repo.git"

# Help texts show the shape of a URL.
PROXY_HELP = "Specify a proxy in the form scheme://[user:passwd@]proxy.server:port."
DSN_HELP = "e.g. postgresql://user:password@host:port/dbname"
