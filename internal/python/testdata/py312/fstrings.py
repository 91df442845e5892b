# PEP 701 f-strings (Python 3.12).
words = ["a", "b"]
width = 10
joined = f"{", ".join(words)}"
newline = f"{'\n'.join(words)}"
nested = f"{f"{f"{1}"}"}"
spec = f"{width!r:>{width}}"
debug = f"{width=}"
braces = f"{{literal}} {width}"
multi = f"""
{len(words)
 + 1}
"""
raw = rf"\d{width}"
