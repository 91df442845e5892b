package confsrc

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// readCompose reads the environment, command and entrypoint of each
// service of a docker-compose file. Environment may be a mapping or a list
// of "KEY=value" strings; a key without a value (taken from the host's
// environment) reads as "". A string command is split as compose splits it
// (shlex, no shell); both forms are run without a shell, so Exec is true.
// Only the first YAML document is read, as compose does.
func readCompose(f *File) error {
	y, err := parseYAML(f)
	if err != nil {
		return err
	}
	if len(y.docs) == 0 || len(y.docs[0].Content) == 0 {
		return nil
	}
	if err := y.compose(y.docs[0].Content[0]); err != nil {
		return &ParseError{Path: f.Path, Line: min(y.docs[0].Line, len(y.ls)), Msg: err.Error(), Err: err}
	}
	return nil
}

func (y *yamlDoc) compose(root *yaml.Node) error {
	root, err := y.resolve(root)
	if err != nil {
		return err
	}
	if root.Kind != yaml.MappingNode {
		return fmt.Errorf("a compose file is a mapping, not a %s", kindName(root.Kind))
	}
	top, err := y.pairs(root)
	if err != nil {
		return err
	}
	for _, p := range top {
		if p[0].Value != "services" {
			continue
		}
		services, err := y.resolve(p[1])
		if err != nil {
			return err
		}
		if services.Kind != yaml.MappingNode {
			if services.Tag == "!!null" {
				return nil
			}
			return fmt.Errorf("line %d: services is a %s, not a mapping", services.Line, kindName(services.Kind))
		}
		svcs, err := y.pairs(services)
		if err != nil {
			return err
		}
		for _, s := range svcs {
			if err := y.service(s[0].Value, s[1]); err != nil {
				return err
			}
		}
	}
	return nil
}

func (y *yamlDoc) service(name string, n *yaml.Node) error {
	svc, err := y.resolve(n)
	if err != nil || svc.Kind != yaml.MappingNode {
		return err
	}
	ps, err := y.pairs(svc)
	if err != nil {
		return err
	}
	for _, p := range ps {
		v, err := y.resolve(p[1])
		if err != nil {
			return err
		}
		switch p[0].Value {
		case "environment":
			if err := y.environment(name, v); err != nil {
				return err
			}
		case "command", "entrypoint":
			y.composeCommand(name, p[0], v)
		}
	}
	return nil
}

func (y *yamlDoc) environment(service string, v *yaml.Node) error {
	switch v.Kind {
	case yaml.MappingNode:
		ps, err := y.pairs(v)
		if err != nil {
			return err
		}
		for _, p := range ps {
			val, err := y.resolve(p[1])
			if err != nil {
				return err
			}
			if p[0].Kind != yaml.ScalarNode || val.Kind != yaml.ScalarNode {
				continue // compose rejects these; nothing to read
			}
			loc, vl := y.settingLocs(p[0], p[1])
			y.f.Settings = append(y.f.Settings, Setting{Key: p[0].Value, Value: val.Value, Scope: service,
				Directive: "environment", Loc: loc, ValueLoc: vl})
		}
	case yaml.SequenceNode:
		for _, item := range v.Content {
			it, err := y.resolve(item)
			if err != nil {
				return err
			}
			if it.Kind != yaml.ScalarNode || it.Value == "" {
				continue
			}
			key, value, _ := strings.Cut(it.Value, "=")
			s, e := y.start(it), y.end(it)
			vs, ve := e, e
			if raw := y.f.Source[s:e]; len(raw) > 0 {
				if eq := strings.IndexByte(string(raw), '='); eq >= 0 {
					vs = s + eq + 1
					if it.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
						ve = max(vs, e-1) // the closing quote wraps the whole item
					}
				}
			}
			y.f.Settings = append(y.f.Settings, Setting{Key: key, Value: value, Scope: service,
				Directive: "environment", Loc: y.ls.Loc(y.f.Path, s, e), ValueLoc: y.ls.Loc(y.f.Path, vs, ve)})
		}
	}
	return nil
}

func (y *yamlDoc) composeCommand(service string, key, v *yaml.Node) {
	cmd := Command{Scope: service, Directive: key.Value, Exec: true}
	switch v.Kind {
	case yaml.ScalarNode:
		if v.Tag == "!!null" {
			return
		}
		ws, err := splitWords(v.Value, plainMode, '\\')
		if err != nil {
			// Compose would refuse it; keep the text whole so that
			// rules still see it.
			ws = []word{{text: v.Value}}
		}
		cmd.Args, cmd.Text, cmd.Loc = texts(ws), v.Value, y.loc(key, v)
	case yaml.SequenceNode:
		last := v
		for _, item := range v.Content {
			if it, err := y.resolve(item); err == nil && it.Kind == yaml.ScalarNode {
				cmd.Args = append(cmd.Args, it.Value)
				last = item
			}
		}
		cmd.Text, cmd.Loc = strings.Join(cmd.Args, " "), y.loc(key, last)
	default:
		return
	}
	y.f.Commands = append(y.f.Commands, cmd)
}

func kindName(k yaml.Kind) string {
	switch k {
	case yaml.SequenceNode:
		return "sequence"
	case yaml.ScalarNode:
		return "scalar"
	case yaml.MappingNode:
		return "mapping"
	}
	return "node"
}
