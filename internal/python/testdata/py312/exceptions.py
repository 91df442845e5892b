# except* (PEP 654) and ordinary handlers.
def risky():
    try:
        run()
    except* ValueError as group:
        log(group)
    except* (TypeError, KeyError):
        pass
    try:
        run()
    except OSError as exc:
        raise RuntimeError("failed") from exc
    except Exception:
        raise
    else:
        done()
    finally:
        cleanup()
