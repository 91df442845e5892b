import os

from flask import Flask
from flask_seasurf import SeaSurf
from flask_wtf.csrf import CSRFProtect

no_default = Flask(__name__)
no_default.config["WTF_CSRF_CHECK_DEFAULT"] = False  # want: FG0502[medium]
CSRFProtect(no_default)

relaxed = Flask(__name__)
relaxed.config.update(
    WTF_CSRF_SSL_STRICT=False,  # want: FG0502[low]
    WTF_CSRF_TIME_LIMIT=None,  # want: FG0502[low]
    WTF_CSRF_METHODS=["PUT", "PATCH", "DELETE"],  # want: FG0502[medium]
)
CSRFProtect(relaxed)

surf = Flask(__name__)
surf.config["CSRF_DISABLE"] = True  # want: FG0502[medium]
SeaSurf(surf)

fallback = Flask(__name__)
fallback.config["WTF_CSRF_ENABLED"] = os.environ.get("CSRF_ON", False)  # want: FG0502[low]
CSRFProtect(fallback)
