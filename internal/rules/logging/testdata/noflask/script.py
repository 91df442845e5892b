import logging

log = logging.getLogger(__name__)
log.info("no Flask app here")
