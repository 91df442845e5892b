"""ThingInterface and its implementations, as in the OWASP Benchmark."""


class ThingInterface:
    """Something that does something to a string."""

    def doSomething(self, value):
        raise NotImplementedError


class Thing1(ThingInterface):
    """Returns its argument unchanged."""

    def doSomething(self, value):
        return value


class Thing2(ThingInterface):
    """Ignores its argument and returns a constant."""

    def doSomething(self, value):
        return "thing_constant"


class ThingFactory:
    """Creates a Thing by name."""

    @staticmethod
    def createThing(kind):
        if kind == "Thing1":
            return Thing1()
        return Thing2()
