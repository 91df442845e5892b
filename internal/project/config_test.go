package project

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/python"
)

// describe renders a Value compactly for comparisons.
func describe(v Value, ok bool) string {
	if !ok {
		return "unknown"
	}
	var s string
	switch v.Kind {
	case StringValue:
		s = fmt.Sprintf("str %q", v.Str)
	case BytesValue:
		s = fmt.Sprintf("bytes %q", v.Str)
	case BoolValue:
		s = fmt.Sprintf("bool %v", v.Bool)
	case IntValue:
		s = fmt.Sprintf("int %d", v.Int)
	case FloatValue:
		s = fmt.Sprintf("float %g", v.Float)
	case NoneValue:
		s = "None"
	}
	if v.EnvFallback {
		s += fmt.Sprintf(" env %s", v.EnvVar)
	}
	return s
}

func TestConst(t *testing.T) {
	p := load(t, "aliases")
	m := mustModule(t, p, "consts")
	args := func(marker string) []python.Expr {
		var out []python.Expr
		for _, a := range callAt(t, m, marker).Args {
			out = append(out, a.Value)
		}
		return out
	}
	var got []string
	for _, marker := range []string{"print1", "print2", "print3"} {
		for _, e := range args(marker) {
			got = append(got, m.File.Text(e.Span())+": "+describe(p.Const(m, e)))
		}
	}
	got = append(got,
		"local: "+describe(p.Const(m, exprAt(t, m, "local", "local"))),
		"param: "+describe(p.Const(m, exprAt(t, m, "param", "param"))))
	want := []string{
		`A: str "lit"`,
		`B: bytes "bytes"`,
		`N: int 42`,
		`H: int 16`,
		`U: int 1000`,
		`FL: float 1.5`,
		`T: bool true`,
		`NONE: None`,
		`TWICE: unknown`,
		`CAT: str "ab"`,
		`E1: str "d1" env K1`,
		`E2: str "d2" env K2`,
		`E3: unknown`,
		`E4: str "d4" env K4`,
		`E5: bool true env K5`,
		`E6: str "d6" env K6`,
		`E7: str "d7" env K7`,
		`OR: str "right"`,
		`REF: str "lit"`,
		`NEG: int -3`,
		`NOT: bool true`,
		`FSTR: unknown`,
		`PAIR1: str "p1"`,
		`PAIR2: str "p2"`,
		`UNPACK1: unknown`,
		`UNPACK2: unknown`,
		`local: str "l"`,
		`param: unknown`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("Const results:\n got  %s\n want %s", strings.Join(got, "\n      "), strings.Join(want, "\n      "))
	}
	if !(Value{Kind: StringValue, Str: "0"}).Truthy() || (Value{Kind: IntValue}).Truthy() || (Value{Kind: NoneValue}).Truthy() {
		t.Error("Truthy wrong")
	}
}

// objects renders the config objects of a from_object call.
func objects(objs []ConfigObject) []string {
	var out []string
	for _, o := range objs {
		if o.Class != nil {
			out = append(out, "class "+o.Class.QualifiedName())
		} else {
			out = append(out, "module "+o.Module.Name)
		}
	}
	return out
}

func TestConfigUses(t *testing.T) {
	p := load(t, "configs")
	app := mustModule(t, p, "app")
	want := map[string][]string{
		"class":        {"class config.ProductionConfig"},
		"string":       {"class config.StagingConfig"},
		"attr":         {"class config.BaseConfig"},
		"module":       {"module settings"},
		"env":          {"class config.ProductionConfig"},
		"dictkey":      {"class config.ProductionConfig"},
		"dictget":      {"class config.StagingConfig"},
		"dictall":      {"class config.ProductionConfig", "class config.StagingConfig"},
		"paramdefault": {"class config.StagingConfig"},
		"self":         {"module app"},
		"modobj":       {"module config"},
		"unknown":      nil,
	}
	uses := p.ConfigUses()
	if len(uses) != len(want) {
		t.Fatalf("ConfigUses: %d calls, want %d", len(uses), len(want))
	}
	byLine := map[int]ConfigUse{}
	for _, u := range uses {
		byLine[int(u.Call.Span().Start.Line)] = u
	}
	for marker, w := range want {
		u, ok := byLine[markerLine(t, app, marker)]
		if !ok {
			t.Errorf("@%s: no ConfigUse", marker)
			continue
		}
		if got := objects(u.Objects); !slices.Equal(got, w) {
			t.Errorf("@%s: objects %v, want %v", marker, got, w)
		}
		arg, _ := u.Call.Positional(0)
		var classes []string
		for _, c := range p.ConfigObjectClasses(app, arg) {
			classes = append(classes, "class "+c.QualifiedName())
		}
		var wantClasses []string
		for _, o := range w {
			if strings.HasPrefix(o, "class ") {
				wantClasses = append(wantClasses, o)
			}
		}
		if !slices.Equal(classes, wantClasses) {
			t.Errorf("@%s: ConfigObjectClasses %v, want %v", marker, classes, wantClasses)
		}
	}
}

func TestClassAttrInheritance(t *testing.T) {
	p := load(t, "configs")
	for _, tc := range []struct {
		class, attr, owner, value string
	}{
		{"config.ProductionConfig", "DEBUG", "BaseConfig", "True"},
		{"config.StagingConfig", "DEBUG", "StagingConfig", "False"},
		{"config.Combined", "DEBUG", "StagingConfig", "False"},
		{"config.Combined", "TESTING", "Mixin", "True"},
		{"config.ProductionConfig", "SECRET_KEY", "BaseConfig", `"x"`},
		{"config.ProductionConfig", "MISSING", "", ""},
	} {
		c := p.ClassNamed(tc.class)
		if c == nil {
			t.Fatalf("no class %s", tc.class)
		}
		owner, b, ok := p.ClassAttr(c, tc.attr)
		var gotOwner, gotValue string
		if ok {
			gotOwner, gotValue = owner.Def.Name, c.Module.File.Text(b.Value.Span())
		}
		if gotOwner != tc.owner || gotValue != tc.value {
			t.Errorf("ClassAttr(%s, %s) = %s %s, want %s %s", tc.class, tc.attr, gotOwner, gotValue, tc.owner, tc.value)
		}
	}
	pp := load(t, "pkgproj")
	// The factory's from_object(config[name]), name being a parameter, can
	// load any entry: its default is only one of the values callers pass.
	uses := pp.ConfigUses()
	want := []string{"class myapp.config.DevelopmentConfig", "class myapp.config.ProductionConfig"}
	if len(uses) != 1 || !slices.Equal(objects(uses[0].Objects), want) {
		t.Errorf("pkgproj ConfigUses = %d, %v", len(uses), objects(uses[0].Objects))
	}
}

func TestConfigEntries(t *testing.T) {
	src := `from flask import Flask
app = Flask(__name__)
base = {"DEBUG": True, "SECRET_KEY": "a"}
app.config.update(DEBUG=1, SECRET_KEY="b")
app.config.update({"SECRET_KEY": "c", **base})
app.config.from_mapping(base, TESTING=True)
app.config.update(dict(SECRET_KEY="d"))
app.config.setdefault("SECRET_KEY", "e")
app.config.get("SECRET_KEY", "f")
app.config["SECRET_KEY"] = "g"
`
	f, err := python.Parse("entries.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	p := Build([]*python.File{f})
	m := p.Module(f)
	var got []string
	python.Walk(f.Module, func(n python.Node) bool {
		if c, ok := n.(*python.Call); ok {
			for _, en := range p.ConfigEntries(m, c) {
				got = append(got, fmt.Sprintf("%d %s=%s", c.Span().Start.Line, en.Key, f.Text(en.Value.Span())))
			}
		}
		if a, ok := n.(*python.Assign); ok {
			if _, key, ok := ConfigKey(a.Targets[0]); ok {
				got = append(got, fmt.Sprintf("%d [%s]=%s", a.Span().Start.Line, key, f.Text(a.Value.Span())))
			}
		}
		return true
	})
	want := []string{
		`4 DEBUG=1`, `4 SECRET_KEY="b"`,
		`5 SECRET_KEY="c"`, `5 DEBUG=True`, `5 SECRET_KEY="a"`,
		`6 DEBUG=True`, `6 SECRET_KEY="a"`, `6 TESTING=True`,
		`7 SECRET_KEY="d"`,
		`8 SECRET_KEY="e"`,
		`10 [SECRET_KEY]="g"`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("entries:\n got  %v\n want %v", got, want)
	}
}

func TestRootedAlias(t *testing.T) {
	// backend/ has no __init__.py, so the app imports itself as "app.*".
	files := map[string]string{
		"backend/app/__init__.py": "from flask import Flask\napp = Flask(__name__)\n",
		"backend/app/models.py":   "X = 1\n",
		"backend/run.py":          "from app import app\nfrom app.models import X\napp.run()\n",
	}
	var parsed []*python.File
	for _, name := range []string{"backend/app/__init__.py", "backend/app/models.py", "backend/run.py"} {
		f, err := python.Parse(name, []byte(files[name]))
		if err != nil {
			t.Fatal(err)
		}
		parsed = append(parsed, f)
	}
	p := Build(parsed)
	run := p.ModuleAt("backend/run.py")
	if run == nil || run.Name != "backend.run" {
		t.Fatalf("run module = %+v", run)
	}
	if got := p.Qualify(run, &python.Name{ID: "X"}); got != "backend.app.models.X" {
		t.Errorf("Qualify(X) = %q, want backend.app.models.X", got)
	}
	if v, ok := p.Const(run, &python.Name{ID: "X"}); !ok || v.Int != 1 {
		t.Errorf("Const(X) = %v %v, want 1", v, ok)
	}
	stmt := run.File.Module.Body[2].(*python.ExprStmt)
	recv := stmt.X.(*python.Call).Func.(*python.Attribute).Value
	if !p.IsFlaskApp(run, recv) {
		t.Error("app imported through the rooted alias is not a Flask app")
	}
}
