import os

import sentry_sdk


def init_monitoring():
    sentry_sdk.init(dsn=os.environ["SENTRY_DSN"])
