from flask_session import Session

server_session = Session()
