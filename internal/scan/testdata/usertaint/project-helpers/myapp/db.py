import logging

import acme_driver

log = logging.getLogger(__name__)


def raw_query(sql):
    log.info("raw query: " + sql)  # want: FG1102  without-config: FG1102
    return acme_driver.connect().run(sql)


class Repository:
    def __init__(self, conn):
        self.conn = conn

    def raw(self, sql, *params):
        return self.conn.run(sql, params)

    def execute(self, name, *params):
        # Runs one of the prepared statements by name (an unknown name
        # raises): the built-in *.execute sink, a DB-API cursor's, does
        # not apply to the project's own methods.
        return self.conn.run_prepared(name, params)
