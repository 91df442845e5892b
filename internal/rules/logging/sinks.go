// Package logging holds the rules of practice 11, "logging that leaks
// nothing": passwords, tokens and whole request bodies written to logs
// (FG1101), and request data written into log lines without neutralising
// line breaks, which lets a client forge log entries (FG1102).
//
// FG1101 works on the log call itself (sinks.go), following local
// variables one hop to the value they were assigned (locals.go). FG1102
// asks the taint engine (internal/taint), which follows request data
// across functions and modules into the log sinks of internal/taint/spec.
package logging

import (
	"strings"

	"github.com/flaskguard/flaskguard/internal/project"
	"github.com/flaskguard/flaskguard/internal/python"
	"github.com/flaskguard/flaskguard/internal/rules/rule"
)

// style tells how a log call merges its arguments into the message.
type style uint8

const (
	noLogger style = iota
	// percentStyle is the standard library's: msg % args, formatted only
	// when the record is emitted.
	percentStyle
	// braceStyle is loguru's: msg.format(*args, **kwargs).
	braceStyle
	// printStyle is print(): every argument is converted with str().
	printStyle
	// structuredStyle is structlog's: an event name plus key/value pairs
	// that a renderer (JSON in most deployments) serialises.
	structuredStyle
)

// logCall is a call that writes a log record, or prints to standard
// output, which containers, systemd and process managers collect as the log.
type logCall struct {
	call *python.Call
	// what names the sink in messages: "app.logger.info", "logging.warning".
	what  string
	style style
	// msg is the position of the message among the positional arguments:
	// 1 for Logger.log(level, msg, ...), 0 otherwise.
	msg   int
	scope project.Scope
}

// nonMessageKeyword reports whether a keyword argument of a log or print
// call stays out of the written text.
func nonMessageKeyword(name string) bool {
	switch name {
	case "exc_info", "stack_info", "stacklevel", "file", "sep", "end", "flush":
		return true
	}
	return false
}

// isLogMethod reports whether a method name writes a record on a
// logging.Logger, a LoggerAdapter, a loguru or a structlog logger.
func isLogMethod(name string) bool {
	switch name {
	case "debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log",
		"success", "trace", "msg":
		return true
	}
	return false
}

// findLogCall recognises a logging call: logging.info(...) and the other
// module functions; a method of a logger obtained from logging.getLogger,
// of app.logger or current_app.logger on a Flask app, of loguru's logger
// or of a structlog logger, directly or through one local or module-level
// variable; and print(...) in code that is part of the Flask app.
func findLogCall(c *rule.Ctx, call *python.Call) (logCall, bool) {
	// Every call comes here, most of them not logging: the callee's
	// name is tested before the scope is looked up.
	switch fn := call.Func.(type) {
	case *python.Name:
		if fn.ID != "print" {
			return logCall{}, false
		}
		scope := c.Module.ScopeAt(call.Span().Start)
		if c.Project.QualifyAt(c.Module, fn, scope) != "" || isLocal(scope, "print") || operatorOutput(c, call, scope) {
			return logCall{}, false
		}
		return logCall{call: call, what: "print", style: printStyle, scope: scope}, true
	case *python.Attribute:
		if !isLogMethod(fn.Attr) {
			return logCall{}, false
		}
		scope := c.Module.ScopeAt(call.Span().Start)
		msg := 0
		if fn.Attr == "log" {
			msg = 1
		}
		if f, ok := strings.CutPrefix(c.Project.QualifyAt(c.Module, fn, scope), "logging."); ok && f == fn.Attr {
			return logCall{call: call, what: "logging." + fn.Attr, style: percentStyle, msg: msg, scope: scope}, true
		}
		st := loggerStyle(c, fn.Value, scope, 0)
		if st == noLogger {
			return logCall{}, false
		}
		recv, ok := python.DottedName(fn.Value)
		if !ok {
			recv = "logger"
		}
		return logCall{call: call, what: recv + "." + fn.Attr, style: st, msg: msg, scope: scope}, true
	}
	return logCall{}, false
}

// loggerStyle tells whether e is a logger, and which kind.
func loggerStyle(c *rule.Ctx, e python.Expr, scope project.Scope, depth int) style {
	if depth > 2 {
		return noLogger
	}
	switch x := e.(type) {
	case *python.Attribute:
		if x.Attr == "logger" && c.Project.IsFlaskAppAt(c.Module, x.Value, scope) {
			return percentStyle // Flask's app.logger is logging.getLogger(app.name)
		}
	case *python.Call:
		// logger.getChild("x"), structlog's log.bind(k=v), loguru's
		// logger.bind(...) and .opt(...) return a logger of the same kind.
		if a, ok := x.Func.(*python.Attribute); ok {
			switch a.Attr {
			case "getChild", "bind", "new", "opt":
				return loggerStyle(c, a.Value, scope, depth+1)
			}
		}
	case *python.Name:
		if v, vscope, ok := assignedValue(c, x, scope); ok {
			if st := loggerStyle(c, v, vscope, depth+1); st != noLogger {
				return st
			}
		}
	}
	switch c.Project.QualifyAt(c.Module, e, scope) {
	case "loguru.logger":
		return braceStyle
	case "logging.root":
		return percentStyle
	}
	// The class of a call to a function outside the project is the
	// function's qualified name, so a logger factory shows up here.
	switch c.Project.ClassOfAt(c.Module, e, scope) {
	case "logging.getLogger", "logging.Logger", "logging.LoggerAdapter", "logging.getLoggerClass":
		return percentStyle
	case "structlog.get_logger", "structlog.getLogger", "structlog.stdlib.get_logger", "structlog.wrap_logger":
		return structuredStyle
	}
	return noLogger
}

// operatorOutput reports whether a print call talks to the operator
// rather than writing a log: it is in a flask/click CLI command, under
// `if __name__ == "__main__"`, or in a module that does not import Flask
// at all (a stand-alone script). Printing a freshly generated API token
// from `flask create-admin` is how such commands hand it over.
func operatorOutput(c *rule.Ctx, call *python.Call, scope project.Scope) bool {
	if c.Module.InMainGuard(call.Span().Start) {
		return true
	}
	for _, fn := range scope {
		for _, d := range fn.Decorators {
			if dc, ok := d.(*python.Call); ok {
				d = dc.Func
			}
			if a, ok := d.(*python.Attribute); ok && (a.Attr == "command" || a.Attr == "group") {
				return true
			}
		}
	}
	for _, target := range c.Module.Imports {
		if target == "flask" || strings.HasPrefix(target, "flask.") {
			return false
		}
	}
	return true
}

// messageArgs returns the arguments of a log call that end up in the
// written text: the message and its arguments (not the level of
// Logger.log), and keywords other than exc_info, stack_info, stacklevel
// and print's file/sep/end/flush. extra= is included: formatters that
// print it, and JSON formatters, write its values.
func (lc logCall) messageArgs() []python.Arg {
	var out []python.Arg
	pos := 0
	for _, a := range lc.call.Args {
		switch {
		case a.Name != "":
			if !nonMessageKeyword(a.Name) {
				out = append(out, a)
			}
		case a.Star == 0:
			if pos >= lc.msg {
				out = append(out, a)
			}
			pos++
		default:
			out = append(out, a)
		}
	}
	return out
}
