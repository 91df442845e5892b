package flaskmodel

import (
	"reflect"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/project"
)

func TestParseParams(t *testing.T) {
	for _, c := range []struct {
		rule string
		want []Param
	}{
		{"/static", nil},
		{"/users/<id>", []Param{{Name: "id", Converter: "string"}}},
		{"/users/<int:id>/files/<path:p>", []Param{{Name: "id", Converter: "int"}, {Name: "p", Converter: "path"}}},
		{"/<any(cat, dog):kind>", []Param{{Name: "kind", Converter: "any", Args: "cat, dog"}}},
		{"/<string(length=2):lang>/<uuid:u>", []Param{{Name: "lang", Converter: "string", Args: "length=2"}, {Name: "u", Converter: "uuid"}}},
		{"<?>/x/<float:f>", []Param{{Name: "f", Converter: "float"}}},
		{"/broken/<id", nil},
	} {
		if got := parseParams(c.rule); !reflect.DeepEqual(got, c.want) {
			t.Errorf("parseParams(%q) = %+v, want %+v", c.rule, got, c.want)
		}
	}
}

// Prefixes are joined as Flask's Blueprint.register and
// BlueprintSetupState.add_url_rule join them.
func TestJoin(t *testing.T) {
	for _, c := range []struct{ prefix, rule, want string }{
		{"", "/a", "/a"},
		{"/admin", "/", "/admin/"},
		{"/admin/", "/users", "/admin/users"},
		{"/admin", "", "/admin"},
		{"/admin", "users", "/admin/users"},
	} {
		if got := joinRule(c.prefix, c.rule); got != c.want {
			t.Errorf("joinRule(%q, %q) = %q, want %q", c.prefix, c.rule, got, c.want)
		}
	}
	for _, c := range []struct{ parent, child, want string }{
		{"/p", "/child", "/p/child"},
		{"/p/", "child", "/p/child"},
		{"", "/child", "/child"},
		{"/p", "", "/p"},
	} {
		if got := joinPrefix(c.parent, c.child); got != c.want {
			t.Errorf("joinPrefix(%q, %q) = %q, want %q", c.parent, c.child, got, c.want)
		}
	}
}

func TestNormMethods(t *testing.T) {
	got := normMethods([]string{"delete", "post", "GET", "PROPFIND", "get", " put "})
	want := []string{"GET", "POST", "PUT", "DELETE", "PROPFIND"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("normMethods = %v, want %v", got, want)
	}
}

func TestEnvironmentOf(t *testing.T) {
	for name, want := range map[string]Environment{
		"ProductionConfig":       Production,
		"ProdConfig":             Production,
		"production":             Production,
		".env.production":        Production,
		"DevelopmentConfig":      Development,
		"LocalSettings":          Development,
		"docker-compose.dev.yml": Development,
		"TestingConfig":          Testing,
		"test":                   Testing,
		"Config":                 UnknownEnv,
		"StagingConfig":          UnknownEnv,
		"DeviceConfig":           UnknownEnv,
		"latest":                 UnknownEnv,
		".env":                   UnknownEnv,
	} {
		if got := EnvironmentOf(name); got != want {
			t.Errorf("EnvironmentOf(%q) = %q, want %q", name, got, want)
		}
	}
}

// from_prefixed_env parses values as JSON when they are JSON.
func TestJSONValue(t *testing.T) {
	for s, want := range map[string]string{
		"1":         "int 1",
		"1.5":       "float 1.5",
		"true":      "bool True",
		"null":      "None",
		`"quoted"`:  `str "quoted"`,
		"plain":     `str "plain"`,
		"[1, 2]":    `str "[1, 2]"`,
		"https://x": `str "https://x"`,
	} {
		v := jsonValue(s)
		got := value(v)
		switch v.Kind {
		case project.IntValue:
			got = "int " + got
		case project.FloatValue:
			got = "float " + got
		case project.BoolValue:
			got = "bool " + got
		case project.StringValue:
			got = "str " + got
		}
		if got != want {
			t.Errorf("jsonValue(%q) = %s, want %s", s, got, want)
		}
	}
}

func TestIsConfigKey(t *testing.T) {
	for name, want := range map[string]bool{
		"SECRET_KEY": true, "DEBUG": true, "X1": true, "_PRIVATE": true,
		"secret_key": false, "Debug": false, "_": false, "123": false,
	} {
		if got := isConfigKey(name); got != want {
			t.Errorf("isConfigKey(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestWords(t *testing.T) {
	got := strings.Join(words("DevelopmentConfig.env-prod_2"), " ")
	if got != "development config env prod 2" {
		t.Errorf("words = %q", got)
	}
}
