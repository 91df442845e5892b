package secrets

import (
	"strconv"
	"strings"

	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// secretKeyEvidence records, for the scorecard, where each Flask app's
// deployed SECRET_KEY comes from, when for every app it is read from the
// environment without a literal fallback or from a file outside the code.
// It reports nothing: the literal keys are checkSecretKey's. One app with
// a key of unknown origin (a literal, os.urandom, a helper) means no
// evidence at all, since the practice is about the whole project.
func secretKeyEvidence(c *rule.Ctx) {
	if c.Flask == nil || len(c.Flask.Apps) == 0 {
		return
	}
	type proof struct {
		loc finding.Location
		msg string
	}
	var proofs []proof
	for _, app := range c.Flask.Apps {
		loc, msg := keyOrigin(app, c.Flask.EffectiveConfig(app, app.DeployedEnvironment())["SECRET_KEY"])
		if msg == "" {
			return
		}
		proofs = append(proofs, proof{loc, msg})
	}
	for _, p := range proofs {
		c.Evidence(p.loc, p.msg)
	}
}

// keyOrigin says where an app's SECRET_KEY comes from when that is the
// environment or a secret file, "" otherwise.
func keyOrigin(app *flaskmodel.App, e *flaskmodel.ConfigEntry) (finding.Location, string) {
	where := func(l finding.Location) string { return l.Path + ":" + strconv.Itoa(l.StartLine) }
	if e == nil {
		// Never set in code: fine when a loader reads it from outside.
		for _, l := range app.ConfigLoads {
			switch {
			case l.Method == "from_prefixed_env":
				return l.Loc, "SECRET_KEY of " + app.Label + " comes from the environment (" + l.EnvVar + "_SECRET_KEY, from_prefixed_env at " + where(l.Loc) + ")"
			case (l.Method == "from_envvar" || l.Method == "from_pyfile" || l.Method == "from_file") && !l.Found:
				return l.Loc, "SECRET_KEY of " + app.Label + " comes from a settings file outside the repository (" + l.Method + " at " + where(l.Loc) + ")"
			}
		}
		return finding.Location{}, ""
	}
	obj := ""
	if e.Object != nil && e.Object.Class != nil {
		obj = " in " + e.Object.Name
	}
	switch {
	case e.Origin == flaskmodel.OriginPrefixEnv || e.Origin == flaskmodel.OriginEnvFile:
		// A value in a committed env file is a literal (FG0204's), an
		// interpolation is the deployment's.
		if strings.Contains(e.Text, "${") {
			return e.Loc, "SECRET_KEY of " + app.Label + " comes from the deployment environment (" + where(e.Loc) + ")"
		}
	case e.FromEnv:
		if e.Known && e.Value.IsText() && e.Value.EnvFallback && e.Value.Str != "" {
			return finding.Location{}, "" // a literal fallback
		}
		name := e.EnvVar
		if name == "" {
			name = "a variable"
		}
		return e.Loc, "SECRET_KEY comes from the environment (" + name + ")" + obj + " (" + where(e.Loc) + ") with no literal fallback"
	case !e.Known && readsFile(e.Text):
		return e.Loc, "SECRET_KEY is read from a secret file" + obj + " (" + where(e.Loc) + ")"
	}
	return finding.Location{}, ""
}

// readsFile recognises a value read from a file at start-up:
// open("/run/secrets/key").read(), Path(...).read_text().
func readsFile(text string) bool {
	return strings.Contains(text, "open(") && strings.Contains(text, ".read") ||
		strings.Contains(text, ".read_text(") || strings.Contains(text, ".read_bytes(")
}
