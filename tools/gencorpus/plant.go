package main

import "fmt"

// plant appends one intentional finding of a kind a scanner should report,
// so that the benchmark's full scan produces findings (and exercises the
// reporting path) without being dominated by them.
func (g *gen) plant(f pyFile) {
	g.planted++
	noun := f.noun
	if noun == "" {
		noun = pick(g, nouns)
	}
	switch g.r.IntN(7) {
	case 0:
		g.w.line(`SECRET_KEY = "` + fmt.Sprintf("%s-%016x", noun, g.r.Uint64()) + `"`)
	case 1:
		g.w.block("def "+g.fresh(func() string { return "lookup_" + noun + "_by_name" })+"():", func() {
			g.w.line("from flask import request")
			g.w.line("from sqlalchemy import text")
			g.w.blank()
			g.w.line(`name = request.args.get("name", "")`)
			g.w.linef(`return db.session.execute(text(f"SELECT * FROM %s WHERE name = '{name}'")).fetchall()`, plural(noun))
		})
	case 2:
		g.w.block("def "+g.fresh(func() string { return "preview_" + noun })+"():", func() {
			g.w.line("from flask import render_template_string, request")
			g.w.blank()
			g.w.line(`return render_template_string(request.args.get("template", "Hello"))`)
		})
	case 3:
		g.w.block("def "+g.fresh(func() string { return "convert_" + noun + "_image" })+"():", func() {
			g.w.line("import subprocess")
			g.w.blank()
			g.w.line("from flask import request")
			g.w.blank()
			g.w.line(`subprocess.run(f"convert {request.args['src']} /tmp/out.png", shell=True, check=False)`)
		})
	case 4:
		g.w.block("def "+g.fresh(func() string { return "hash_" + noun + "_password" })+"(password: str) -> str:", func() {
			g.w.line("import hashlib")
			g.w.blank()
			g.w.line("return hashlib.md5(password.encode()).hexdigest()")
		})
	case 5:
		g.w.block("def "+g.fresh(func() string { return "notify_" + noun + "_hook" })+"(url: str) -> int:", func() {
			g.w.line("import requests")
			g.w.blank()
			g.w.line("return requests.get(url, verify=False, timeout=10).status_code")
		})
	default:
		g.w.block(`if __name__ == "__main__":`, func() {
			g.w.line("from acme import create_app")
			g.w.blank()
			g.w.line("app = create_app()")
			g.w.line("app.run(debug=True)")
		})
	}
}
