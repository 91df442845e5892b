package cli

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// progressDelay is how long a scan runs before a progress line appears: a
// quick scan should print nothing but its report.
const progressDelay = 500 * time.Millisecond

// progress shows "scanning N/M files" on a terminal's standard error while a
// long scan runs, and erases it when the scan ends.
type progress struct {
	w           io.Writer
	done, total atomic.Int64
	quit        chan struct{}
	wg          sync.WaitGroup
}

// startProgress starts the indicator if standard error is a terminal and
// returns a progress whose update and stop are always safe to call.
func startProgress(e env) *progress {
	p := &progress{w: e.stderr, quit: make(chan struct{})}
	if !e.isTerminal(e.stderr) {
		return p
	}
	p.wg.Add(1)
	go p.loop()
	return p
}

func (p *progress) update(done, total int) {
	p.done.Store(int64(done))
	p.total.Store(int64(total))
}

func (p *progress) loop() {
	defer p.wg.Done()
	timer := time.NewTimer(progressDelay)
	defer timer.Stop()
	select {
	case <-p.quit:
		return
	case <-timer.C:
	}
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		fmt.Fprintf(p.w, "\rscanning: %d/%d files", p.done.Load(), p.total.Load())
		select {
		case <-p.quit:
			fmt.Fprint(p.w, "\r\033[K")
			return
		case <-tick.C:
		}
	}
}

func (p *progress) stop() {
	close(p.quit)
	p.wg.Wait()
}
