// Package injection holds the taint rules of practice 6, input validation
// against XSS and injection. Each rule binds one sink class of the taint
// engine (internal/taint) to a rule ID and documents it; the sources,
// sinks and sanitizers themselves are data in internal/taint/spec, and
// the engine runs once per scan for all of them.
package injection
