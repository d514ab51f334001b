"""The HTTP service (``kebijakan-asn serve``): decisions over HTTP/JSON for systems
that are not written in Python.  Needs the ``server`` extra
(``pip install "kebijakan-asn[server]"``: Starlette and uvicorn).

``create_app(resolver, token=…, limits=…)`` is the ASGI application;
``app_from_env`` builds it from the environment for ``uvicorn --factory``.
See ``docs/server.md`` for the endpoints and the contract.
"""

from __future__ import annotations

try:
    import starlette  # noqa: F401
    import uvicorn  # noqa: F401
except ImportError as exc:  # pragma: no cover - depends on what is installed
    raise ModuleNotFoundError(
        f"kebijakan_asn.server needs the server extra ({exc.name} is missing): "
        'pip install "kebijakan-asn[server]"', name=exc.name) from exc

from ._app import ENDPOINTS, Endpoint, Limits, Param, app_from_env, create_app
from ._openapi import docs_page, openapi_document

__all__ = [
    "ENDPOINTS",
    "Endpoint",
    "Limits",
    "Param",
    "app_from_env",
    "create_app",
    "docs_page",
    "openapi_document",
]
