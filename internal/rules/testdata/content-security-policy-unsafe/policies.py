CSP = {
    "default-src": "'self'",
    "script-src": [  # want: FG1202 FG1202
        "'self'",
        "'unsafe-inline'",
        "https:",
    ],
    "object-src": "'none'",
}
