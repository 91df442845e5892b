package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// extraFile is a generated non-Python file.
type extraFile struct {
	path, text string
	planted    int
}

// extras returns the templates and the deployment files: .flaskenv,
// Dockerfile and requirements.txt. They use their own random stream so
// that adding Python files never changes them.
func extras(p *plan, seed uint64) []extraFile {
	r := rand.New(rand.NewPCG(seed, 0xe8742a5))
	var out []extraFile
	out = append(out, extraFile{path: rootPackage + "/templates/base.html", text: baseTemplate})
	for _, name := range p.templates {
		out = append(out, template(r, name))
	}

	env := extraFile{path: ".flaskenv", text: "FLASK_APP=acme:create_app\nFLASK_RUN_PORT=5000\n"}
	if r.IntN(4) == 0 {
		env.text += "FLASK_DEBUG=1\n"
		env.planted++
	} else {
		env.text += "FLASK_DEBUG=0\n"
	}
	out = append(out, env)

	out = append(out, extraFile{path: "Dockerfile", text: strings.Join([]string{
		"FROM python:3.12-slim",
		"",
		"ENV PYTHONDONTWRITEBYTECODE=1 \\",
		"    PYTHONUNBUFFERED=1",
		"WORKDIR /srv/app",
		"",
		"COPY requirements.txt .",
		"RUN pip install --no-cache-dir -r requirements.txt",
		"COPY . .",
		"",
		"RUN useradd --create-home app",
		"USER app",
		"EXPOSE 8000",
		`CMD ["gunicorn", "--bind", "0.0.0.0:8000", "--workers", "4", "wsgi:app"]`,
		"",
	}, "\n")})

	req := extraFile{path: "requirements.txt"}
	flask := "Flask==3.0.3"
	if r.IntN(4) == 0 {
		flask = "Flask==1.1.2" // an end-of-life pin for the dependency rules
		req.planted++
	}
	req.text = strings.Join([]string{
		flask, "Werkzeug==3.0.6", "Jinja2==3.1.4", "Flask-SQLAlchemy==3.1.1", "SQLAlchemy==2.0.36",
		"Flask-Login==0.6.3", "Flask-WTF==1.2.2", "Flask-Limiter==3.8.0", "flask-talisman==1.1.0",
		"celery==5.4.0", "click==8.1.7", "requests==2.32.3", "gunicorn==23.0.0", "",
	}, "\n")
	out = append(out, req)
	return out
}

const baseTemplate = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{% block title %}Acme{% endblock %}</title>
  <link rel="stylesheet" href="{{ url_for('static', filename='app.css') }}">
</head>
<body>
  {% with messages = get_flashed_messages(with_categories=true) %}
    {% for category, message in messages %}
      <div class="flash flash-{{ category }}">{{ message }}</div>
    {% endfor %}
  {% endwith %}
  <main>{% block content %}{% endblock %}</main>
</body>
</html>
`

// template writes a page that extends base.html: a table of items and a
// form. One in five forms lacks csrf_token() and one in eight pages marks
// a value |safe, so that the template rules have something to find.
func template(r *rand.Rand, name string) extraFile {
	f := extraFile{path: rootPackage + "/templates/" + name}
	noun := strings.SplitN(name, "_", 2)[0]
	var b strings.Builder
	fmt.Fprintf(&b, "{%% extends \"base.html\" %%}\n{%% block title %%}%s{%% endblock %%}\n{%% block content %%}\n", camel(plural(noun)))
	fmt.Fprintf(&b, "<h1>%s</h1>\n<table>\n  <thead><tr><th>Name</th><th>Status</th><th>Created</th></tr></thead>\n  <tbody>\n", camel(plural(noun)))
	b.WriteString("  {% for item in items %}\n    <tr>\n")
	b.WriteString("      <td><a href=\"{{ url_for('.index', item_id=item.id) }}\">{{ item.name }}</a></td>\n")
	b.WriteString("      <td>{{ item.status|title }}</td>\n      <td>{{ item.created_at.strftime('%Y-%m-%d') }}</td>\n")
	b.WriteString("    </tr>\n  {% else %}\n    <tr><td colspan=\"3\">Nothing yet.</td></tr>\n  {% endfor %}\n  </tbody>\n</table>\n")
	if r.IntN(8) == 0 {
		b.WriteString("<div class=\"notes\">{{ section_notes|safe }}</div>\n")
		f.planted++
	}
	b.WriteString("<form method=\"post\" action=\"{{ url_for('.index') }}\">\n")
	if r.IntN(5) == 0 {
		f.planted++
	} else {
		b.WriteString("  <input type=\"hidden\" name=\"csrf_token\" value=\"{{ csrf_token() }}\">\n")
	}
	b.WriteString("  <input name=\"name\" maxlength=\"120\" required>\n  <button type=\"submit\">Add</button>\n</form>\n{% endblock %}\n")
	f.text = b.String()
	return f
}
