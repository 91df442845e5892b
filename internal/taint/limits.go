package taint

// The engine's bounds. Each keeps the analysis finite and fast on code the
// engine cannot fully model; the values were chosen so that the flows seen
// in real Flask projects (a view, a helper or two, a data-access module, a
// wrapper class) fit well inside them.
const (
	// maxCallDepth is how many project calls deep a value is followed
	// (view → service → repository → db helper is four). Beyond it a call
	// is treated like an unknown library call: taint flows from the
	// arguments to the result, so depth costs precision, never flows.
	maxCallDepth = 8

	// maxLoopPasses is how many times a loop body is re-analysed before
	// its state is widened. Taint only grows, so two or three passes
	// reach the fixpoint; what needs more is a container growing or a
	// constant changing on every pass, which widening settles.
	maxLoopPasses = 4

	// maxUnroll is the longest list or tuple a for loop (or a
	// comprehension) is unrolled over, item by item in order, instead of
	// iterated to a fixpoint: `for c in [param, "safe"]: bar = c` leaves
	// bar clean. Literal sequences in code are short.
	maxUnroll = 16

	// maxElems is how many positions of a list or tuple, keys of a dict
	// or attributes of an object are tracked one by one. Programs index
	// containers they built by hand (a handful of items); longer ones are
	// merged into one summary value that keeps every taint.
	maxElems = 32

	// maxShapeDepth is how deeply containers nested in containers are
	// tracked before the inner ones are summarised.
	maxShapeDepth = 4

	// maxTraceSteps is how many steps a trace keeps between its source
	// and its sink. Traces are for people; past a dozen hops the first
	// ones (where the data entered) matter and later ones are dropped.
	maxTraceSteps = 12

	// maxAnalyses bounds the function analyses of one scan (entry points
	// and calls analysed in a new context together). It is a safety valve
	// against pathological call graphs, far above what a large project
	// needs; past it, calls are treated as unknown library calls.
	maxAnalyses = 200000

	// maxAlternatives is how many flows from different sources into one
	// sink call are kept. Rules report one of them; the others let a rule
	// skip sources it leaves to another rule (FG1102 leaves secrets to
	// FG1101) and still report the call. A handful covers a log line
	// with several values.
	maxAlternatives = 8

	// maxRegexLen bounds the patterns whose character sets are analysed
	// for re.fullmatch sanitisers; longer ones are not trusted.
	maxRegexLen = 512
)
