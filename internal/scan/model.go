package scan

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/flaskguard/flaskguard/internal/confsrc"
	"github.com/flaskguard/flaskguard/internal/finding"
	"github.com/flaskguard/flaskguard/internal/flaskmodel"
	"github.com/flaskguard/flaskguard/internal/project"
)

// LoadModel runs the stages of Run that come before the rules, discover,
// load and model, and returns the Flask model, for commands that show the
// model itself (flaskguard routes). It reads the files Run would read with
// the same options, so the model is the one the rules of a scan see; Rules,
// RequireReason and the other options of later stages are ignored. Files
// that cannot be read or parsed come back as diagnostics and the model is
// built from the rest; an error means the project could not be read at all
// (a missing target, a cancelled context).
func LoadModel(ctx context.Context, opt Options) (*flaskmodel.Model, []finding.Diagnostic, error) {
	opt = withDefaults(opt)
	root, err := filepath.Abs(opt.Root)
	if err != nil {
		return nil, nil, fmt.Errorf("resolve root: %w", err)
	}
	units, diags, err := read(ctx, root, opt)
	if err != nil {
		return nil, nil, err
	}
	md := buildModel(project.Build(pythonFiles(units)), configFiles(units))
	return md, append(diags, md.Diagnostics...), nil
}

// buildModel builds the Flask model, containing a crash: the scan goes on
// with the model of an empty project (rules that need the model see no
// app) and the crash is one of the model's diagnostics.
func buildModel(proj *project.Project, configs []*confsrc.File) (md *flaskmodel.Model) {
	defer func() {
		if p := recover(); p != nil {
			md = flaskmodel.Build(project.Build(nil), nil)
			md.Diagnostics = append(md.Diagnostics, finding.Diagnostic{Kind: finding.InternalError,
				Message: fmt.Sprintf("building the Flask model crashed; rules see no app in this scan: %v", p)})
		}
	}()
	return flaskmodel.Build(proj, configs)
}
