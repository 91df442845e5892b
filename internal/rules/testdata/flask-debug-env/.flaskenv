FLASK_APP=app.py
# want-next: FG0302[high]
FLASK_DEBUG=1
