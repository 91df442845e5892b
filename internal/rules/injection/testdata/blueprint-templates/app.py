"""An app with two blueprints that both have a template folder.

Flask searches the app's templates/ first, then each blueprint's folder in
registration order, whichever blueprint the view belongs to: a name that
several folders hold always loads the first one.
"""

from flask import Flask

from admin import bp as admin_bp
from shop import bp as shop_bp

app = Flask(__name__)
app.register_blueprint(shop_bp)
app.register_blueprint(admin_bp, url_prefix="/admin")
