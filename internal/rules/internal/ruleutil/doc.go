// Package ruleutil holds what several rule packages need and no single rule
// owns: splitting identifiers into words, telling development and test
// names, files and code branches from production ones, reading call
// arguments, finding the config values that app.config.from_object loads,
// and recognising the Flask development server started from code or from a
// command line.
//
// Each practice package decides what to report; these helpers only answer
// questions about the code, so that two rules asking the same question get
// the same answer. The package sits under internal/rules/internal so that
// only rule packages can import it.
package ruleutil
