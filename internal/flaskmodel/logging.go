package flaskmodel

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/python"
)

// logFuncs are the module-level logging configuration functions.
var logFuncs = map[string]string{
	"logging.basicConfig":       "basicConfig",
	"logging.config.dictConfig": "dictConfig",
	"logging.config.fileConfig": "fileConfig",
}

// logging records logging set-up: basicConfig, dictConfig, fileConfig,
// addHandler and setLevel on loggers (app.logger is tied to its app), and
// handler objects created from the logging packages. It also records
// OpenTelemetry's FlaskInstrumentor().instrument_app(app).
func (b *builder) logging() {
	for _, cs := range b.col.methods {
		name := methodOf(cs.call)
		switch {
		case name == "basicConfig" || name == "dictConfig" || name == "fileConfig":
			kind := logFuncs[b.proj.QualifyAt(cs.m, cs.call.Func, cs.scope)]
			if kind == "" {
				continue
			}
			ls := b.logSetup(cs, kind)
			switch kind {
			case "basicConfig":
				if lv, ok := cs.call.Keyword("level"); ok {
					ls.Level = b.levelText(cs.site, lv)
				}
			case "dictConfig":
				if arg, ok := cs.call.Positional(0); ok {
					ls.Handler = strings.Join(b.dictHandlers(cs.site, arg), ", ")
				}
			}
			b.md.Logging = append(b.md.Logging, ls)
		case name == "addHandler" || name == "setLevel":
			a, ok := cs.call.Func.(*python.Attribute)
			if !ok {
				continue
			}
			ls := b.logSetup(cs, name)
			arg, _ := cs.call.Positional(0)
			if name == "setLevel" && arg != nil {
				ls.Level = b.levelText(cs.site, arg)
			}
			if name == "addHandler" && arg != nil {
				ls.Handler = b.handlerClass(cs.site, arg)
			}
			b.md.Logging = append(b.md.Logging, ls)
			if lg, ok := a.Value.(*python.Attribute); ok && lg.Attr == "logger" {
				for _, app := range b.appsOf(cs.site, nil, lg.Value) {
					c := *ls
					c.App = app
					app.Logging = append(app.Logging, &c)
				}
			}
		case strings.HasSuffix(name, "Handler"):
			q := b.proj.QualifyAt(cs.m, cs.call.Func, cs.scope)
			if strings.HasPrefix(q, "logging.") || strings.Contains(strings.ToLower(q), "log") && q != "" {
				ls := b.logSetup(cs, "handler")
				ls.Handler = q
				b.md.Logging = append(b.md.Logging, ls)
			}
		case name == "instrument_app":
			b.md.Monitoring = append(b.md.Monitoring, &Monitor{Kind: "opentelemetry", Call: cs.call, Module: cs.m,
				Settings: b.kwSettings(cs.site, cs.call, nil), Loc: loc(cs.m, cs.call.Span())})
		}
	}
}

func (b *builder) logSetup(cs callSite, kind string) *LogSetup {
	return &LogSetup{Kind: kind, Call: cs.call, Module: cs.m, Loc: loc(cs.m, cs.call.Span())}
}

// levelText writes a level argument: a literal, or a name such as
// logging.DEBUG.
func (b *builder) levelText(s site, e python.Expr) string {
	if v, ok := b.proj.ConstAt(s.m, e, s.scope); ok {
		return valueText(v)
	}
	if q := b.proj.QualifyAt(s.m, e, s.scope); q != "" {
		return q
	}
	return s.m.File.Text(e.Span())
}

// handlerClass names the class of a handler passed to addHandler: the
// call that creates it, directly or through a variable.
func (b *builder) handlerClass(s site, e python.Expr) string {
	if n, ok := e.(*python.Name); ok {
		if res, ok := b.proj.Lookup(s.m, s.scope, n.ID); ok && len(res.Bindings) > 0 && res.Bindings[0].Value != nil {
			return b.handlerClass(site{m: res.Module, scope: res.Scope}, res.Bindings[0].Value)
		}
	}
	if c, ok := e.(*python.Call); ok {
		if q := b.proj.QualifyAt(s.m, c.Func, s.scope); q != "" {
			return q
		}
	}
	return s.m.File.Text(e.Span())
}

// dictHandlers lists the handler classes of a dictConfig dict: the
// "class" entries of its "handlers" section.
func (b *builder) dictHandlers(s site, e python.Expr) []string {
	var out []string
	for _, it := range b.dictItems(s.m, s.scope, e, 0) {
		if it.key != "handlers" {
			continue
		}
		for _, h := range b.dictItems(it.m, it.scope, it.value, 0) {
			for _, kv := range b.dictItems(h.m, h.scope, h.value, 0) {
				if kv.key != "class" {
					continue
				}
				if v, ok := b.proj.ConstAt(kv.m, kv.value, kv.scope); ok {
					out = append(out, valueText(v))
				}
			}
		}
	}
	return out
}
