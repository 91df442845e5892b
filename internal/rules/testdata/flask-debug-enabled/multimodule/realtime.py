"""Flask-SocketIO's run starts a server with the Werkzeug debugger when
debug is on."""

from flask_socketio import SocketIO as IO
from myapp import create_app

app = create_app()
socketio = IO(app)
socketio.run(app, host="0.0.0.0", debug=True)  # want: FG0301
