package python

// File is a parsed Python source file.
type File struct {
	// Path is the file's path relative to the scan root, with forward slashes.
	Path   string
	Source []byte
	Module *Module
	// Comments maps a 1-based line number to the text of the comment on
	// that line (starting with '#'), for suppressions and test expectations.
	Comments map[int]string
	// Errors lists where the parser had to recover, in source order. The
	// first one is what a parse-error diagnostic reports; the rest of the
	// tree is still converted and analysed.
	Errors []SyntaxError
	// Lines is the number of lines in Source.
	Lines int
}

// SyntaxError is a place where tree-sitter could not parse the source:
// either an ERROR node (unexpected text) or a MISSING node (expected text).
type SyntaxError struct {
	Span    Span
	Message string
}
