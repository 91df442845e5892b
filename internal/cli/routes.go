package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/scan"
)

const routesUsage = `Usage: flaskguard routes [flags] [PATH]

Lists every route of the Flask code base under PATH (default: the current
directory): methods, rule, view, app or blueprint, authentication, CSRF
status, rate limits and templates. CSRF is "protected" when CSRFProtect or
SeaSurf covers the route, "exempt" when it is exempted, "none" when the app
has no CSRF protection and "-" for routes that only accept safe methods.

Flags:
`

// routesJSONVersion is the version of the JSON route inventory; it
// changes when a field changes meaning or goes away.
const routesJSONVersion = 1

func runRoutes(ctx context.Context, args []string, e env) error {
	var f scanFlags
	fs := newFlagSet("routes", routesUsage, e)
	format := fs.String("format", "text", "output format: text or json")
	fs.StringVar(&f.configPath, "config", "", "read this configuration file instead of discovering one")
	fs.Var(&f.exclude, "exclude", "skip paths matching this gitignore-style glob (repeatable)")
	fs.BoolVar(&f.includeTests, "include-tests", false, "also read test folders and test_*.py files")
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		return usagef("unknown format %q (want text or json)", *format)
	}
	if len(paths) > 1 {
		return usagef("routes takes one PATH, got %d", len(paths))
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	root, targets, err := scanRoot(paths)
	if err != nil {
		return err
	}
	cfg, err := loadConfig(root, f)
	if err != nil {
		return usageError{err: err}
	}
	md, diags, err := scan.LoadModel(ctx, scan.Options{Root: root, Targets: targets, Config: cfg})
	if err != nil {
		return fmt.Errorf("routes: %w", err)
	}
	for _, d := range diags {
		fmt.Fprintf(e.stderr, "flaskguard: note: %s: %s\n", d.Location.Path, d.Message)
	}
	rows := routeRows(md)
	if *format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(routeInventory{Version: routesJSONVersion, Routes: rows}); err != nil {
			return fmt.Errorf("write routes: %w", err)
		}
		return nil
	}
	return writeRouteTable(e.stdout, rows)
}

// routeInventory is the JSON document of `flaskguard routes --format json`.
type routeInventory struct {
	Version int        `json:"version"`
	Routes  []routeRow `json:"routes"`
}

// routeRow is one route of the inventory.
type routeRow struct {
	Methods  []string  `json:"methods"`
	Rule     string    `json:"rule"`
	Endpoint string    `json:"endpoint"`
	View     routeView `json:"view"`
	App      string    `json:"app"`
	// Blueprint is the blueprint's dotted name, parents first.
	Blueprint string      `json:"blueprint,omitempty"`
	Auth      []routeAuth `json:"auth"`
	// Ineffective are authentication decorators written above the route
	// decorator, which wrap the view only after Flask registered it.
	Ineffective []string     `json:"ineffective_auth,omitempty"`
	CSRF        string       `json:"csrf"`
	RateLimits  []routeLimit `json:"rate_limits"`
	Templates   []string     `json:"templates"`
	Params      []routeParam `json:"params"`
	Inputs      []string     `json:"inputs"`
}

type routeView struct {
	Name string `json:"name"`
	Path string `json:"path"`
	Line int    `json:"line"`
}

type routeAuth struct {
	Kind  string `json:"kind"`
	Name  string `json:"name"`
	Check string `json:"check,omitempty"`
}

type routeLimit struct {
	Kind  string `json:"kind"`
	Value string `json:"value,omitempty"`
}

type routeParam struct {
	Name      string `json:"name"`
	Converter string `json:"converter"`
}

// routeRows turns the model's routes, already sorted by rule and
// methods, into inventory rows.
func routeRows(md *flaskmodel.Model) []routeRow {
	rows := make([]routeRow, 0, len(md.Routes))
	for _, r := range md.Routes {
		row := routeRow{Methods: r.Methods, Rule: r.Rule, Endpoint: r.Endpoint, CSRF: string(r.CSRF),
			View: routeView{Name: r.View.Name, Path: r.View.Loc.Path, Line: r.View.Loc.StartLine},
			App:  "?", Auth: []routeAuth{}, RateLimits: []routeLimit{}, Templates: []string{},
			Params: []routeParam{}, Inputs: []string{}}
		switch {
		case r.Unresolved:
			row.App = "? (" + r.Owner + ")"
		case r.App != nil:
			row.App = r.App.Label
		}
		switch {
		case r.Mount != nil:
			// A nested blueprint shows its parents: "parent.child".
			row.Blueprint = r.Mount.Endpoint
		case r.Blueprint != nil:
			row.Blueprint = r.Blueprint.Name
		}
		if row.Methods == nil {
			row.Methods = []string{}
		}
		for _, a := range r.Auth {
			row.Auth = append(row.Auth, routeAuth{Kind: string(a.Kind), Name: a.Name, Check: a.Check})
		}
		for _, d := range r.Decorators {
			if d.Outer && d.Kind == flaskmodel.DecoratorAuth {
				row.Ineffective = append(row.Ineffective, d.Name)
			}
		}
		for _, l := range r.RateLimits {
			row.RateLimits = append(row.RateLimits, routeLimit{Kind: string(l.Kind), Value: l.Value})
		}
		for _, t := range r.Templates {
			row.Templates = append(row.Templates, t.Name)
		}
		for _, p := range r.Params {
			row.Params = append(row.Params, routeParam{Name: p.Name, Converter: p.Converter})
		}
		for _, in := range r.Inputs {
			row.Inputs = append(row.Inputs, in.Source)
		}
		rows = append(rows, row)
	}
	return rows
}

// writeRouteTable prints the inventory as aligned columns.
func writeRouteTable(w io.Writer, rows []routeRow) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "METHODS\tRULE\tVIEW\tAPP/BLUEPRINT\tAUTH\tCSRF\tRATE LIMIT\tTEMPLATES")
	for _, r := range rows {
		owner := r.App
		if r.Blueprint != "" {
			owner += "/" + r.Blueprint
		}
		var auth, limits []string
		for _, a := range r.Auth {
			if a.Kind == string(flaskmodel.AuthBeforeRequest) {
				auth = append(auth, "before_request:"+a.Name)
				continue
			}
			auth = append(auth, a.Name)
		}
		if len(auth) == 0 && len(r.Ineffective) > 0 {
			auth = append(auth, "none ("+strings.Join(r.Ineffective, ", ")+" above the route)")
		}
		for _, l := range r.RateLimits {
			switch flaskmodel.RateLimitKind(l.Kind) {
			case flaskmodel.RateLimitExempt:
				limits = append(limits, "exempt")
			case flaskmodel.RateLimitRoute:
				limits = append(limits, l.Value)
			default:
				limits = append(limits, l.Kind+": "+l.Value)
			}
		}
		methods := strings.Join(r.Methods, ",")
		if methods == "" {
			methods = "?"
		}
		view := "?"
		if r.View.Path != "" {
			view = r.View.Path + ":" + strconv.Itoa(r.View.Line) + " " + r.View.Name
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", methods, r.Rule, view, owner,
			orDash(strings.Join(auth, ", ")), r.CSRF, orDash(strings.Join(limits, ", ")),
			orDash(strings.Join(r.Templates, ", ")))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write routes: %w", err)
	}
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
