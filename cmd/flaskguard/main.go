// Command flaskguard audits Flask applications against fifteen security
// practices. All behaviour lives in internal/cli so that it can be tested.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/flaskguard/flaskguard/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
