"""Every error is JSON, {"error": {"code", "message"}}, and no message ever echoes the request body."""
from __future__ import annotations

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

from extractors import PageRefused


class ApiError(Exception):
    """An error the API answers with a given status and a stable code."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
         405: "method_not_allowed", 413: "payload_too_large", 415: "unsupported_media_type",
         422: "invalid_request", 429: "too_many_requests", 503: "timeout"}


def error_response(status: int, code: str, message: str):
    response = jsonify({"error": {"code": code, "message": message}})
    response.status_code = status
    return response


def register(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def _api_error(err: ApiError):
        return error_response(err.status, err.code, err.message)

    @app.errorhandler(PageRefused)
    def _refused(err: PageRefused):
        return error_response(422, err.code, err.message)

    @app.errorhandler(HTTPException)
    def _http_error(err: HTTPException):
        status = err.code or 500
        if status == 413:
            limit = app.config["SCANNABLE_MAX_BYTES"]
            message = f"The request body is larger than the limit of {limit} bytes."
        else:
            message = err.description or err.name
        response = error_response(status, CODES.get(status, "error"), message)
        for name, value in err.get_headers():   # Allow on a 405, Retry-After on a 429
            if name.lower() != "content-type":
                response.headers[name] = value
        return response

    @app.errorhandler(Exception)
    def _unexpected(err: Exception):
        # Logged by type only: the exception's text could quote profile content.
        app.logger.error("unexpected %s while handling a request", type(err).__name__)
        return error_response(500, "internal_error", "The service failed on this input; nothing was kept.")
