from flask_talisman import Talisman

talisman = Talisman()
