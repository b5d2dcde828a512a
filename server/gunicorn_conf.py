"""gunicorn settings for Scannable: `gunicorn -c python:server.gunicorn_conf 'server:create_app()'`.

Loopback by default; any other bind address needs an access token (SCANNABLE_TOKEN or the config
file), or gunicorn refuses to start. The access log names method, route, status, size and time only:
the route's pattern ("/v1/annotate", "(no route)" for an unknown URL), never the raw path, query string,
referrer or user agent, which could carry a profile's URL or words.
Flags on the command line (--bind, --workers, --timeout) override these values.
"""
import os

from server.config import DEFAULTS, ConfigError, from_environment, is_loopback, validated

bind = [f"127.0.0.1:{os.environ.get('PORT', '8000')}"]
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "sync"          # one request per process at a time: the in-process deadline (SIGALRM) needs it
timeout = 30                   # the last guard: a worker silent this long is killed (the app answers 503 at 5 s)
graceful_timeout = 10
control_socket_disable = True
limit_request_line = 4094
limit_request_fields = 50
limit_request_field_size = 8190
accesslog = "-"
loglevel = "info"              # not debug: gunicorn's debug lines name each request's raw path
access_log_format = '%(h)s %(t)s "%(m)s %({scannable.route}e)s %(H)s" %(s)s %(B)s %(M)sms'


def _host(address: str) -> str:
    if address.startswith("unix:") or address.startswith("fd://"):
        return "127.0.0.1"        # a local socket is this machine only
    host = address.rsplit(":", 1)[0] if address.count(":") == 1 or address.startswith("[") else address
    return host.strip("[]")


def on_starting(server):
    """Refuse a bad setting, and to listen beyond this machine without an access token, before any worker starts."""
    try:
        token = validated({**DEFAULTS, **from_environment()})["SCANNABLE_TOKEN"]
    except (ConfigError, ValueError) as err:
        raise SystemExit(f"scannable: {err}") from None
    public = [address for address in server.cfg.bind if not is_loopback(_host(address))]
    if public and not token:
        raise SystemExit(f"scannable: refusing to listen on {', '.join(public)} without an access token: "
                         "set SCANNABLE_TOKEN (or token in the SCANNABLE_CONFIG file), or bind to 127.0.0.1")
