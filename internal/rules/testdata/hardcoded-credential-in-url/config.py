"""Connection strings with literal passwords in code."""

import os

import redis
from sqlalchemy import create_engine
from sqlalchemy.ext.asyncio import create_async_engine


class Config:
    SQLALCHEMY_DATABASE_URI = "postgresql://notes:Vn3x8qLm@db.internal:5432/notes"  # want: FG0202[high]
    SQLALCHEMY_BINDS = {
        "reports": "mysql+pymysql://report:R3p0rt!@reports.example-corp.net/reports",  # want: FG0202[high]
    }
    CELERY_BROKER_URL = "amqp://celery:b7Yp2kQe@rabbitmq:5672//"  # want: FG0202[high]
    RATELIMIT_STORAGE_URI = "redis://:cache-pass-83hd@cache.prod.internal:6379/0"  # want: FG0202[high]
    MONGO_URI = "mongodb+srv://app:Z9xq2LmP@cluster0.ab1cd.mongodb.net/app?retryWrites=true"  # want: FG0202[high]
    # A stand-in password for a real server is still the password it uses.
    MAIL_URL = "smtp://mailer:changeme@smtp.mailhost.io:587"  # want: FG0202[high]


class DevelopmentConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql://dev:devpass-29x@dev-db.corp.net/notes"  # want: FG0202[medium]


class LocalConfig(Config):
    # A developer's own database: Low, but still a pattern to avoid.
    SQLALCHEMY_DATABASE_URI = "postgresql://notes:k8s7d6f5@localhost:5432/notes"  # want: FG0202[low]


engine = create_engine("mysql+pymysql://app:hunter2@10.0.3.7/shop")  # want: FG0202[high]
async_engine = create_async_engine(
    "postgresql+asyncpg://svc:Qw3rty-99@pg.internal/app",  # want: FG0202
    pool_size=5,
)
cache = redis.Redis.from_url("rediss://default:AbCd1234efgh@redis-12345.c1.cloud.redislabs.com:12345")  # want: FG0202

# The literal fallback is used whenever DATABASE_URL is unset.
DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://app:fallback-pw-1@db.prod.net/app")  # want: FG0202

# The password part of an f-string is literal text here.
host = os.environ["DB_HOST"]
DSN = f"postgresql://app:s3cret-in-fstring@{host}/app"  # want: FG0202

# An unescaped @ in the password: the last @ ends the user information.
LEGACY = "mysql://root:p@ssw0rd@legacy-db.corp.net/crm"  # want: FG0202

# Git remote with a password.
REPO = "https://deploy:gh-pass-8812@git.corp.net/team/app.git"  # want: FG0202


def connect():
    return create_engine("oracle+cx_oracle://scott:Ora-8812x@ora.corp.net:1521/?service_name=XE")  # want: FG0202
