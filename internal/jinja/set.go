package jinja

import (
	"cmp"
	"slices"
	"strings"
)

// Set holds the templates of one scan and finds them by the name
// render_template, {% include %} and {% extends %} use. A nil *Set holds
// nothing. It is read-only once built and safe for concurrent use.
type Set struct {
	all    []*Template
	byName map[string]*Template
	byPath map[string]*Template
}

// NewSet indexes templates. When several templates have the same name (an
// app folder and a blueprint's template_folder both holding
// "index.html"), the one in the shallowest templates folder wins, as the
// app's own folder, which Flask searches first, is normally the
// outermost; ties go to the first path in lexical order so that the
// choice is stable.
func NewSet(templates []*Template) *Set {
	s := &Set{byName: map[string]*Template{}, byPath: map[string]*Template{}}
	s.all = slices.Clone(templates)
	slices.SortFunc(s.all, func(a, b *Template) int {
		return cmp.Or(cmp.Compare(depth(a), depth(b)), cmp.Compare(a.Path, b.Path))
	})
	for _, t := range s.all {
		if t.Name != "" {
			if _, dup := s.byName[t.Name]; !dup {
				s.byName[t.Name] = t
			}
		}
		s.byPath[t.Path] = t
	}
	slices.SortFunc(s.all, func(a, b *Template) int { return cmp.Compare(a.Path, b.Path) })
	return s
}

// depth is the number of folders above a template's loader root.
func depth(t *Template) int {
	return strings.Count(strings.TrimSuffix(t.Path, t.Name), "/")
}

// All returns the templates in path order.
func (s *Set) All() []*Template {
	if s == nil {
		return nil
	}
	return s.all
}

// FindTemplate returns the template render_template(name) would load
// ("auth/login.html"), or the template at that scan-relative path when no
// template has that name, or nil.
func (s *Set) FindTemplate(name string) *Template {
	if s == nil {
		return nil
	}
	if t := s.byName[name]; t != nil {
		return t
	}
	return s.byPath[name]
}
