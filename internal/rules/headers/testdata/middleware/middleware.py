class SecurityHeaders:
    """WSGI middleware adding the security headers to every response."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        def start(status, headers, exc_info=None):
            headers.append(("X-Frame-Options", "DENY"))
            headers.append(("X-Content-Type-Options", "nosniff"))
            return start_response(status, headers, exc_info)

        return self.app(environ, start)
