# PEP 614 decorators, parameter kinds and star-expressions.
@buttons[0].clicked.connect
@(lambda f: f)
@registry.get("name", default)(strict=True)
def handler(a, b, /, c, d=1, *args, e, f=2, **kwargs):
    return *args, a


def pos_only(x, /):
    return matrix[*x]


class Widget(Base, metaclass=Meta, **options):
    @property
    def name(self) -> str:
        return self._name
