package main

import (
	"fmt"
	"strings"
)

// The application's skeleton: factory, extensions, config, WSGI entry
// point and package __init__ files. These are short, as in real projects.

func (g *gen) factory(f pyFile) {
	g.w.linef(`"""%s: the application factory."""`, camel(rootPackage))
	g.w.blank()
	for _, l := range []string{
		"from __future__ import annotations", "", "import logging", "import os", "",
		"from flask import Flask, jsonify", "from werkzeug.middleware.proxy_fix import ProxyFix", "",
		"from acme.config import CONFIGS",
		"from acme.extensions import csrf, db, limiter, login_manager, talisman",
	} {
		g.w.line(l)
	}
	for _, d := range f.routes {
		g.w.linef("from %s import %s", rootPackage, strings.TrimPrefix(d, rootPackage+"."))
	}
	g.w.blank()
	g.w.line("DOMAINS = (")
	for _, d := range f.routes {
		g.w.linef("    %s,", strings.TrimPrefix(d, rootPackage+"."))
	}
	g.w.line(")")
	g.end()
	g.w.block("def create_app(config_name: str | None = None) -> Flask:", func() {
		g.w.line(`"""Build the app for config_name (default: $APP_ENV, else production)."""`)
		g.w.line("app = Flask(__name__, instance_relative_config=True)")
		g.w.line(`app.config.from_object(CONFIGS[config_name or os.environ.get("APP_ENV", "production")])`)
		g.w.line("app.config.from_prefixed_env()")
		g.w.line("app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)")
		for _, ext := range []string{"db", "csrf", "limiter", "login_manager"} {
			g.w.linef("%s.init_app(app)", ext)
		}
		g.w.line(`talisman.init_app(app, content_security_policy={"default-src": "'self'"}, force_https=True)`)
		g.w.block("for domain in DOMAINS:", func() { g.w.line("domain.register(app)") })
		g.w.line("register_error_handlers(app)")
		g.w.line(`logging.getLogger(__name__).info("app ready with %d domains", len(DOMAINS))`)
		g.w.line("return app")
	})
	g.end()
	g.w.block("def register_error_handlers(app: Flask) -> None:", func() {
		g.w.line(`"""Answer errors with JSON and never with a traceback."""`)
		g.w.blank()
		for _, code := range []int{400, 403, 404, 429, 500} {
			g.w.linef("@app.errorhandler(%d)", code)
			g.w.block(fmt.Sprintf("def handle_%d(error: Exception):", code), func() {
				g.w.linef(`return jsonify(error=getattr(error, "description", "error")), %d`, code)
			})
			g.w.blank()
		}
	})
}

func (g *gen) extensions() {
	for _, l := range []string{
		`"""Flask extensions, created unbound and initialised in create_app."""`, "",
		"from __future__ import annotations", "", "import os", "",
		"from flask_limiter import Limiter", "from flask_limiter.util import get_remote_address",
		"from flask_login import LoginManager", "from flask_sqlalchemy import SQLAlchemy",
		"from flask_talisman import Talisman", "from flask_wtf.csrf import CSRFProtect", "",
		"db = SQLAlchemy()", "csrf = CSRFProtect()",
		`limiter = Limiter(key_func=get_remote_address, storage_uri=os.environ.get("RATELIMIT_STORAGE_URI", "redis://localhost:6379/0"))`,
		"login_manager = LoginManager()", `login_manager.login_view = "auth.login"`, "talisman = Talisman()",
	} {
		g.w.line(l)
	}
}

// config writes the config classes. A small share of seeds plant a
// hard-coded SECRET_KEY in the development config, as real projects do.
func (g *gen) config() {
	for _, l := range []string{
		`"""Configuration classes, chosen by APP_ENV."""`, "",
		"from __future__ import annotations", "", "import os", "from datetime import timedelta",
	} {
		g.w.line(l)
	}
	g.end()
	g.w.block("class Config:", func() {
		g.w.line(`"""Settings shared by every environment; secrets come from the environment."""`)
		g.w.blank()
		g.w.line(`SECRET_KEY = os.environ.get("SECRET_KEY")`)
		g.w.line(`SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///app.db")`)
		g.w.line("SQLALCHEMY_ENGINE_OPTIONS = {\"pool_pre_ping\": True}")
		g.w.line("SESSION_COOKIE_SECURE = True")
		g.w.line("SESSION_COOKIE_HTTPONLY = True")
		g.w.line(`SESSION_COOKIE_SAMESITE = "Lax"`)
		g.w.line("PERMANENT_SESSION_LIFETIME = timedelta(hours=8)")
		g.w.line("WTF_CSRF_ENABLED = True")
		g.w.line(`PREFERRED_URL_SCHEME = "https"`)
	})
	g.end()
	g.w.block("class DevelopmentConfig(Config):", func() {
		g.w.line("DEBUG = True")
		g.w.line("SESSION_COOKIE_SECURE = False")
		if g.chance(0.5) {
			g.w.linef(`SECRET_KEY = "dev-%08x"`, g.r.Uint32())
			g.planted++
		}
	})
	g.end()
	g.w.block("class TestingConfig(Config):", func() {
		g.w.line("TESTING = True")
		g.w.line("WTF_CSRF_ENABLED = False")
		g.w.line(`SQLALCHEMY_DATABASE_URI = "sqlite://"`)
	})
	g.end()
	g.w.block("class ProductionConfig(Config):", func() { g.w.line("DEBUG = False") })
	g.end()
	g.w.line("CONFIGS: dict[str, type[Config]] = {")
	g.w.line(`    "development": DevelopmentConfig,`)
	g.w.line(`    "testing": TestingConfig,`)
	g.w.line(`    "production": ProductionConfig,`)
	g.w.line("}")
}

// wsgi writes the WSGI entry point; some seeds leave a debug run in it.
func (g *gen) wsgi() {
	g.w.line(`"""WSGI entry point: gunicorn wsgi:app."""`)
	g.w.blank()
	g.w.line("from acme import create_app")
	g.w.blank()
	g.w.line("app = create_app()")
	if g.chance(0.5) {
		g.w.blank()
		g.w.block(`if __name__ == "__main__":`, func() { g.w.line(`app.run(host="0.0.0.0", port=5000, debug=True)`) })
		g.planted++
	}
}

// domainInit writes a domain package that registers its blueprints.
func (g *gen) domainInit(f pyFile) {
	name := f.module[strings.LastIndexByte(f.module, '.')+1:]
	g.w.linef(`"""The %s domain: blueprints and their registration."""`, name)
	g.w.blank()
	g.w.line("from __future__ import annotations")
	g.w.blank()
	g.w.line("from flask import Flask")
	if len(f.routes) > 0 {
		g.w.blank()
	}
	for i, m := range f.routes {
		g.w.linef("from %s import bp as bp_%d", m, i)
	}
	g.w.blank()
	g.w.line("BLUEPRINTS = (")
	for i := range f.routes {
		g.w.linef("    bp_%d,", i)
	}
	g.w.line(")")
	g.end()
	g.w.block("def register(app: Flask) -> None:", func() {
		g.w.linef(`"""Register the %s blueprints on app."""`, name)
		g.w.block("for blueprint in BLUEPRINTS:", func() { g.w.line("app.register_blueprint(blueprint)") })
	})
}

// pkgInit writes a short package __init__ that names the package.
func (g *gen) pkgInit(f pyFile) {
	g.w.linef(`"""%s package."""`, camel(strings.ReplaceAll(f.module, ".", "_")))
	if g.chance(0.5) {
		return
	}
	g.w.blank()
	g.w.linef(`__version__ = "%d.%d.%d"`, g.between(0, 3), g.between(0, 20), g.between(0, 9))
}
