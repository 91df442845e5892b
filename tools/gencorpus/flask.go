package main

import (
	"fmt"
	"strings"
)

// Flask-specific blocks: models, routes, forms. Each works on one noun of
// its package and refers to the package's models module by name.

// modelBlock writes a Flask-SQLAlchemy model mixing the 2.0 Mapped style
// with the legacy db.Column style, as long-lived projects do.
func (g *gen) modelBlock(f pyFile, noun string) {
	model := camel(noun)
	g.used[model] = true
	table := strings.ReplaceAll(strings.TrimPrefix(f.module, rootPackage+"."), ".models", "") + "_" + plural(noun)
	g.w.block(fmt.Sprintf("class %s(db.Model):", model), func() {
		g.w.linef(`"""A %s as stored in the database."""`, noun)
		g.w.blank()
		g.w.linef(`__tablename__ = "%s"`, strings.ReplaceAll(table, ".", "_"))
		g.w.blank()
		g.w.line("id: Mapped[int] = mapped_column(primary_key=True)")
		g.w.linef("name: Mapped[str] = mapped_column(db.String(%d), nullable=False, index=True)", 40*g.between(1, 6))
		g.w.line(`status: Mapped[str] = mapped_column(db.String(20), default="draft")`)
		g.w.line(`owner_id: Mapped[int] = mapped_column(db.ForeignKey("users.id"))`)
		g.w.line("total_cents = db.Column(db.Integer, nullable=False, default=0)")
		g.w.line("notes = db.Column(db.Text)")
		g.w.line("created_at = db.Column(db.DateTime(timezone=True), default=lambda: datetime.now(timezone.utc))")
		g.w.linef(`owner = relationship("User", back_populates="%s")`, plural(noun))
		g.w.blank()
		g.w.block("def __repr__(self) -> str:", func() {
			g.w.linef(`return f"<%s {self.id} {self.name!r}>"`, model)
		})
		g.w.blank()
		g.w.block("def to_dict(self) -> dict[str, Any]:", func() {
			g.w.line(`"""Columns as a JSON-ready dict."""`)
			g.w.line("return {c.name: getattr(self, c.name) for c in self.__table__.columns}")
		})
		g.w.blank()
		g.w.line("@classmethod")
		g.w.block("def visible_to(cls, user_id: int) -> Any:", func() {
			g.w.line(`return select(cls).where(cls.owner_id == user_id, cls.status != "archived")`)
		})
	})
	g.end()
}

// routesPreamble writes the blueprint of a routes module, its landing
// view, its edit form and its error handler.
func (g *gen) routesPreamble(f pyFile, templates []string) {
	g.w.linef(`bp = Blueprint("%s", __name__, url_prefix="%s")`, f.blueprint, f.prefix)
	g.end()
	g.w.line("@bp.before_request")
	g.w.block("def _start_timer() -> None:", func() {
		g.w.line("g.request_started = time.perf_counter()")
	})
	g.end()
	g.w.line(`@bp.get("/")`)
	g.w.block("def index():", func() {
		g.w.linef(`"""Landing page of the %s section."""`, plural(f.noun))
		g.w.linef(`return render_template("%s", section="%s")`, pick(g, templates), f.noun)
	})
	g.end()
	g.w.block("class EditForm(FlaskForm):", func() {
		g.w.line(`"""The fields a user may change; Flask-WTF checks the CSRF token."""`)
		g.w.blank()
		g.w.line(`name = StringField("Name", validators=[DataRequired(), Length(max=120)])`)
		g.w.line(`status = StringField("Status", validators=[Length(max=20)])`)
	})
	g.end()
	g.w.line("@bp.errorhandler(404)")
	g.w.block("def not_found(error: Exception):", func() {
		g.w.linef(`return jsonify(error="%s not found"), 404`, f.noun)
	})
	g.end()
}

// routeBlock writes one view function of a REST-style or form-style kind.
//
// Views work on the module's own noun most of the time and on the other
// nouns of the package otherwise. A view repeated in one module gets a
// versioned path ("/v2/search"), as APIs that grew do.
func (g *gen) routeBlock(f pyFile, templates []string) {
	noun := f.noun
	if g.chance(0.4) {
		noun = pick(g, f.nouns)
	}
	model := camel(noun)
	id := noun + "_id"
	tpl := pick(g, templates)
	var name string
	fresh := func(base string) string {
		name = g.fresh(func() string { return base })
		return name
	}
	// route renders a path once the function name is known: other nouns
	// get their own segment, repeats a version segment.
	route := func(p string) string {
		prefix := ""
		if i := strings.IndexFunc(name, func(r rune) bool { return r >= '0' && r <= '9' }); i > 0 {
			prefix = "/v" + name[i:]
		}
		if noun != f.noun {
			prefix += "/" + plural(noun)
		}
		if prefix != "" && p == "/" {
			return prefix
		}
		return prefix + p
	}
	switch g.r.IntN(6) {
	case 0:
		fresh("list_" + plural(noun))
		g.w.linef(`@bp.get("%s")`, route("/all"))
		g.w.line("@login_required")
		g.w.block(fmt.Sprintf("def %s():", name), func() {
			g.w.linef(`"""List %s, newest first, one page at a time."""`, plural(noun))
			g.w.line(`page = request.args.get("page", 1, type=int)`)
			g.w.line(`per_page = min(request.args.get("per_page", 20, type=int), 100)`)
			g.w.linef("stmt = %s.visible_to(current_user.id).order_by(%s.created_at.desc())", model, model)
			g.w.block(`if status := request.args.get("status"):`, func() {
				g.w.linef("stmt = stmt.where(%s.status == status)", model)
			})
			g.w.line("pagination = db.paginate(stmt, page=page, per_page=per_page)")
			g.w.linef(`return render_template("%s", items=pagination.items, pagination=pagination)`, tpl)
		})
	case 1:
		fresh("show_" + noun)
		g.w.linef(`@bp.get("%s")`, route("/<int:"+id+">"))
		g.w.line("@login_required")
		g.w.block(fmt.Sprintf("def %s(%s: int):", name, id), func() {
			g.w.linef(`"""Show one %s to its owner."""`, noun)
			g.w.linef("item = db.get_or_404(%s, %s)", model, id)
			g.w.block("if item.owner_id != current_user.id:", func() { g.w.line("abort(403)") })
			g.w.line("return jsonify(item.to_dict())")
		})
	case 2:
		fresh("create_" + noun)
		g.w.linef(`@bp.post("%s")`, route("/"))
		g.w.line("@login_required")
		g.w.linef(`@limiter.limit("%d per minute")`, 5*g.between(1, 6))
		g.w.block(fmt.Sprintf("def %s():", name), func() {
			g.w.linef(`"""Create a %s from a JSON body."""`, noun)
			g.w.line("data = request.get_json(silent=True) or {}")
			g.w.line(`errors = {k: "required" for k in ("name", "status") if not data.get(k)}`)
			g.w.block("if errors:", func() { g.w.line("return jsonify(errors=errors), 400") })
			g.w.linef(`item = %s(name=str(data["name"])[:120], status=data["status"], owner_id=current_user.id)`, model)
			g.w.line("db.session.add(item)")
			g.w.line("db.session.commit()")
			g.w.linef(`logger.info("created %s %%s", item.id)`, noun)
			g.w.line("return jsonify(item.to_dict()), 201")
		})
	case 3:
		fresh("edit_" + noun)
		g.w.linef(`@bp.route("%s", methods=["GET", "POST"])`, route("/<int:"+id+">/edit"))
		g.w.line("@login_required")
		g.w.block(fmt.Sprintf("def %s(%s: int):", name, id), func() {
			g.w.linef(`"""Edit a %s with a CSRF-protected form."""`, noun)
			g.w.linef("item = db.get_or_404(%s, %s)", model, id)
			g.w.line("form = EditForm(obj=item)")
			g.w.block("if form.validate_on_submit():", func() {
				g.w.line("form.populate_obj(item)")
				g.w.line("db.session.commit()")
				g.w.linef(`flash(f"Saved {item.name}.", "success")`)
				g.w.linef(`return redirect(url_for(".%s", %s=item.id))`, name, id)
			})
			g.w.linef(`return render_template("%s", form=form, item=item)`, tpl)
		})
	case 4:
		fresh("delete_" + noun)
		g.w.linef(`@bp.post("%s")`, route("/<int:"+id+">/delete"))
		g.w.line("@login_required")
		g.w.block(fmt.Sprintf("def %s(%s: int):", name, id), func() {
			g.w.linef("item = db.get_or_404(%s, %s)", model, id)
			g.w.block("if item.owner_id != current_user.id and not current_user.is_admin:", func() { g.w.line("abort(403)") })
			g.w.line("db.session.delete(item)")
			g.w.line("db.session.commit()")
			g.w.linef(`flash("%s deleted.", "info")`, camel(noun))
			g.w.line(`return redirect(url_for(".index"))`)
		})
	default:
		fresh("search_" + plural(noun))
		g.w.linef(`@bp.get("%s")`, route("/search"))
		g.w.block(fmt.Sprintf("def %s():", name), func() {
			g.w.linef(`"""Search %s by name; the term is bound, never formatted into SQL."""`, plural(noun))
			g.w.line(`term = request.args.get("q", "").strip()`)
			g.w.block("if len(term) < 2:", func() { g.w.line("return jsonify([])") })
			g.w.linef(`stmt = select(%s).where(%s.name.ilike(f"%%{term}%%")).limit(50)`, model, model)
			g.w.line("rows = db.session.scalars(stmt).all()")
			g.w.line("return jsonify([row.to_dict() for row in rows])")
		})
	}
	g.end()
}

// formBlock writes a Flask-WTF form with a custom validator.
func (g *gen) formBlock(noun string) {
	name := g.className("Form", "EditForm", "FilterForm")
	g.w.block(fmt.Sprintf("class %s(FlaskForm):", name), func() {
		g.w.linef(`"""Form for a %s; Flask-WTF adds and checks the CSRF token."""`, noun)
		g.w.blank()
		g.w.line(`name = StringField("Name", validators=[DataRequired(), Length(max=120)])`)
		g.w.line(`email = EmailField("Contact email", validators=[Optional(), Email()])`)
		g.w.line("status = SelectField(")
		g.w.line(`    "Status",`)
		g.w.line(`    choices=[("draft", "Draft"), ("active", "Active"), ("archived", "Archived")],`)
		g.w.line(")")
		g.w.line(`notes = TextAreaField("Notes", validators=[Length(max=2000)])`)
		g.w.line(`submit = SubmitField("Save")`)
		g.w.blank()
		g.w.block("def validate_name(self, field: StringField) -> None:", func() {
			g.w.block(`if field.data and field.data.strip().lower() in {"admin", "root", "system"}:`, func() {
				g.w.line(`raise ValidationError("That name is reserved.")`)
			})
		})
	})
	g.end()
}

// flaskImports are the extra imports of the Flask-facing module kinds.
var flaskImports = map[kind][]string{
	kindModels: {
		"", "from sqlalchemy import select", "from sqlalchemy.orm import Mapped, mapped_column, relationship",
		"", "from acme.extensions import db",
	},
	kindRoutes: {
		"", "from flask import Blueprint, abort, current_app, flash, g, jsonify, redirect, render_template, request, url_for",
		"from flask_login import current_user, login_required", "from flask_wtf import FlaskForm",
		"from sqlalchemy import select", "from wtforms import StringField",
		"from wtforms.validators import DataRequired, Length", "", "from acme.extensions import db, limiter",
	},
	kindForms: {
		"", "from flask_wtf import FlaskForm",
		"from wtforms import EmailField, SelectField, StringField, SubmitField, TextAreaField, ValidationError",
		"from wtforms.validators import DataRequired, Email, Length, Optional",
	},
	kindServices: {"", "from sqlalchemy import select", "", "from acme.extensions import db"},
	kindTasks:    {"", "from celery import shared_task", "", "from acme.extensions import db"},
	kindCLI:      {"", "import click", "from flask.cli import with_appcontext", "", "from acme.extensions import db"},
	kindSettings: {"", "import os"},
	kindTests:    {"", "import pytest", "", "from acme import create_app"},
}
