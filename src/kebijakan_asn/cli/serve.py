"""``kebijakan-asn serve``: the HTTP service (needs the ``server`` extra)."""

from __future__ import annotations

import argparse
import os
import sys

from .._ruleset import ALLOW_ENV
from . import _common
from ._common import PROG, UsageError

_LOOPBACK = {"127.0.0.1", "::1", "localhost"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    s = sub.add_parser("serve", help="answer over HTTP/JSON (needs kebijakan-asn[server])")
    s.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default 127.0.0.1: this machine only)")
    s.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    s.add_argument("--token-file", metavar="PATH",
                   help="require 'Authorization: Bearer <token>' with the token on the "
                        "first line of PATH")
    s.add_argument("--max-body", type=int, metavar="BYTES",
                   help="largest JSON Lines request body (default 64 MiB)")
    s.add_argument("--max-batch", type=int, metavar="RECORDS",
                   help="most decision records of one batch request (default 1,000,000)")
    s.add_argument("--workers", type=int, default=1,
                   help="worker processes (default 1; behind a reverse proxy, one per core)")
    s.add_argument("--log-level", default="info",
                   choices=("critical", "error", "warning", "info", "debug"))


def run(args: argparse.Namespace) -> int:
    try:
        import starlette  # noqa: F401
        import uvicorn
    except ImportError:
        raise UsageError('serve needs the server extra: pip install "kebijakan-asn[server]"'
                         ) from None
    from ..server._app import (
        ENV_MAX_BATCH,
        ENV_MAX_BODY,
        ENV_TOKEN_FILE,
        Limits,
        create_app,
        read_token,
    )

    if not 1 <= args.workers <= 64:
        raise UsageError(f"serve: --workers {args.workers}: expected 1 to 64")
    if not 0 <= args.port <= 65535:
        raise UsageError(f"serve: --port {args.port}: expected 0 to 65535")
    for option, value in (("--max-body", args.max_body), ("--max-batch", args.max_batch)):
        if value is not None and value < 1:
            raise UsageError(f"serve: {option} {value}: expected a whole number from 1")
    defaults = Limits()
    limits = Limits(max_body=args.max_body or defaults.max_body,
                    max_batch=args.max_batch or defaults.max_batch)
    token = read_token(args.token_file) if args.token_file else None
    resolver = _common.make_resolver(args)  # load the rule set now: its errors end here
    rs = resolver.ruleset
    plugins = ", ".join(f"{p.name} {p.version}" for p in rs.plugins)
    sys.stderr.write(f"{PROG}: serving rule set {rs.fingerprint} ({plugins}) on "
                     f"http://{args.host}:{args.port}"
                     f"{' with a bearer token' if token else ''}\n")
    if args.host not in _LOOPBACK and token is None:
        sys.stderr.write(f"{PROG}: warning: listening on {args.host} without --token-file; "
                         "anyone who reaches this address can use the service\n")
    options = {"host": args.host, "port": args.port, "log_level": args.log_level,
               "timeout_graceful_shutdown": 30, "server_header": False}
    if args.workers == 1:
        uvicorn.run(create_app(resolver, token=token, limits=limits), **options)
        return 0
    # Several processes: each worker builds the app from the environment.
    if args.plugins:
        os.environ[ALLOW_ENV] = args.plugins
    if args.token_file:
        os.environ[ENV_TOKEN_FILE] = os.path.abspath(args.token_file)
    os.environ[ENV_MAX_BODY] = str(limits.max_body)
    os.environ[ENV_MAX_BATCH] = str(limits.max_batch)
    uvicorn.run("kebijakan_asn.server:app_from_env", factory=True, workers=args.workers,
                **options)
    return 0
