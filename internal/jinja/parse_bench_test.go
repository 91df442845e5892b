package jinja

import (
	"bytes"
	"testing"
)

// BenchmarkParse times Parse on a realistic page and on inputs shaped to
// defeat the parser (deep nesting, stray brackets, forms never closed).
// Each should stay linear in the size of the template: compare ns/op as
// the repeat count grows.
func BenchmarkParse(b *testing.B) {
	inputs := []struct {
		name string
		src  []byte
	}{
		{"page", bytes.Repeat([]byte(`<div class="{{ c }}"><a href={{ u }}>{{ x|safe }}</a>{% if a %}<form method="post">{{ form.hidden_tag() }}</form>{% endif %}{% macro m() %}{{ y }}{% endmacro %}</div>`+"\n"), 2000)},
		{"nested-ifs", append(bytes.Repeat([]byte(`{% if a %}`), 10000), bytes.Repeat([]byte(`{{ x }}`), 10000)...)},
		{"stray-end-tags", append([]byte("{% if a %}"), bytes.Repeat([]byte(`{% for x in y %}{% endif %}`), 10000)...)},
		{"open-parens", bytes.Repeat([]byte(`{{ ( }}`), 20000)},
		{"unclosed-forms", append(bytes.Repeat([]byte(`<form method=post>`), 5000), bytes.Repeat([]byte(`{{ csrf_token() }}{{ m1() }}`), 5000)...)},
		{"macros", bytes.Repeat([]byte(`{% macro m() %}<form method=post>{{ a() }}</form>{% endmacro %}{% raw %}x{% endraw %}`), 5000)},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.src)))
			for b.Loop() {
				if _, err := Parse("templates/b.html", in.src); err != nil && in.name == "page" {
					b.Fatal(err)
				}
			}
		})
	}
}
