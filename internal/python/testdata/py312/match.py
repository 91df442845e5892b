# Structural pattern matching: every pattern kind.
def handle(command):
    match command:
        case 0 | 1 | -1:
            return "literal"
        case 1.5 | 2 + 3j | -4 - 5j:
            return "complex"
        case "go" "to" | b"bytes" | None | True | False:
            return "constants"
        case Color.RED:
            return "value"
        case [x, y, *rest]:
            return x
        case (first, _):
            return first
        case {"action": action, **others}:
            return action
        case Point(x=0, y=y) as point if y > 0:
            return point
        case str() | bytes():
            return "class"
        case _:
            return None
