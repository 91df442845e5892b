from manage import app

app.debug = True  # want: FG0301
