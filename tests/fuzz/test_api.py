"""Schemathesis against the service's own /openapi.json: no 5xx and no answer outside the contract.

A short run here (in-process, over WSGI); `make fuzz` runs the same checks over HTTP against a
real gunicorn with 10,000 generated requests (tests/fuzz/run_schemathesis.py).
"""
from __future__ import annotations

import os

import schemathesis
from hypothesis import HealthCheck, settings

from server import create_app

EXAMPLES = int(os.environ.get("SCANNABLE_FUZZ_EXAMPLES", "60"))



def local_app():
    """The app as a client on this machine reaches it (schemathesis's WSGI calls carry no client address)."""
    app = create_app({"TESTING": True})
    inner = app.wsgi_app
    app.wsgi_app = lambda environ, start_response: inner({**environ, "REMOTE_ADDR": environ.get("REMOTE_ADDR") or "127.0.0.1"},
                                                         start_response)
    return app


schema = schemathesis.openapi.from_wsgi("/openapi.json", local_app())


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_generated_request_gets_an_answer_the_contract_allows(case):
    # Every check schemathesis has: not_a_server_error, status, content type, headers and response
    # schema conformance, negative data rejected, positive data accepted, and the rest.
    case.call_and_validate()
