# Comprehensions of all four kinds, walrus and async forms.
values = [y for x in range(10) if (y := x * 2) > 4]
unique = {n % 3 for n in values}
index = {k: v for k, v in enumerate(values) if (w := v)}
lazy = (v for v in values)


async def fetch(urls):
    pages = [await get(u) async for u in stream(urls)]
    return {p.url: p async for p in aiter(pages)}
