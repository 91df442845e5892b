package python

import (
	sitter "github.com/tree-sitter/go-tree-sitter"
)

// tk is the converter's own enumeration of tree-sitter node kinds, so that
// it can switch on small integers instead of comparing kind strings.
// Statement kinds lie between tkStmtFirst and tkStmtLast, expression kinds
// between tkExprFirst and tkExprLast, and leaf expressions (which error
// recovery ignores) between tkExprFirst and tkLeafLast.
type tk uint8

const (
	tkUnknown tk = iota

	tkStmtFirst
	tkExpressionStatement
	tkImport
	tkImportFrom
	tkFutureImport
	tkPrint
	tkAssert
	tkReturn
	tkDelete
	tkRaise
	tkPass
	tkBreak
	tkContinue
	tkGlobal
	tkNonlocal
	tkExec
	tkTypeAlias
	tkIf
	tkFor
	tkWhile
	tkTry
	tkWith
	tkFunctionDef
	tkClassDef
	tkDecorated
	tkMatch
	tkStmtLast

	tkExprFirst
	tkIdentifier
	tkString
	tkConcatString
	tkInteger
	tkFloat
	tkTrue
	tkFalse
	tkNone
	tkEllipsis
	tkDottedName
	tkLeafLast
	tkAttribute
	tkCall
	tkBinaryOp
	tkUnaryOp
	tkNotOp
	tkBoolOp
	tkComparison
	tkSubscript
	tkSlice
	tkList
	tkTuple
	tkSet
	tkDictionary
	tkListComp
	tkSetComp
	tkDictComp
	tkGenExp
	tkLambda
	tkConditional
	tkNamedExpr
	tkListSplat
	tkDictSplat
	tkListSplatPattern
	tkDictSplatPattern
	tkParenListSplat
	tkAwait
	tkYield
	tkParenthesized
	tkExpressionList
	tkPatternList
	tkTuplePattern
	tkListPattern
	tkAsPattern
	tkAsPatternTarget
	tkCasePattern
	tkUnionPattern
	tkClassPattern
	tkDictPattern
	tkSplatPattern
	tkComplexPattern
	tkKeywordPattern
	tkType
	tkGenericType
	tkUnionType
	tkSplatType
	tkMemberType
	tkConstrainedType
	tkExprLast

	// Other named nodes.
	tkBlock
	tkComment
	tkError
	tkDecorator
	tkKeywordArgument
	tkPair
	tkForInClause
	tkIfClause
	tkElifClause
	tkElseClause
	tkExceptClause
	tkExceptGroupClause
	tkFinallyClause
	tkWithClause
	tkWithItem
	tkTypedParameter
	tkDefaultParameter
	tkTypedDefaultParameter
	tkKeywordSeparator
	tkPositionalSeparator
	tkAliasedImport
	tkRelativeImport
	tkImportPrefix
	tkWildcardImport
	tkCaseClause
	tkChevron
	tkInterpolation
	tkFormatExpression
	tkStringStart
	tkStringContent
	tkTypeParameter
	tkAssignment
	tkAugAssignment

	// Anonymous tokens the converter looks at.
	tkAsync
	tkMinus
	tkUnderscore
	tkColon
	tkNotIn
	tkIsNot
	tkFrom
	tkStarStar
	tkEquals
	tkComma
)

func (k tk) isStmt() bool { return k > tkStmtFirst && k < tkStmtLast }
func (k tk) isExpr() bool { return k > tkExprFirst && k < tkExprLast }
func (k tk) isLeaf() bool { return k > tkExprFirst && k < tkLeafLast }

// namedKinds maps the grammar's named node kinds to tk. It is a function,
// not a package variable, so that no package state can be mutated.
func namedKinds() map[string]tk {
	return map[string]tk{
		"expression_statement": tkExpressionStatement, "import_statement": tkImport,
		"import_from_statement": tkImportFrom, "future_import_statement": tkFutureImport,
		"print_statement": tkPrint, "assert_statement": tkAssert, "return_statement": tkReturn,
		"delete_statement": tkDelete, "raise_statement": tkRaise, "pass_statement": tkPass,
		"break_statement": tkBreak, "continue_statement": tkContinue, "global_statement": tkGlobal,
		"nonlocal_statement": tkNonlocal, "exec_statement": tkExec, "type_alias_statement": tkTypeAlias,
		"if_statement": tkIf, "for_statement": tkFor, "while_statement": tkWhile, "try_statement": tkTry,
		"with_statement": tkWith, "function_definition": tkFunctionDef, "class_definition": tkClassDef,
		"decorated_definition": tkDecorated, "match_statement": tkMatch,

		"identifier": tkIdentifier, "string": tkString, "concatenated_string": tkConcatString,
		"integer": tkInteger, "float": tkFloat, "true": tkTrue, "false": tkFalse, "none": tkNone,
		"ellipsis": tkEllipsis, "dotted_name": tkDottedName, "attribute": tkAttribute, "call": tkCall,
		"binary_operator": tkBinaryOp, "unary_operator": tkUnaryOp, "not_operator": tkNotOp,
		"boolean_operator": tkBoolOp, "comparison_operator": tkComparison, "subscript": tkSubscript,
		"slice": tkSlice, "list": tkList, "tuple": tkTuple, "set": tkSet, "dictionary": tkDictionary,
		"list_comprehension": tkListComp, "set_comprehension": tkSetComp,
		"dictionary_comprehension": tkDictComp, "generator_expression": tkGenExp, "lambda": tkLambda,
		"conditional_expression": tkConditional, "named_expression": tkNamedExpr,
		"list_splat": tkListSplat, "dictionary_splat": tkDictSplat,
		"list_splat_pattern": tkListSplatPattern, "dictionary_splat_pattern": tkDictSplatPattern,
		"parenthesized_list_splat": tkParenListSplat, "await": tkAwait, "yield": tkYield,
		"parenthesized_expression": tkParenthesized, "expression_list": tkExpressionList,
		"pattern_list": tkPatternList, "tuple_pattern": tkTuplePattern, "list_pattern": tkListPattern,
		"as_pattern": tkAsPattern, "as_pattern_target": tkAsPatternTarget, "case_pattern": tkCasePattern,
		"union_pattern": tkUnionPattern, "class_pattern": tkClassPattern, "dict_pattern": tkDictPattern,
		"splat_pattern": tkSplatPattern, "complex_pattern": tkComplexPattern,
		"keyword_pattern": tkKeywordPattern, "type": tkType, "generic_type": tkGenericType,
		"union_type": tkUnionType, "splat_type": tkSplatType, "member_type": tkMemberType,
		"constrained_type": tkConstrainedType, "block": tkBlock, "comment": tkComment, "ERROR": tkError,
		"decorator": tkDecorator, "keyword_argument": tkKeywordArgument,
		"pair": tkPair, "for_in_clause": tkForInClause, "if_clause": tkIfClause,
		"elif_clause": tkElifClause, "else_clause": tkElseClause, "except_clause": tkExceptClause,
		"except_group_clause": tkExceptGroupClause, "finally_clause": tkFinallyClause,
		"with_clause": tkWithClause, "with_item": tkWithItem, "typed_parameter": tkTypedParameter,
		"default_parameter": tkDefaultParameter, "typed_default_parameter": tkTypedDefaultParameter,
		"keyword_separator": tkKeywordSeparator, "positional_separator": tkPositionalSeparator,
		"aliased_import": tkAliasedImport, "relative_import": tkRelativeImport,
		"import_prefix": tkImportPrefix, "wildcard_import": tkWildcardImport,
		"case_clause": tkCaseClause, "chevron": tkChevron, "interpolation": tkInterpolation,
		"format_expression": tkFormatExpression, "string_start": tkStringStart,
		"string_content": tkStringContent,
		"type_parameter": tkTypeParameter, "assignment": tkAssignment,
		"augmented_assignment": tkAugAssignment,
	}
}

// anonKinds maps the anonymous tokens the converter needs to tk.
func anonKinds() map[string]tk {
	return map[string]tk{
		"async": tkAsync, "-": tkMinus, "_": tkUnderscore, ":": tkColon, "not in": tkNotIn,
		"is not": tkIsNot, "from": tkFrom, "**": tkStarStar, "=": tkEquals, ",": tkComma,
	}
}

// fieldIDs are the grammar's field ids the converter looks up.
type fieldIDs struct {
	name, value, left, right, typ, body, condition, consequence, alternative   uint16
	function, arguments, object, attribute, subscript, key, operator, argument uint16
	parameters, returnType, typeParameters, superclasses, definition           uint16
	moduleName, alias, cause, subject, guard, expression, formatSpecifier      uint16
	code, operators                                                            uint16
}

// symbols is the per-Parser lookup state derived from the grammar once.
type symbols struct {
	kinds  []tk     // indexed by tree-sitter symbol id
	names  []string // kind names, for BadExpr.Text and error messages
	fields fieldIDs
}

func newSymbols(lang *sitter.Language) *symbols {
	named, anon := namedKinds(), anonKinds()
	n := int(lang.NodeKindCount())
	s := &symbols{kinds: make([]tk, n), names: make([]string, n)}
	for id := range n {
		name := lang.NodeKindForId(uint16(id))
		s.names[id] = name
		if lang.NodeKindIsNamed(uint16(id)) {
			s.kinds[id] = named[name]
		} else {
			s.kinds[id] = anon[name]
		}
	}
	f := func(name string) uint16 { return lang.FieldIdForName(name) }
	s.fields = fieldIDs{
		name: f("name"), value: f("value"), left: f("left"), right: f("right"), typ: f("type"),
		body: f("body"), condition: f("condition"), consequence: f("consequence"),
		alternative: f("alternative"), function: f("function"), arguments: f("arguments"),
		object: f("object"), attribute: f("attribute"), subscript: f("subscript"), key: f("key"),
		operator: f("operator"), argument: f("argument"), parameters: f("parameters"),
		returnType: f("return_type"), typeParameters: f("type_parameters"),
		superclasses: f("superclasses"), definition: f("definition"), moduleName: f("module_name"),
		alias: f("alias"), cause: f("cause"), subject: f("subject"), guard: f("guard"),
		expression: f("expression"), formatSpecifier: f("format_specifier"), code: f("code"),
		operators: f("operators"),
	}
	return s
}

// name returns the kind name of a symbol id, for diagnostics.
func (s *symbols) name(sym uint16) string {
	if int(sym) < len(s.names) {
		return s.names[sym]
	}
	return "ERROR"
}
