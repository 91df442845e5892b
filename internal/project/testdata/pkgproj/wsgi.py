from myapp import create_app, base_app
from myapp.factory import make_other, not_a_factory

app = create_app()
application = app
other = make_other()
nope = not_a_factory()

app.run()  # @app
application.run()  # @application
other.run()  # @other
nope.run()  # @nope
base_app.run()  # @baseapp
