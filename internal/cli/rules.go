package cli

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"text/tabwriter"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/rules"
)

const rulesUsage = "Usage: flaskguard rules [--format text|json]\n\nLists every rule with its practice, severity and CWE.\n\nFlags:\n"

func runRules(args []string, e env) error {
	fs := newFlagSet("rules", rulesUsage, e)
	format := fs.String("format", "text", "text or json")
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("rules takes no arguments, got %q", rest)
	}
	var infos []finding.RuleInfo
	for _, r := range rules.All() {
		info := r.Info()
		info.HelpURI = rules.HelpURI(r.ID)
		infos = append(infos, info)
	}
	switch *format {
	case "json":
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(infos)
	case "text":
		tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tNAME\tPRACTICE\tSEVERITY\tCWE\tSUMMARY")
		for _, r := range infos {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\tCWE-%d\t%s\n", r.ID, r.Name, r.Practice, r.Severity, r.CWE, r.Summary)
		}
		return tw.Flush()
	}
	return usagef("unknown format %q (want text or json)", *format)
}

const explainUsage = "Usage: flaskguard explain ID\n\nPrints the documentation of a rule, by ID (FG0301) or name (flask-debug-enabled).\n"

func runExplain(args []string, e env) error {
	fs := newFlagSet("explain", explainUsage, e)
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usagef("explain takes one rule ID or name\n\n%s", explainUsage)
	}
	r := rules.Find(rest[0])
	if r == nil {
		return usagef("no rule %q; 'flaskguard rules' lists them", rest[0])
	}
	page, err := rules.Doc(r.ID)
	if err != nil {
		return err
	}
	_, err = fmt.Fprint(e.stdout, strings.TrimRight(unescapeMarkdown(page), "\n")+"\n")
	return err
}

// markdownEscape matches the backslash escapes the page generator puts
// before punctuation (SECRET\_KEY); a terminal reader wants them gone.
var markdownEscape = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!<>|])`)

func unescapeMarkdown(s string) string { return markdownEscape.ReplaceAllString(s, "$1") }
