package flaskmodel

import (
	"fmt"
	"sort"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/project"
)

// dump writes the model as stable text for golden tests: every app with
// its extensions, config per environment, hooks and handlers, then the
// blueprints, the routes table and the project-wide lists.
func dump(md *Model) string {
	var sb strings.Builder
	w := func(indent int, format string, args ...any) {
		sb.WriteString(strings.Repeat("  ", indent))
		fmt.Fprintf(&sb, format, args...)
		sb.WriteByte('\n')
	}
	w(0, "apps:")
	for _, a := range md.Apps {
		w(1, "%s at %s import=%q", a.Label, at(a.Loc), a.ImportName)
		for _, r := range a.Blueprints {
			w(2, "blueprint %s prefix=%s at %s", r.Blueprint.Name, prefix(r.HasPrefix, r.URLPrefix), at(r.Loc))
		}
		for _, e := range a.Extensions {
			w(2, "extension %s %s var=%s at %s init %s%s", e.Kind, e.Class, e.Var, at(e.Loc), at(e.InitLoc), settings(e.Settings))
		}
		for _, cl := range a.ConfigLoads {
			var objs []string
			for _, o := range cl.Objects {
				objs = append(objs, o.Name+"["+string(o.Env)+"]")
			}
			w(2, "load %s objects=%s path=%q env=%q found=%v cond=%v at %s", cl.Method, strings.Join(objs, ","), cl.Path, cl.EnvVar, cl.Found, cl.Conditional, at(cl.Loc))
		}
		envs := append([]Environment{AnyEnv}, a.Environments()...)
		for _, env := range envs {
			cfg := md.EffectiveConfig(a, env)
			keys := make([]string, 0, len(cfg))
			for k := range cfg {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			name := string(env)
			if name == "" {
				name = "any"
			}
			w(2, "config %s:", name)
			for _, k := range keys {
				w(3, "%s", entry(cfg[k]))
			}
		}
		for _, h := range a.Hooks {
			w(2, "hook %s", hook(h))
		}
		for _, eh := range a.ErrorHandlers {
			w(2, "errorhandler code=%d exc=%q %s at %s", eh.Code, eh.Exception, eh.Name, at(eh.Loc))
		}
		for _, l := range a.Logging {
			w(2, "logger %s handler=%q level=%q at %s", l.Kind, l.Handler, l.Level, at(l.Loc))
		}
	}
	w(0, "blueprints:")
	for _, bp := range md.Blueprints {
		w(1, "%s var=%s prefix=%s at %s", bp.Name, bp.Var, prefix(bp.HasPrefix, bp.URLPrefix), at(bp.Loc))
		for _, m := range bp.Mounts {
			w(2, "mount %s prefix=%q endpoint=%s", m.App.Label, m.Prefix, m.Endpoint)
		}
		if bp.CSRFExempt != nil {
			w(2, "csrf exempt at %s", at(*bp.CSRFExempt))
		}
		for _, rl := range bp.RateLimits {
			w(2, "rate limit %s %q", rl.Kind, rl.Value)
		}
		for _, h := range bp.Hooks {
			w(2, "hook %s", hook(h))
		}
	}
	w(0, "routes:")
	for _, r := range md.Routes {
		w(1, "%s %s -> %s %s [%s] endpoint=%s", strings.Join(r.Methods, ","), r.Rule, r.View.Name, at(r.View.Loc), owner(r), r.Endpoint)
		var parts []string
		for _, p := range r.Params {
			parts = append(parts, p.Converter+":"+p.Name)
		}
		var auth, limits, tpls, inputs, decos []string
		for _, a := range r.Auth {
			auth = append(auth, fmt.Sprintf("%s:%s(%s)", a.Kind, a.Name, a.Check))
		}
		for _, rl := range r.RateLimits {
			limits = append(limits, fmt.Sprintf("%s:%q", rl.Kind, rl.Value))
		}
		for _, t := range r.Templates {
			tpls = append(tpls, t.Name)
		}
		for _, in := range r.Inputs {
			inputs = append(inputs, in.Source)
		}
		for _, d := range r.Decorators {
			s := d.Name + "=" + string(d.Kind)
			if d.Outer {
				s += "(outer)"
			}
			decos = append(decos, s)
		}
		w(2, "kind=%s params=%s csrf=%s(%s) auth=%s limits=%s", r.Kind, strings.Join(parts, ","), r.CSRF, r.CSRFBy,
			strings.Join(auth, ","), strings.Join(limits, ","))
		w(2, "decorators=%s templates=%s inputs=%s", strings.Join(decos, ","), strings.Join(tpls, ","), strings.Join(inputs, ","))
	}
	w(0, "config objects:")
	for _, co := range md.ConfigObjects {
		w(1, "%s env=%s loaded=%v at %s", co.Name, co.Env, co.Loaded, at(co.Loc))
		for _, e := range co.Entries {
			w(2, "%s", entry(e))
		}
	}
	w(0, "unbound extensions:")
	for _, e := range md.Extensions {
		if e.App == nil {
			w(1, "%s %s var=%s at %s%s", e.Kind, e.Class, e.Var, at(e.Loc), settings(e.Settings))
		}
	}
	w(0, "logging:")
	for _, l := range md.Logging {
		w(1, "%s handler=%q level=%q at %s", l.Kind, l.Handler, l.Level, at(l.Loc))
	}
	w(0, "monitoring:")
	for _, m := range md.Monitoring {
		w(1, "%s at %s%s", m.Kind, at(m.Loc), settings(m.Settings))
	}
	w(0, "forms:")
	for _, f := range md.Forms {
		w(1, "%s at %s", f.Name, at(f.Loc))
	}
	w(0, "env:")
	for _, e := range md.Env {
		w(1, "%s=%s kind=%s scope=%q env=%q at %s", e.Key, e.Value, e.Kind, e.Scope, e.Env, at(e.Loc))
	}
	return sb.String()
}

func at(l finding.Location) string {
	if l.Path == "" {
		return "-"
	}
	return fmt.Sprintf("%s:%d:%d", l.Path, l.StartLine, l.StartCol)
}

func prefix(has bool, p string) string {
	if !has {
		return "-"
	}
	return fmt.Sprintf("%q", p)
}

func owner(r *Route) string {
	app := "?"
	if r.App != nil {
		app = r.App.Label
	}
	if r.Unresolved {
		app = "unresolved " + r.Owner
	}
	if r.Blueprint != nil {
		return app + "/" + r.Blueprint.Name
	}
	return app
}

func hook(h *Hook) string {
	s := fmt.Sprintf("%s %s at %s", h.Kind, h.Name, at(h.Loc))
	for _, hd := range h.Headers {
		s += fmt.Sprintf(" %s=%q", hd.Name, hd.Value)
	}
	if h.Auth != nil {
		s += " auth(" + h.Auth.Check + ")"
	}
	return s
}

func entry(e *ConfigEntry) string {
	v := "?" + e.Text
	if e.Known {
		v = value(e.Value)
	}
	s := fmt.Sprintf("%s = %s (%s", e.Key, v, e.Origin)
	if e.FromEnv {
		s += " env " + e.EnvVar
	}
	if e.Env != AnyEnv {
		s += " in " + string(e.Env)
	}
	if e.Conditional {
		s += " cond"
	}
	return s + ") at " + at(e.Loc)
}

func value(v project.Value) string {
	switch v.Kind {
	case project.StringValue, project.BytesValue:
		return fmt.Sprintf("%q", v.Str)
	case project.BoolValue, project.IntValue, project.FloatValue, project.NoneValue:
		return valueText(v)
	}
	return "?"
}

func settings(m map[string]*Setting) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	for _, k := range keys {
		s := m[k]
		switch {
		case s.Known:
			sb.WriteString(" " + k + "=" + value(s.Value))
		case s.Dict != nil:
			var kv []string
			for _, e := range s.Dict {
				kv = append(kv, e.Key+":"+e.Value)
			}
			sb.WriteString(" " + k + "={" + strings.Join(kv, "; ") + "}")
		case s.Items != nil:
			sb.WriteString(" " + k + "=[" + strings.Join(s.Items, "; ") + "]")
		case s.Ref != "":
			sb.WriteString(" " + k + "=&" + s.Ref)
		default:
			sb.WriteString(" " + k + "=?" + s.Text)
		}
	}
	return sb.String()
}
