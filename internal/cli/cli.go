// Package cli is flaskguard's command line: it turns arguments into options,
// runs the requested command, and maps the outcome to an exit code. Nothing
// here analyses code; it only wires the stages together and talks to the user.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
)

// Exit codes, part of the documented interface (README, "Exit codes").
const (
	ExitOK       = 0 // nothing at or above --fail-on
	ExitFindings = 1 // findings at or above --fail-on
	ExitUsage    = 2 // bad arguments or configuration
	ExitInternal = 3 // flaskguard itself failed
)

// Version is the tool version printed by `flaskguard version` and written
// into reports.
const Version = "0.1.0"

// env is what a command needs from its surroundings, passed explicitly so
// that tests can run commands in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// getenv reads environment variables (NO_COLOR, CI).
	getenv func(string) string
	// isTerminal reports whether a writer is an interactive terminal.
	isTerminal func(io.Writer) bool
}

// usageError marks errors caused by the user's input, which exit with 2.
type usageError struct {
	err error
	// reported is set when the message was already printed (by the flag
	// package), so that it is not printed twice.
	reported bool
}

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return usageError{err: fmt.Errorf(format, args...)}
}

const mainUsage = `flaskguard makes Flask applications secure.

Usage:
  flaskguard scan [flags] [PATH...]   audit a Flask code base (default PATH: .)
  flaskguard rules [--format json]    list the rules
  flaskguard explain ID               show a rule's documentation
  flaskguard db update|status         fetch or show the advisory data for dependency checks
  flaskguard routes [PATH]            list the routes with auth, CSRF and rate limits
  flaskguard version                  print the version

Run 'flaskguard scan -h' for the scan flags.
`

// Run executes the command line args and returns the process exit code.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return run(ctx, args, env{
		stdin: stdin, stdout: stdout, stderr: stderr,
		getenv: osGetenv, isTerminal: isTerminal,
	})
}

func run(ctx context.Context, args []string, e env) (code int) {
	defer func() {
		// A panic that escaped every containment below is still our bug:
		// say so, with the stack for the report, and exit with the
		// internal-error code rather than Go's 2 (which means usage here).
		if p := recover(); p != nil {
			fmt.Fprintf(e.stderr, "flaskguard: internal error: %v\n%s", p, debug.Stack())
			code = ExitInternal
		}
	}()
	if len(args) == 0 {
		fmt.Fprint(e.stderr, mainUsage)
		return ExitUsage
	}
	var err error
	code = ExitOK
	switch args[0] {
	case "scan":
		code, err = runScan(ctx, args[1:], e)
	case "rules":
		err = runRules(args[1:], e)
	case "explain":
		err = runExplain(args[1:], e)
	case "db":
		code, err = runDB(ctx, args[1:], e)
	case "routes":
		err = runRoutes(ctx, args[1:], e)
	case "version", "--version":
		fmt.Fprintf(e.stdout, "flaskguard %s\n", Version)
	case "help", "-h", "--help":
		fmt.Fprint(e.stdout, mainUsage)
	default:
		err = usagef("unknown command %q\n\n%s", args[0], mainUsage)
	}
	if err == nil {
		return code
	}
	if errors.Is(err, errHelp) {
		return ExitOK
	}
	var ue usageError
	if errors.As(err, &ue) {
		if !ue.reported {
			fmt.Fprintf(e.stderr, "flaskguard: %v\n", err)
		}
		return ExitUsage
	}
	fmt.Fprintf(e.stderr, "flaskguard: %v\n", err)
	return ExitInternal
}
