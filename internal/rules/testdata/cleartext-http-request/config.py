class Config:
    BOOKS_API_URL = "http://api.openbooks.example.com/v2"  # want: FG1402[medium]
    OAUTH_TOKEN_ENDPOINT = "http://sso.partner.com/oauth/token"  # want: FG1402[medium]
    PAYMENT_BASE = "http://pay.partner.com/"  # want: FG1402
    HOMEPAGE_URL = "http://www.example.org/"
    CDN_URL = "http://cdn.partner.com/static"
    INTERNAL_API_URL = "http://10.0.4.12:8080/api"  # want: FG1402[low]
    SEARCH_API_URL = "http://search:9200/api"
    METADATA_URL = "http://169.254.169.254/latest/meta-data/"


class DevelopmentConfig(Config):
    BOOKS_API_URL = "http://api.staging.example.com/v2"  # want: FG1402[low]
