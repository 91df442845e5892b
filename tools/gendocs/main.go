// Command gendocs writes docs/rules/<ID>.md, one page per rule, from the doc
// comments on the rule variables under internal/rules. The doc comment is the
// single source of a rule's documentation: the same pages are embedded in the
// binary for `flaskguard explain` and checked to be current in CI
// (`go generate ./... && git diff --exit-code`).
//
// Usage: go run ./tools/gendocs -rules internal/rules -out docs/rules
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/doc/comment"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

func main() {
	rulesDir := flag.String("rules", "internal/rules", "folder holding one package per practice")
	outDir := flag.String("out", "docs/rules", "folder for the generated pages")
	flag.Parse()
	if err := run(*rulesDir, *outDir); err != nil {
		fmt.Fprintln(os.Stderr, "gendocs:", err)
		os.Exit(1)
	}
}

// page is what one rule contributes to the docs.
type page struct {
	ID, Name, Summary string
	Practice, CWE     int
	Severity          string
	Doc               string
	Source            string
}

func run(rulesDir, outDir string) error {
	pages, err := collect(rulesDir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", outDir, err)
	}
	// Remove stale pages so that a deleted rule's page goes too.
	old, _ := filepath.Glob(filepath.Join(outDir, "FG*.md"))
	for _, f := range old {
		if err := os.Remove(f); err != nil {
			return fmt.Errorf("remove stale page: %w", err)
		}
	}
	for _, p := range pages {
		if err := os.WriteFile(filepath.Join(outDir, p.ID+".md"), render(p), 0o644); err != nil {
			return fmt.Errorf("write page for %s: %w", p.ID, err)
		}
	}
	return os.WriteFile(filepath.Join(outDir, "README.md"), index(pages), 0o644)
}

// collect parses every non-test Go file below rulesDir and returns a page for
// each package-level variable initialised with a rule.Rule literal.
func collect(rulesDir string) ([]page, error) {
	var pages []page
	fset := token.NewFileSet()
	err := filepath.WalkDir(rulesDir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "testdata" {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			return fmt.Errorf("parse %s: %w", path, err)
		}
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, v := range vs.Values {
					lit, ok := v.(*ast.CompositeLit)
					if !ok || !isRuleType(lit.Type) {
						continue
					}
					p := fromLiteral(lit)
					p.Source = filepath.ToSlash(path)
					doc := vs.Doc
					if doc == nil && len(gd.Specs) == 1 {
						doc = gd.Doc
					}
					if doc != nil {
						p.Doc = doc.Text()
					}
					if p.ID == "" {
						return fmt.Errorf("%s: rule %s has no literal ID", path, vs.Names[i].Name)
					}
					pages = append(pages, p)
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(pages, func(a, b page) int { return strings.Compare(a.ID, b.ID) })
	return pages, nil
}

func isRuleType(e ast.Expr) bool {
	sel, ok := e.(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Rule"
}

// fromLiteral reads the metadata fields written as literals in the rule.
func fromLiteral(lit *ast.CompositeLit) page {
	var p page
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		key, _ := kv.Key.(*ast.Ident)
		if key == nil {
			continue
		}
		switch key.Name {
		case "ID":
			p.ID = stringLit(kv.Value)
		case "Name":
			p.Name = stringLit(kv.Value)
		case "Summary":
			p.Summary = stringLit(kv.Value)
		case "Practice":
			p.Practice = intLit(kv.Value)
		case "CWE":
			p.CWE = intLit(kv.Value)
		case "Severity":
			if sel, ok := kv.Value.(*ast.SelectorExpr); ok {
				p.Severity = strings.ToLower(sel.Sel.Name)
			}
		}
	}
	return p
}

func stringLit(e ast.Expr) string {
	if b, ok := e.(*ast.BasicLit); ok && b.Kind == token.STRING {
		s, err := strconv.Unquote(b.Value)
		if err == nil {
			return s
		}
	}
	return ""
}

func intLit(e ast.Expr) int {
	if b, ok := e.(*ast.BasicLit); ok && b.Kind == token.INT {
		n, _ := strconv.Atoi(b.Value)
		return n
	}
	return 0
}

// render turns a rule's doc comment into its Markdown page. The comment's
// first paragraph is a sentence about the Go variable; the page starts at
// the first heading instead.
func render(p page) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s %s\n\n", p.ID, p.Name)
	fmt.Fprintf(&b, "Practice %d · CWE-%d · default severity %s\n\n", p.Practice, p.CWE, p.Severity)
	if p.Summary != "" {
		fmt.Fprintf(&b, "%s\n\n", p.Summary)
	}
	var parser comment.Parser
	doc := parser.Parse(p.Doc)
	for i, block := range doc.Content {
		if _, ok := block.(*comment.Heading); ok {
			doc.Content = doc.Content[i:]
			break
		}
	}
	printer := comment.Printer{
		HeadingLevel: 2,
		// Plain headings: the default {#hdr-...} anchors are noise in a
		// terminal (flaskguard explain prints these pages) and viewers
		// derive anchors from the heading text anyway.
		HeadingID: func(*comment.Heading) string { return "" },
	}
	b.Write(printer.Markdown(doc))
	fmt.Fprintf(&b, "\n---\nGenerated from `%s` by tools/gendocs; edit the doc comment there.\n", p.Source)
	return b.Bytes()
}

func index(pages []page) []byte {
	var b bytes.Buffer
	b.WriteString("# Rules\n\nGenerated by tools/gendocs from the rules' doc comments.\n\n")
	b.WriteString("| ID | name | practice | severity | CWE |\n|---|---|---|---|---|\n")
	for _, p := range pages {
		fmt.Fprintf(&b, "| [%s](%s.md) | %s | %d | %s | CWE-%d |\n", p.ID, p.ID, p.Name, p.Practice, p.Severity, p.CWE)
	}
	return b.Bytes()
}
