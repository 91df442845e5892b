package scan

import (
	"context"
	"fmt"
	"path/filepath"

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
	return flaskmodel.Build(project.Build(pythonFiles(units)), configFiles(units)), diags, nil
}
