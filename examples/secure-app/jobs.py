"""A tiny in-process runner for housekeeping jobs (run by the worker container)."""
import logging
import os
import sys
import time

log = logging.getLogger("notes.jobs")

EXPORT_FOLDER = os.environ.get("NOTES_EXPORT_FOLDER", "instance/exports")
EXPORT_MAX_AGE = 24 * 60 * 60


class Scheduler:
    def __init__(self):
        self._jobs = []

    def every(self, seconds):
        def decorator(func):
            self._jobs.append([seconds, 0.0, func])
            return func

        return decorator

    def run(self, debug=False, once=False):
        """Run due jobs forever; with debug=True every run is logged with its timing."""
        while True:
            now = time.monotonic()
            for job in self._jobs:
                interval, last_run, func = job
                if now - last_run < interval and last_run:
                    continue
                started = time.monotonic()
                try:
                    func()
                except Exception:
                    log.exception("job %s failed", func.__name__)
                job[1] = now
                if debug:
                    log.info("job %s took %.3fs", func.__name__, time.monotonic() - started)
            if once:
                return
            time.sleep(30)


scheduler = Scheduler()


@scheduler.every(60 * 60)
def purge_old_exports():
    cutoff = time.time() - EXPORT_MAX_AGE
    for entry in os.scandir(EXPORT_FOLDER):
        if entry.is_file() and entry.stat().st_mtime < cutoff:
            os.remove(entry.path)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    scheduler.run(debug=True, once="--once" in sys.argv)
