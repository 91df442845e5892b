"""SQLAlchemy access to an in-memory SQLite database."""

import sqlalchemy
import sqlalchemy.orm


def get_engine():
    """An engine on a fresh in-memory database."""
    return sqlalchemy.create_engine("sqlite://")


def get_session():
    """A session bound to a fresh engine."""
    return sqlalchemy.orm.Session(get_engine())
