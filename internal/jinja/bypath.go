package jinja

// ByPath returns the template at a path relative to the scan root
// ("app/admin/templates/index.html"), or nil. Flask-aware lookups use it
// to read a name in one given template folder, where FindTemplate would
// pick among every folder holding that name.
func (s *Set) ByPath(p string) *Template {
	if s == nil {
		return nil
	}
	return s.byPath[p]
}
