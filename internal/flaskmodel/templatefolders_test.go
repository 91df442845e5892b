package flaskmodel

import (
	"reflect"
	"testing"
)

// The search path is the app's folder, then the folders of its
// blueprints in registration order, a nested blueprint after its parent;
// blueprints without template_folder add none, and folders computed at
// run time are unknown ("").
func TestTemplateSearchPath(t *testing.T) {
	md := buildSrc(t, map[string]string{
		"shop/__init__.py": `from flask import Flask
from shop.admin import admin
from shop.api import api, v1
from shop.plain import plain

app = Flask(__name__)
app.register_blueprint(plain)
app.register_blueprint(api)
app.register_blueprint(admin)
`,
		"shop/admin.py": `from flask import Blueprint
admin = Blueprint("admin", __name__, template_folder="templates/admin")
`,
		"shop/api.py": `import os
from flask import Blueprint
api = Blueprint("api", __name__, "static", None, "../api_templates")
v1 = Blueprint("v1", __name__, template_folder=os.path.join(os.path.dirname(__file__), "t"))
api.register_blueprint(v1)
`,
		"shop/plain.py": `from flask import Blueprint
plain = Blueprint("plain", __name__)
`,
		"site.py": `from flask import Flask
site = Flask("shop", template_folder="pages")
bare = Flask(__name__, template_folder=None)
outside = Flask(__name__, template_folder="../../up")
`,
	}, false)
	got := map[string][]string{}
	for _, a := range md.Apps {
		var folders []string
		for _, f := range md.TemplateSearchPath(a) {
			owner := "app"
			if f.Blueprint != nil {
				owner = f.Blueprint.Name
			}
			folders = append(folders, owner+":"+f.Path)
		}
		got[a.Label] = folders
	}
	want := map[string][]string{
		"app":     {"app:shop/templates", "api:api_templates", "v1:", "admin:shop/templates/admin"},
		"site":    {"app:shop/pages"},
		"bare":    nil,
		"outside": {"app:"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("search paths\n got %q\nwant %q", got, want)
	}
}
