package main

import (
	"fmt"
	"strings"
)

// readmeIntro is the hand-written part of the suite's README; the tables
// after it are generated from the ingredient tables, so they cannot drift.
const readmeIntro = `# flaskguard taintbench

A benchmark for flaskguard's taint analysis, in the style of the
[OWASP Benchmark](https://owasp.org/www-project-benchmark/) (its Python edition
has Flask test cases in 14 classes). **Everything here is generated** by
` + "`tools/taintbench`" + `; do not edit it by hand:

    go run ./tools/taintbench -out testdata/taintbench

The suite was written **before and independently of the analysis engine**: its
author did not read the engine's code, so the cases test what a Flask developer
writes, not what the engine happens to model. Scores mean something only as long
as that stays true: do not tune cases to the engine, and do not tune the engine
to case numbers.

## Layout

- ` + "`testcode/BenchmarkTestNNNNN.py`" + `: one case per file. Each defines its routes
  inside ` + "`def init(app):`" + ` (a GET route that calls the POST one, as OWASP does).
  The file says nothing about its class's truth; the route names the class.
- ` + "`helpers/`" + `: what the cases call (` + "`utils.escape_for_html`" + `, ` + "`ThingInterface`" + `/` + "`ThingFactory`" + `,
  ` + "`db_sqlite`" + `, ` + "`db_sqlalchemy`" + `, ` + "`ldap_conn`" + `, ` + "`xml_data`" + `, and ` + "`separate_request.request_wrapper`" + `
  whose ` + "`get_value`" + ` returns request data and ` + "`get_safe_value`" + ` a constant).
- ` + "`app.py`" + `: imports every case and calls ` + "`init(app)`" + `.
- ` + "`expectedresults.csv`" + `: the truth, in OWASP's format:
  ` + "`BenchmarkTest00001,sqli,true,89`" + ` (test name, class, real vulnerability, CWE).

## How a case is built

Every case is four ingredients rendered into one view:

1. a **source** puts request data in ` + "`param`" + ` (or, for safe sources, something an
   attacker cannot steer: an ` + "`<int:n>`" + ` URL part, a wrapper returning a constant);
2. a **propagation** computes ` + "`bar`" + ` from it: a plain transform (copy, f-string,
   base64 round trip...) or a trick that leaves ` + "`bar`" + ` either the input or a clean
   constant (a constant condition, a dict key, a list index after ` + "`pop`" + `, a
   closure's late binding...). Each trick exists in a safe and a vulnerable variant;
3. a **sanitizer** (often none) cleans or guards ` + "`bar`" + `; it makes a case safe only in
   the classes it really neutralises (` + "`html.escape`" + ` before a redirect is still an open
   redirect);
4. a **sink** of the class uses ` + "`bar`" + `; some sinks are safe by construction (SQL
   parameters, ` + "`shell=False`" + ` with a fixed program, XPath variables, ` + "`yaml.safe_load`" + `).

A case is vulnerable when the source is tainted, the propagation keeps the taint,
the sanitizer does not neutralise the class at that sink, and the sink is not a safe
one. Three classes are about configuration rather than data flow (` + "`hash`" + `,
` + "`weakrand`" + `, ` + "`securecookie`" + `): there the truth is the algorithm, generator or
cookie flag used, which is either written in the call or chosen by one of the same
propagation tricks (for example ` + "`hashlib.new(bar)`" + ` where ` + "`bar`" + ` is ` + "`\"md5\"`" + ` or
` + "`\"sha256\"`" + ` depending on a constant condition).

Per class, about a third of the cases are vulnerable (plain, or behind a wrong
sanitizer) and two thirds are safe look-alikes: safe because of the propagation,
the right sanitizer, a safe sink, or a safe source. The ingredient tables mark the
combinations whose truth would be debatable (an encoding that is harmless in one SQL
context and not in another, a source that cannot carry a newline feeding a log
injection sink...), and those are never generated.

## Ground truth is checked by running the cases

` + "`tools/taintbench/verify/verify.py`" + ` imports ` + "`app.py`" + ` with Flask's test client,
replaces every sink with a recorder (lxml, ldap3, python-ldap, SQLAlchemy,
pandas, requests, httpx, PyYAML and jsonpickle are replaced whole by recording
stubs, so nothing is read, written, run or fetched), sends each case one or more attack payloads through its
source, and decides from what reached the sink whether the attack worked (a
` + "`pwned`" + ` marker outside SQL/XPath string literals, a ` + "`;`" + ` or ` + "`|`" + ` outside shell
quotes, a Location header on another host, a path outside the base folder, a
newline in a log record, a weak algorithm...). The Go test in
` + "`tools/taintbench`" + ` runs it over the whole suite and fails on any case whose
label disagrees. It needs Python 3.11 with Flask; it is skipped without them.
To run it by hand (it also lists the safe cases that no payload gets past a
guard into a sink, with the reason):

    go run ./tools/taintbench -out /tmp/taintbench -manifest /tmp/cases.json
    python3 -B tools/taintbench/verify/verify.py /tmp/taintbench /tmp/cases.json [--case BenchmarkTest00042 --verbose]

The manifest names each case's source, propagation, sanitizer and sink, which
helps to see which ingredients an analysis misses.

## Scoring

Scan the suite with flaskguard and score the JSON report:

    flaskguard scan --format json --output report.json testdata/taintbench
    go run ./tools/scorebench -expected testdata/taintbench/expectedresults.csv -results report.json -testcode-dir testcode

A finding counts for a case when its file is the case's file (matched by base
name, ` + "`BenchmarkTestNNNNN.py`" + `) and its CWE is the class's CWE; suppressed
findings do not count, and with ` + "`-testcode-dir testcode`" + ` the file must be directly
in a ` + "`testcode`" + ` folder. Per class the scorer prints TP, FP, TN, FN, the true
positive rate, the false positive rate and their difference (Youden's index, the
OWASP score), then the average over classes; ` + "`-format json`" + ` writes the same as
JSON.

## Known limitations

- **Header injection** (CWE-113) follows the CWE's definition: a CR or LF from the
  request reaches a response header unneutralised. Current Werkzeug (3.1, which the
  suite was checked with) refuses such header values at run time (the request fails with a 500), so on a current
  stack these cases are a crash rather than response splitting. The verifier turns
  that check off to observe the flow.
- Each case is checked with a few payloads per class, not proven safe for every
  input. Where a trick's truth would hinge on an input the payloads do not try,
  the ingredient tables leave the combination out instead (for example int() does
  not make a URL host safe, 2130706433 being 127.0.0.1; an alphanumeric filter does
  not make a numeric SQL context safe, ` + "`WHERE ID = ID`" + ` being a tautology).
- The stubs that stand in for lxml, ldap3, python-ldap, SQLAlchemy, pandas,
  requests, httpx, PyYAML and jsonpickle record calls; they encode which of those
  libraries' calls are dangerous (` + "`resolve_entities=True`" + `, ` + "`yaml.Loader`" + `...)
  rather than observe it.
- Sources follow what an attacker who sends the request controls: cookies and
  headers count as tainted, header *names* carry only HTTP token characters
  (title-cased), header values, cookies and file names cannot carry CR/LF (so they
  never feed log or header injection cases), and ` + "`request.path`" + ` is only used
  with a ` + "`<path:p>`" + ` route, since on a fixed route it is a constant.
- Everything is in one module per case plus ` + "`helpers/`" + `: no blueprints,
  class-based views, async views or templates on disk.
- The configuration classes do not depend on data flow: any finding with the right
  CWE in the file counts, wherever it points.
- Findings are matched by file and CWE only, as OWASP's scorecards do, so a finding
  at the wrong line of the right file still counts.
`

// readme renders the suite's README.md.
func readme(cases []testCase) string {
	var b strings.Builder
	b.WriteString(readmeIntro)
	b.WriteString("\n## Counts\n\n| class | CWE | cases | vulnerable | safe |\n|---|---|---|---|---|\n")
	total, totalV := 0, 0
	for _, cl := range classes() {
		n, v := 0, 0
		for _, c := range cases {
			if c.Class.Key == cl.Key {
				n++
				if c.vulnerable() {
					v++
				}
			}
		}
		total += n
		totalV += v
		fmt.Fprintf(&b, "| %s (%s) | %d | %d | %d | %d |\n", cl.Key, cl.Name, cl.CWE, n, v, n-v)
	}
	fmt.Fprintf(&b, "| **all** | | %d | %d | %d |\n", total, totalV, total-totalV)

	b.WriteString("\n## Ingredients\n\n### Sources\n\n| name | reads | tainted |\n|---|---|---|\n")
	for _, s := range sources() {
		fmt.Fprintf(&b, "| %s | %s | %s |\n", s.Name, cell(s.Doc), yesNo(s.Tainted))
	}
	b.WriteString("\n### Propagations\n\n| name | what it does | keeps the taint |\n|---|---|---|\n")
	for _, p := range props() {
		fmt.Fprintf(&b, "| %s | %s | %s |\n", p.Name, cell(p.Doc), yesNo(p.Keeps))
	}
	b.WriteString("\n### Sanitizers\n\n| name | what it does | neutralises |\n|---|---|---|\n")
	for _, s := range sanitizers() {
		n := strings.Join(s.Neutralises, ", ")
		if len(s.Neutralises) == len(taintClasses()) {
			n = "every data-flow class"
		}
		if n == "" {
			n = "nothing"
		}
		fmt.Fprintf(&b, "| %s | %s | %s |\n", s.Name, cell(s.Doc), n)
	}
	b.WriteString("\n### Sinks\n\n| class | name | call | safe |\n|---|---|---|---|\n")
	for _, s := range sinks() {
		safe := yesNo(s.Safe)
		if s.Selected {
			safe = "chosen by the propagation"
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", s.Class, s.Name, cell(s.Doc), safe)
	}
	return b.String()
}

// cell escapes the pipes of a Markdown table cell.
func cell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

func yesNo(v bool) string {
	if v {
		return "yes"
	}
	return "no"
}
