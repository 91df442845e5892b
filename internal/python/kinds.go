package python

func (*Name) Kind() Kind          { return KindName }
func (*Attribute) Kind() Kind     { return KindAttribute }
func (*Call) Kind() Kind          { return KindCall }
func (*String) Kind() Kind        { return KindString }
func (*Number) Kind() Kind        { return KindNumber }
func (*Constant) Kind() Kind      { return KindConstant }
func (*BinOp) Kind() Kind         { return KindBinOp }
func (*UnaryOp) Kind() Kind       { return KindUnaryOp }
func (*BoolOp) Kind() Kind        { return KindBoolOp }
func (*Compare) Kind() Kind       { return KindCompare }
func (*Subscript) Kind() Kind     { return KindSubscript }
func (*Slice) Kind() Kind         { return KindSlice }
func (*List) Kind() Kind          { return KindList }
func (*Tuple) Kind() Kind         { return KindTuple }
func (*Set) Kind() Kind           { return KindSet }
func (*Dict) Kind() Kind          { return KindDict }
func (*Comprehension) Kind() Kind { return KindComprehension }
func (*Lambda) Kind() Kind        { return KindLambda }
func (*IfExp) Kind() Kind         { return KindIfExp }
func (*NamedExpr) Kind() Kind     { return KindNamedExpr }
func (*Starred) Kind() Kind       { return KindStarred }
func (*Await) Kind() Kind         { return KindAwait }
func (*Yield) Kind() Kind         { return KindYield }
func (*BadExpr) Kind() Kind       { return KindBadExpr }

func (*Module) Kind() Kind      { return KindModule }
func (*ExprStmt) Kind() Kind    { return KindExprStmt }
func (*Assign) Kind() Kind      { return KindAssign }
func (*FunctionDef) Kind() Kind { return KindFunctionDef }
func (*ClassDef) Kind() Kind    { return KindClassDef }
func (*Return) Kind() Kind      { return KindReturn }
func (*If) Kind() Kind          { return KindIf }
func (*For) Kind() Kind         { return KindFor }
func (*While) Kind() Kind       { return KindWhile }
func (*With) Kind() Kind        { return KindWith }
func (*Try) Kind() Kind         { return KindTry }
func (*Import) Kind() Kind      { return KindImport }
func (*ImportFrom) Kind() Kind  { return KindImportFrom }
func (*Raise) Kind() Kind       { return KindRaise }
func (*Simple) Kind() Kind      { return KindSimple }
func (*Delete) Kind() Kind      { return KindDelete }
func (*Assert) Kind() Kind      { return KindAssert }
func (*Global) Kind() Kind      { return KindGlobal }
func (*Match) Kind() Kind       { return KindMatch }
func (*TypeAlias) Kind() Kind   { return KindTypeAlias }
func (*BadStmt) Kind() Kind     { return KindBadStmt }

func (*Name) exprNode()          {}
func (*Attribute) exprNode()     {}
func (*Call) exprNode()          {}
func (*String) exprNode()        {}
func (*Number) exprNode()        {}
func (*Constant) exprNode()      {}
func (*BinOp) exprNode()         {}
func (*UnaryOp) exprNode()       {}
func (*BoolOp) exprNode()        {}
func (*Compare) exprNode()       {}
func (*Subscript) exprNode()     {}
func (*Slice) exprNode()         {}
func (*List) exprNode()          {}
func (*Tuple) exprNode()         {}
func (*Set) exprNode()           {}
func (*Dict) exprNode()          {}
func (*Comprehension) exprNode() {}
func (*Lambda) exprNode()        {}
func (*IfExp) exprNode()         {}
func (*NamedExpr) exprNode()     {}
func (*Starred) exprNode()       {}
func (*Await) exprNode()         {}
func (*Yield) exprNode()         {}
func (*BadExpr) exprNode()       {}

func (*Module) stmtNode()      {}
func (*ExprStmt) stmtNode()    {}
func (*Assign) stmtNode()      {}
func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*If) stmtNode()          {}
func (*For) stmtNode()         {}
func (*While) stmtNode()       {}
func (*With) stmtNode()        {}
func (*Try) stmtNode()         {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Raise) stmtNode()       {}
func (*Simple) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Assert) stmtNode()      {}
func (*Global) stmtNode()      {}
func (*Match) stmtNode()       {}
func (*TypeAlias) stmtNode()   {}
func (*BadStmt) stmtNode()     {}
