from myapp.http import param as http_param


def target_host():
    # The declared source under an alias, one call away from the view.
    return http_param("host").strip()
