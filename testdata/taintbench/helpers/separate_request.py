"""A wrapper around the Flask request, as in the OWASP Benchmark."""


class request_wrapper:
    """Reads values from a request, or pretends to."""

    def __init__(self, request):
        self.request = request

    def get_value(self, name):
        """The query parameter name, as sent by the client."""
        return self.request.args.get(name, "")

    def get_safe_value(self, name):
        """A constant, whatever the request holds."""
        return "bar"
