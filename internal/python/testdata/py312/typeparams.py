# PEP 695 type parameters and type aliases (Python 3.12).
type Pair[T] = tuple[T, T]
type Mapping[K: str, *Ts, **P] = dict[K, tuple[*Ts]]


def first[T](items: list[T]) -> T:
    return items[0]


class Box[T: (int, str)]:
    def __init__(self, value: T) -> None:
        self.value = value


def collect(*args: *Ts) -> None:
    pass
