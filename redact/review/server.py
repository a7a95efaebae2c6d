"""The review page's web server: 127.0.0.1 only, one secret token, nothing from elsewhere.

Python's own ``http.server`` serves one page and a small JSON interface: a local tool for one
reviewer needs no framework, and each dependency we skip is one less thing to audit and keep
offline. Every request must carry the token (``?token=`` or the ``X-Redact-Token`` header),
and a ``Host`` of this machine (a web page elsewhere cannot reach the server through DNS
rebinding); anything else is refused with 403. Responses are never cached, never logged, and
the page may load nothing but itself (Content-Security-Policy).
"""

from __future__ import annotations

import hmac
import html
import json
import secrets
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any, Optional
from urllib.parse import parse_qs, urlsplit

from redact.errors import UsageError
from redact.review.session import ReviewSession, kind_of

HOST = "127.0.0.1"
#: What a reviewer's page may do: load itself and talk to this server, nothing else.
_CSP = "default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
_IMAGE_TYPES = {b"\xff\xd8": "image/jpeg", b"\x89P": "image/png", b"RI": "image/webp", b"BM": "image/bmp", b"GI": "image/gif"}


class ReviewServer(ThreadingHTTPServer):
    """Serves one ``ReviewSession`` on 127.0.0.1; ``url`` holds the token."""

    daemon_threads = True

    def __init__(self, session: ReviewSession, port: int = 0) -> None:
        self.session = session
        self.token = secrets.token_urlsafe(24)
        try:
            super().__init__((HOST, port), _Handler)
        except OSError as err:
            raise UsageError(f"cannot listen on {HOST}:{port} ({err.strerror}); choose another --port") from None

    @property
    def port(self) -> int:
        return self.server_address[1]

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}/?token={self.token}"


class _Handler(BaseHTTPRequestHandler):
    server: ReviewServer
    server_version = "redact-review"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        """Nothing is logged: a request names files and holds the token."""

    # -- routing --------------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 - the base class's name
        if not self._allowed():
            return
        path, query = self._parsed()
        session = self.server.session
        try:
            if path == "/":
                self._page()
            elif path == "/api/files":
                self._json({"files": session.files(), "reviewer": session.reviewer})
            elif path == "/api/file":
                self._json(session.view(self._arg(query, "f")))
            elif path == "/api/original":
                value = session.original(self._arg(query, "f"), self._arg(query, "loc"),
                                         int(self._arg(query, "start")), int(self._arg(query, "end")))
                self._json({"value": value})
            elif path == "/api/image":
                which = self._arg(query, "which")
                f = self._arg(query, "f")
                if kind_of(f) != "image":
                    raise UsageError("only photos are shown as pictures")
                data = session.source_bytes(f) if which == "source" else session.output_bytes(f)
                self._send(HTTPStatus.OK, data, _IMAGE_TYPES.get(data[:2], "application/octet-stream"))
            else:
                self._error(HTTPStatus.NOT_FOUND, "no such page")
        except (UsageError, ValueError, OSError) as err:
            self._error(HTTPStatus.BAD_REQUEST, str(err) if isinstance(err, UsageError) else "bad request")

    def do_POST(self) -> None:  # noqa: N802
        if not self._allowed():
            return
        path, _ = self._parsed()
        if path != "/api/decide":
            self._error(HTTPStatus.NOT_FOUND, "no such action")
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
            if length > 1_000_000:
                raise UsageError("request too large")
            body = json.loads(self.rfile.read(length) or b"{}")
            view = self.server.session.decide(
                str(body.get("file", "")), str(body.get("action", "")), body.get("spot"), body.get("box"),
                body.get("entity_type"),
            )
            self._json(view)
        except (UsageError, ValueError) as err:
            self._error(HTTPStatus.BAD_REQUEST, str(err) if isinstance(err, UsageError) else "bad request")

    # -- checks -----------------------------------------------------------------------------
    def _allowed(self) -> bool:
        host = (self.headers.get("Host") or "").strip()
        if host not in (f"{HOST}:{self.server.port}", f"localhost:{self.server.port}"):
            self._error(HTTPStatus.FORBIDDEN, "this server answers requests to 127.0.0.1 only")
            return False
        _, query = self._parsed()
        given = self.headers.get("X-Redact-Token") or (query.get("token") or [""])[0]
        if not hmac.compare_digest(given.encode(), self.server.token.encode()):
            self._error(HTTPStatus.FORBIDDEN, "a valid token is required: open the URL `redact review` printed")
            return False
        return True

    def _parsed(self) -> tuple[str, dict[str, list[str]]]:
        parts = urlsplit(self.path)
        return parts.path, parse_qs(parts.query)

    @staticmethod
    def _arg(query: dict[str, list[str]], name: str) -> str:
        values = query.get(name)
        if not values:
            raise UsageError(f"missing parameter {name!r}")
        return values[0]

    # -- answers ----------------------------------------------------------------------------
    def _page(self) -> None:
        nonce = secrets.token_urlsafe(16)
        static = resources.files("redact.review").joinpath("static")
        page = static.joinpath("review.html").read_text(encoding="utf-8")
        page = page.replace("{{style}}", static.joinpath("review.css").read_text(encoding="utf-8"))
        page = page.replace("{{script}}", static.joinpath("review.js").read_text(encoding="utf-8"))
        page = page.replace("{{nonce}}", nonce)
        # The list is in the page itself, so that it reads without its script too; the script
        # takes it over.
        items = "".join(
            f'<li data-file="{html.escape(f["file"])}"><span class="name">{html.escape(f["file"])}</span>'
            f'<span class="status {f["status"]}">{f["status"]}</span></li>'
            for f in self.server.session.files()
        )
        page = page.replace("{{files}}", items)
        self._send(HTTPStatus.OK, page.encode("utf-8"), "text/html; charset=utf-8", _CSP.format(nonce=nonce))

    def _json(self, value: Any) -> None:
        self._send(HTTPStatus.OK, json.dumps(value, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, json.dumps({"error": message}, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

    def _send(self, status: HTTPStatus, body: bytes, content_type: str, csp: Optional[str] = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Content-Security-Policy", csp or "default-src 'none'; frame-ancestors 'none'")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
