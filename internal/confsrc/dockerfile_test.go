package confsrc

import (
	"testing"
)

func TestDockerfile(t *testing.T) {
	src := "# syntax=docker/dockerfile:1\n" + // 1
		"ARG PYTHON=3.12\n" + // 2
		"FROM python:${PYTHON}-slim AS build\n" + // 3
		"ENV PIP_NO_CACHE_DIR=1 \\\n" + // 4
		"    FLASK_DEBUG=\"0\"\n" + // 5
		"RUN pip install -r requirements.txt && \\\n" + // 6
		"    # a comment inside the continuation\n" + // 7
		"    rm -rf /tmp/*\n" + // 8
		"\n" + // 9
		"FROM python:3.12-slim\n" + // 10
		"env SECRET_KEY change me\n" + // 11
		"ARG BUILD_ONLY=x NO_DEFAULT\n" + // 12
		"EXPOSE 5000\n" + // 13
		"CMD [\"gunicorn\", \"-b\", \"0.0.0.0:5000\", \"app:app\"]\n" + // 14
		"ENTRYPOINT flask run --debug --host=0.0.0.0 # dev\n" + // 15
		"RUN [not-json]\n" // 16
	f := mustRead(t, "Dockerfile", Dockerfile, src)
	checkLines(t, "settings", settingLines(f.Settings), []string{
		`ARG |PYTHON="3.12" 2:5-2:16 2:12-2:16`,
		`ENV build|PIP_NO_CACHE_DIR="1" 4:5-4:23 4:22-4:23`,
		`ENV build|FLASK_DEBUG="0" 5:5-5:20 5:17-5:20`,
		`ENV stage 1|SECRET_KEY="change me" 11:5-11:25 11:16-11:25`,
		`ARG stage 1|BUILD_ONLY="x" 12:5-12:17 12:16-12:17`,
	})
	checkLines(t, "commands", commandLines(f.Commands), []string{
		`RUN build|["pip" "install" "-r" "requirements.txt" "&&" "rm" "-rf" "/tmp/*"] "pip install -r requirements.txt &&     rm -rf /tmp/*" 6:1-8:18`,
		`CMD stage 1|["gunicorn" "-b" "0.0.0.0:5000" "app:app"] "[\"gunicorn\", \"-b\", \"0.0.0.0:5000\", \"app:app\"]" 14:1-14:50 exec`,
		`ENTRYPOINT stage 1|["flask" "run" "--debug" "--host=0.0.0.0"] "flask run --debug --host=0.0.0.0 # dev" 15:1-15:50`,
		`RUN stage 1|["[not-json]"] "[not-json]" 16:1-16:15`,
	})
	checkLines(t, "comments", commentLines(f.Comments), []string{
		"1:# syntax=docker/dockerfile:1",
		"7:# a comment inside the continuation",
		"15:# dev",
	})
	checkBounds(t, f)
}

func TestDockerfileEscapeDirectiveAndHeredoc(t *testing.T) {
	src := "# escape=`\n" +
		"FROM python AS app\n" +
		"ENV A=1 `\n" +
		"    B=C:\\path\n" +
		"RUN <<EOF\n" +
		"pip install flask\n" +
		"FLASK_DEBUG=1 flask run\n" +
		"EOF\n" +
		"COPY <<-CONF /etc/app.conf\n" +
		"\tNOT an instruction\n" +
		"\tCONF\n" +
		"CMD python app.py\n"
	f := mustRead(t, "Dockerfile", Dockerfile, src)
	checkLines(t, "settings", settingLines(f.Settings), []string{
		`ENV app|A="1" 3:5-3:8 3:7-3:8`,
		`ENV app|B="C:\\path" 4:5-4:14 4:7-4:14`,
	})
	checkLines(t, "commands", commandLines(f.Commands), []string{
		`RUN app|["/bin/sh" "-c" "pip install flask\nFLASK_DEBUG=1 flask run"] "<<EOF\npip install flask\nFLASK_DEBUG=1 flask run" 5:1-5:10`,
		`CMD app|["python" "app.py"] "python app.py" 12:1-12:18`,
	})
	checkBounds(t, f)
}

func TestDockerfileErrors(t *testing.T) {
	cases := []struct{ src, err string }{
		{"FROM x\nFROBNICATE y\nENV A=1\n", `Dockerfile:2: unknown instruction "FROBNICATE"`},
		{"FROM x\nENV A\n", "Dockerfile:2: ENV A needs a value"},
		{"FROM x\nENV A=1 B\n", "Dockerfile:2: ENV B has no '=': mixing KEY=value and legacy forms"},
		{"FROM x\nENV\n", "Dockerfile:2: ENV needs at least one argument"},
		{"FROM x\nRUN echo 'open\n", "Dockerfile:2: RUN: unterminated quote"},
		{"FROM x\nENV A=\"open\n", "Dockerfile:2: ENV: unterminated quote"},
	}
	for _, c := range cases {
		f, err := Read("Dockerfile", Dockerfile, []byte(c.src))
		if err == nil || err.Error() != c.err {
			t.Errorf("%q: err = %v, want %s", c.src, err, c.err)
		}
		if f == nil {
			t.Errorf("%q: the reader should return what it read", c.src)
		}
	}
}
