// Package csrf holds the rules of practice 5, "CSRF protection": apps
// that take state-changing requests with no CSRF protection at all
// (FG0501), protection switched off or weakened by configuration (FG0502),
// and views exempted from it although they act on the session cookie
// (FG0504). FG0503, forms without a token, is a template rule and lives in
// internal/rules/templates.
//
// The rules read the Flask model: each route's methods, authentication and
// CSRF status (protected, exempt, none), and the extensions and deployed
// configuration of each app. Whether an app keeps logins in cookies and
// whether its CSRF extension is switched off are answered by ruleutil
// (logins.go), because FG0503 grades its forms by the same answers.
package csrf
