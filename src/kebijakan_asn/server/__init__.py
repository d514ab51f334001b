"""The HTTP service (``kebijakan-asn serve``): decisions over HTTP/JSON for systems
that are not written in Python.  Needs the ``server`` extra
(``pip install "kebijakan-asn[server]"``: Starlette and uvicorn).

``create_app(resolver, token=…, limits=…)`` is the ASGI application;
``app_from_env`` builds it from the environment for ``uvicorn --factory``.
See ``docs/server.md`` for the endpoints and the contract.
"""

from __future__ import annotations

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
