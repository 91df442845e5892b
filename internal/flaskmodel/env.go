package flaskmodel

import (
	"encoding/json"
	"path"
	"strings"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/project"
)

// environment collects the environment variables set outside Python.
// Dockerfile ARGs are left out: they exist only while the image builds.
func (b *builder) environment() {
	for _, f := range b.configs {
		for _, s := range f.Settings {
			switch {
			case f.Kind == confsrc.Env, f.Kind == confsrc.Procfile,
				f.Kind == confsrc.Dockerfile && s.Directive == "ENV",
				f.Kind == confsrc.Compose && s.Directive == "environment":
			default:
				continue
			}
			env := EnvironmentOf(path.Base(f.Path))
			if env == UnknownEnv && f.Kind == confsrc.Compose {
				env = EnvironmentOf(s.Scope)
			}
			if env == UnknownEnv {
				env = AnyEnv
			}
			b.md.Env = append(b.md.Env, EnvSetting{Key: s.Key, Value: s.Value, Kind: string(f.Kind),
				Scope: s.Scope, Env: env, Loc: s.Loc})
		}
	}
}

// prefixedEnv makes the entries from_prefixed_env loads: every variable
// PREFIX_KEY becomes KEY, its value parsed as JSON when it is JSON (as
// Flask does), a string otherwise. Keys with "__" (nested dicts) are
// left out.
func (b *builder) prefixedEnv(prefix string) []*ConfigEntry {
	var out []*ConfigEntry
	for _, s := range b.md.Env {
		key, ok := strings.CutPrefix(s.Key, prefix+"_")
		if !ok || key == "" || strings.Contains(key, "__") {
			continue
		}
		out = append(out, &ConfigEntry{Key: key, Value: jsonValue(s.Value), Known: true, FromEnv: true,
			EnvVar: s.Key, Text: s.Value, Origin: OriginPrefixEnv, Env: s.Env, Loc: s.Loc, Via: s.Loc})
	}
	return out
}

// envDebug appends DEBUG for FLASK_DEBUG set in env files, Dockerfiles,
// compose files and Procfiles: the flask command sets app.debug from it
// after the app is made, so it comes last. The value follows Flask's
// get_debug_flag: anything but "", "0", "false" and "no" is true.
func (b *builder) envDebug() {
	for _, s := range b.md.Env {
		if s.Key != "FLASK_DEBUG" {
			continue
		}
		v := strings.ToLower(s.Value)
		on := v != "" && v != "0" && v != "false" && v != "no"
		for _, app := range b.md.Apps {
			app.Config = append(app.Config, &ConfigEntry{Key: "DEBUG", Known: true,
				Value:   project.Value{Kind: project.BoolValue, Bool: on},
				FromEnv: true, EnvVar: s.Key, Text: s.Value, Origin: OriginEnvFile, Env: s.Env, Loc: s.Loc, Via: s.Loc})
		}
	}
}

// jsonValue parses an environment value as Flask's from_prefixed_env
// does: JSON if it is valid JSON, else the string itself.
func jsonValue(s string) project.Value {
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return project.Value{Kind: project.StringValue, Str: s}
	}
	switch v := v.(type) {
	case bool:
		return project.Value{Kind: project.BoolValue, Bool: v}
	case nil:
		return project.Value{Kind: project.NoneValue}
	case string:
		return project.Value{Kind: project.StringValue, Str: v}
	case float64:
		if v == float64(int64(v)) && !strings.ContainsAny(s, ".eE") {
			return project.Value{Kind: project.IntValue, Int: int64(v)}
		}
		return project.Value{Kind: project.FloatValue, Float: v}
	}
	// Lists and dicts: kept as text.
	return project.Value{Kind: project.StringValue, Str: s}
}
