import rollbar

rollbar.init("token", "test")
