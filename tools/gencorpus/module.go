package main

import (
	"fmt"
	"slices"
	"strings"
)

// plantRate is the share of content modules that get one intentional
// finding. It is small on purpose: a real project has few, and the
// benchmark should measure analysis of clean code, not report rendering.
const plantRate = 0.02

// pyFileText generates the text of one planned file and reports how many
// intentional findings it holds.
func pyFileText(seed uint64, index int, f pyFile, p *plan) (string, int) {
	g := newGen(seed, index)
	switch f.kind {
	case kindFactory:
		g.factory(f)
	case kindExtensions:
		g.extensions()
	case kindConfig:
		g.config()
	case kindWSGI:
		g.wsgi()
	case kindDomainInit:
		g.domainInit(f)
	case kindPkgInit:
		g.pkgInit(f)
	default:
		g.content(f, p.templates)
	}
	return g.w.b.String(), g.planted
}

// content writes a module of 150 to 400 lines: header, the kind's
// preamble, then the kind's own blocks mixed with generic ones.
func (g *gen) content(f pyFile, templates []string) {
	target := g.between(150, 400)
	useMatch := g.chance(0.25)
	subject := f.noun
	if subject == "" {
		subject = strings.Join(f.nouns, ", ")
	}
	extra := flaskImports[f.kind]
	switch f.kind {
	case kindRoutes:
		models := make([]string, len(f.nouns))
		for i, n := range f.nouns {
			models[i] = camel(n)
		}
		slices.Sort(models)
		extra = append(slices.Clone(extra), fmt.Sprintf("from %s import %s", f.models, strings.Join(models, ", ")))
	case kindServices, kindTasks, kindCLI:
		extra = append(slices.Clone(extra), fmt.Sprintf("from %s import %s", f.models, camel(f.noun)))
	}
	pkg := strings.TrimPrefix(f.module[:strings.LastIndexByte(f.module, '.')], rootPackage+".")
	g.header(fmt.Sprintf("%s for %s (%s).", camel(kindSuffix[f.kind]), subject, pkg), extra...)

	switch f.kind {
	case kindModels:
		for _, n := range f.nouns {
			g.modelBlock(f, n)
		}
	case kindRoutes:
		g.routesPreamble(f, templates)
	case kindTests:
		g.w.line("@pytest.fixture()")
		g.w.block("def client():", func() {
			g.w.line(`app = create_app("testing")`)
			g.w.block("with app.test_client() as client:", func() { g.w.line("yield client") })
		})
		g.end()
	}
	if g.chance(0.3) {
		g.decoratorBlock()
	}
	for g.w.lines < target {
		if g.chance(0.55) && g.kindBlock(f, templates) {
			continue
		}
		g.genericBlock(useMatch)
	}
	if g.chance(plantRate) {
		g.plant(f)
	}
}

// kindBlock writes a block typical of the module's kind; it returns false
// when the kind has none, so that a generic block is written instead.
func (g *gen) kindBlock(f pyFile, templates []string) bool {
	switch f.kind {
	case kindRoutes:
		g.routeBlock(f, templates)
	case kindForms:
		g.formBlock(f.noun)
	case kindServices:
		if g.chance(0.5) {
			g.classBlock(false, "Service", "Repository", "Gateway")
		} else {
			g.serviceFuncs(f.noun)
		}
	case kindSchemas:
		if g.chance(0.5) {
			g.dataclassBlock()
		} else {
			g.protocolBlock()
		}
	case kindTasks:
		g.taskBlock(f.noun)
	case kindCLI:
		g.cliBlock(f.noun)
	case kindSettings:
		g.settingsBlock(f.noun)
	case kindTests:
		g.testBlock(f.noun)
	default:
		return false
	}
	return true
}

func (g *gen) serviceFuncs(noun string) {
	model := camel(noun)
	name := g.fresh(func() string { return "get_" + noun })
	g.w.block(fmt.Sprintf("def %s(%s_id: int) -> %s | None:", name, noun, model), func() {
		g.w.linef(`"""Load one %s, or None when it does not exist."""`, noun)
		g.w.linef("return db.session.get(%s, %s_id)", model, noun)
	})
	g.end()
	name = g.fresh(func() string { return "count_" + plural(noun) + "_by_status" })
	g.w.block(fmt.Sprintf("def %s() -> dict[str, int]:", name), func() {
		g.w.linef("rows = db.session.execute(select(%s.status, db.func.count()).group_by(%s.status))", model, model)
		g.w.line("return {status: count for status, count in rows}")
	})
	g.end()
}

func (g *gen) taskBlock(noun string) {
	model := camel(noun)
	name := g.fresh(func() string { return pick(g, verbs) + "_" + plural(noun) + "_task" })
	g.w.linef("@shared_task(bind=True, max_retries=%d, default_retry_delay=%d)", g.between(1, 5), 30*g.between(1, 10))
	g.w.block(fmt.Sprintf("def %s(self, %s_ids: list[int]) -> int:", name, noun), func() {
		g.w.linef(`"""Process %s in the background; retried on connection errors."""`, plural(noun))
		g.w.line("done = 0")
		g.w.block(fmt.Sprintf("for %s_id in %s_ids:", noun, noun), func() {
			g.w.linef("item = db.session.get(%s, %s_id)", model, noun)
			g.w.block("if item is None:", func() {
				g.w.linef(`logger.warning("%s %%s vanished", %s_id)`, noun, noun)
				g.w.line("continue")
			})
			g.w.block("try:", func() {
				g.w.linef(`item.status = "%s"`, pick(g, adjectives))
				g.w.line("done += 1")
			})
			g.w.block("except ConnectionError as exc:", func() { g.w.line("raise self.retry(exc=exc)") })
		})
		g.w.line("db.session.commit()")
		g.w.line("return done")
	})
	g.end()
}

func (g *gen) cliBlock(noun string) {
	model := camel(noun)
	verb := pick(g, verbs)
	name := g.fresh(func() string { return verb + "_" + plural(noun) + "_command" })
	g.w.linef(`@click.command("%s-%s")`, verb, plural(noun))
	g.w.linef(`@click.option("--limit", default=%d, show_default=True, help="How many rows to touch.")`, 50*g.between(1, 10))
	g.w.line(`@click.option("--dry-run", is_flag=True, help="Print what would change.")`)
	g.w.line("@with_appcontext")
	g.w.block(fmt.Sprintf("def %s(limit: int, dry_run: bool) -> None:", name), func() {
		g.w.linef(`"""%s %s from the command line."""`, camel(verb), plural(noun))
		g.w.linef("rows = db.session.scalars(select(%s).limit(limit)).all()", model)
		g.w.block("for row in rows:", func() { g.w.line(`click.echo(f"{row.id}\t{row.name}\t{row.status}")`) })
		g.w.block("if not dry_run:", func() { g.w.line("db.session.commit()") })
		g.w.line(`click.echo(f"{len(rows)} rows", err=True)`)
	})
	g.end()
}

func (g *gen) settingsBlock(noun string) {
	name := g.className("Settings", "Options")
	env := strings.ToUpper(noun)
	g.w.block(fmt.Sprintf("class %s:", name), func() {
		g.w.linef(`"""Settings for %s processing, read from the environment once."""`, noun)
		g.w.blank()
		g.w.linef(`BATCH_SIZE = int(os.environ.get("%s_BATCH_SIZE", "%d"))`, env, 50*g.between(1, 8))
		g.w.linef(`WEBHOOK_URL = os.environ.get("%s_WEBHOOK_URL", "https://hooks.internal.example/%s")`, env, noun)
		g.w.linef(`ENABLED = os.environ.get("%s_ENABLED", "1") == "1"`, env)
		g.w.linef(`TIMEOUT_SECONDS = float(os.environ.get("%s_TIMEOUT", "%d"))`, env, g.between(1, 30))
	})
	g.end()
}

func (g *gen) testBlock(noun string) {
	url := "/" + pick(g, domains) + "/" + pick(g, subpackages) + "/" + plural(noun) + "/"
	if g.chance(0.5) {
		name := g.fresh(func() string { return "test_" + pick(g, verbs) + "_" + noun + "_requires_login" })
		g.w.block(fmt.Sprintf("def %s(client) -> None:", name), func() {
			g.w.linef(`response = client.get("%s")`, url)
			g.w.line("assert response.status_code in {302, 401}")
		})
		g.end()
		return
	}
	name := g.fresh(func() string { return "test_create_" + noun + "_validates" })
	g.w.line("@pytest.mark.parametrize(")
	g.w.line(`    ("payload", "status"),`)
	g.w.line("    [")
	g.w.line("        ({}, 400),")
	g.w.line(`        ({"name": ""}, 400),`)
	g.w.linef(`        ({"name": "%s", "status": "draft"}, 201),`, noun)
	g.w.line("    ],")
	g.w.line(")")
	g.w.block(fmt.Sprintf("def %s(client, payload: dict[str, str], status: int) -> None:", name), func() {
		g.w.linef(`response = client.post("%s", json=payload)`, url)
		g.w.line("assert response.status_code == status, response.get_json()")
	})
	g.end()
}
