def clean_html(text):
    return "".join(c for c in text if c not in "<>&\"'")


def checked_name(name):
    # The upload middleware checked the name against the stored files
    # before the view runs; this only marks the value as checked.
    return name
