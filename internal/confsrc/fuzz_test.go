package confsrc

import (
	"errors"
	"testing"
)

// fuzzRead reads src as kind and checks that nothing panics, that errors
// are ParseErrors on a line of the source, and that every location of the
// result lies within the source.
func fuzzRead(t *testing.T, kind Kind, src []byte) {
	f, err := Read("f", kind, src)
	if err != nil {
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("error %v (%T) is not a *ParseError", err, err)
		}
		if n := len(indexLines(src)); pe.Line < 0 || pe.Line > n+1 {
			t.Fatalf("error line %d outside a %d-line source: %v", pe.Line, n, err)
		}
	}
	if f != nil {
		checkBounds(t, f)
	}
}

func FuzzEnv(f *testing.F) {
	for _, s := range []string{"A=1\nexport B='x'\n# c\nC=\"a\\nb\" # d\n", "K='unterminated\n", "=x\n\r\n", "A=\"\n\"\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) { fuzzRead(t, Env, src) })
}

func FuzzDockerfile(f *testing.F) {
	for _, s := range []string{
		"# escape=`\nFROM a AS b\nENV A=1 `\n  B=\"x y\"\nRUN x \\\n # c\n y\nCMD [\"a\"]\n",
		"FROM a\nRUN <<EOF\nbody\nEOF\nENV A b c\nARG X=1 Y\n",
		"ENTRYPOINT ['a'\n", "RUN \\\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) { fuzzRead(t, Dockerfile, src) })
}

func FuzzCompose(f *testing.F) {
	for _, s := range []string{
		"services:\n  web:\n    command: a b\n    environment:\n      A: 1\n      B:\n",
		"x: &e {A: 1}\nservices:\n  w:\n    environment: *e\n    command: [a, \"b\"]\n",
		"services:\n  w:\n    environment:\n      - 'A=1'\n      - B\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) { fuzzRead(t, Compose, src) })
}

func FuzzProcfile(f *testing.F) {
	for _, s := range []string{"web: A=1 gunicorn app:app # c\nworker: celery\n", "bad line\n", "w: 'x\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) { fuzzRead(t, Procfile, src) })
}

func FuzzINI(f *testing.F) {
	for _, s := range []string{"[s]\na = 1 ; c\nb: 2\n  cont\n", "x\n[open\n", "k=v\n\n  indented = 1\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) { fuzzRead(t, INI, src) })
}

func FuzzTOML(f *testing.F) {
	for _, s := range []string{
		"a = 1\n[t]\nb = [1, {c = 'x'}]\n[[arr]]\nd = 2024-01-01\n",
		"s = \"\"\"\nmulti\n\"\"\"\n\"q.k\" = true\n", "a = {\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) { fuzzRead(t, TOML, src) })
}

func FuzzYAML(f *testing.F) {
	for _, s := range []string{
		"a: &x\n  b: 1\nc:\n  <<: *x\n  d: [1, 'e']\n---\nf: |\n  g\n",
		"\"k\": \"v\\\"\" # c\n", "a: [\n", "é: ü\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) { fuzzRead(t, YAML, src) })
}
