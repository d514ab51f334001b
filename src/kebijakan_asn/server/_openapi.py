"""The OpenAPI 3.1 document of the service, made from its route table, and the same
document as one HTML page that loads nothing from the network."""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from typing import Any

from .. import schemas
from .._version import __version__
from ._app import JSON, Endpoint, Param

__all__ = ["docs_page", "openapi_document"]

_KINDS: dict[str, dict[str, str]] = {
    "string": {"type": "string"},
    "boolean": {"type": "boolean"},
    "integer": {"type": "integer"},
    "date": {"type": "string", "format": "date"},
}
_ERRORS = {
    "400": "bad input: the CLI's one-line message (field, value, what is valid)",
    "401": "a bearer token is needed, or the one given is not valid",
    "409": "two policies conflict for this employee-day",
    "413": "the body, the batch or the range is over the service's limits",
    "422": "the rule set cannot answer (e.g. an inconsistent plugin)",
    "500": "an internal error (a bug): a reference id, no traceback",
}


def _component(name: str) -> dict[str, Any]:
    """A shipped schema as an OpenAPI component (its references rebased)."""
    text = json.dumps(schemas.load(name))
    value: dict[str, Any] = json.loads(
        text.replace('"#/$defs/', f'"#/components/schemas/{name.capitalize()}/$defs/'))
    del value["$schema"], value["$id"]
    return value


def _parameter(p: Param) -> dict[str, Any]:
    schema: dict[str, Any] = dict(_KINDS[p.kind])
    if p.enum:
        schema["enum"] = list(p.enum)
    if p.repeat:
        schema = {"type": "array", "items": schema}
    return {"name": p.name, "in": "query", "required": p.required,
            "description": p.description, "schema": schema,
            **({"explode": True} if p.repeat else {})}


def _content(media: str, schema: str) -> dict[str, Any]:
    ref = {"$ref": f"#/components/schemas/{schema}"} if schema else {}
    return {media: {"schema": ref}}


def openapi_document(endpoints: Iterable[Endpoint], *, token: bool = False) -> dict[str, Any]:
    """The OpenAPI 3.1 document of *endpoints*; with *token*, the protected ones
    declare the bearer scheme."""
    paths: dict[str, dict[str, Any]] = {}
    for e in endpoints:
        responses: dict[str, Any] = {"200": {"description": "; ".join(
            d for _, _, d in e.responses), "content": {}}}
        for media, schema, _ in e.responses:
            responses["200"]["content"].update(_content(media, schema))
        for code, text in _ERRORS.items():
            if code == "401" and (e.public or not token):
                continue
            responses[code] = {"description": text, "content": _content(JSON, "HttpError")}
        op: dict[str, Any] = {"operationId": e.name, "summary": e.summary,
                              "parameters": [_parameter(p) for p in e.params],
                              "responses": responses}
        if e.description:
            op["description"] = e.description
        if e.body is not None:
            media, text = e.body
            op["requestBody"] = {"required": True, "description": text,
                                 "content": {media: {}}}
        if token:
            op["security"] = [] if e.public else [{"bearer": []}]
        paths.setdefault(e.path, {})[e.method.lower()] = op
    components: dict[str, Any] = {
        "schemas": {
            "Decision": _component("decision"),
            "Error": _component("error"),
            "DecisionOrError": {"oneOf": [{"$ref": "#/components/schemas/Decision"},
                                          {"$ref": "#/components/schemas/Error"}]},
            "Verdict": {"type": "object", "required": ["line", "verdict", "details"],
                        "properties": {"line": {"type": "integer"},
                                       "verdict": {"type": "string"},
                                       "details": {"type": "array",
                                                   "items": {"type": "string"}}}},
            "HttpError": {"type": "object", "required": ["error"],
                          "properties": {"error": {"type": "string"},
                                         "id": {"type": "string",
                                                "description": "500 only: the reference "
                                                               "in the server log"}}},
        },
    }
    if token:
        components["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "kebijakan-asn",
            "version": __version__,
            "description": "Decisions on how Indonesian civil servants (ASN) work on a day "
                           "— WFO, WFH, WFA or libur — with their legal basis, over HTTP. "
                           "The decision record is byte for byte the command line's.",
        },
        "paths": paths,
        "components": components,
    }


def docs_page(document: dict[str, Any]) -> str:
    """*document* as one self-contained HTML page (no scripts, no external assets)."""
    e = html.escape
    info = document["info"]
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{e(info['title'])} {e(info['version'])} — HTTP API</title>",
        "<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;"
        "padding:0 1rem}code,pre{font-family:ui-monospace,monospace}table{border-collapse:"
        "collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;"
        "vertical-align:top}h2{margin-top:2rem}.m{font-weight:bold}</style></head><body>",
        f"<h1>{e(info['title'])} {e(info['version'])} — HTTP API</h1>",
        f"<p>{e(info['description'])}</p>",
        '<p>Machine-readable: <a href="/openapi.json">/openapi.json</a>; JSON Schemas: '
        '<a href="/v1/schemas/decision-1.json">decision record</a>, '
        '<a href="/v1/schemas/error-1.json">error record</a>.</p>',
    ]
    for path, methods in document["paths"].items():
        for method, op in methods.items():
            parts.append(f'<h2 id="{e(op["operationId"])}"><span class="m">'
                         f"{e(method.upper())}</span> <code>{e(path)}</code></h2>")
            parts.append(f"<p>{e(op['summary'])}</p>")
            if op.get("description"):
                parts.append(f"<p>{e(op['description'])}</p>")
            if op.get("security"):
                parts.append("<p>Needs <code>Authorization: Bearer &lt;token&gt;</code>.</p>")
            if op["parameters"]:
                parts.append("<table><tr><th>parameter</th><th>type</th><th>required</th>"
                             "<th>meaning</th></tr>")
                for p in op["parameters"]:
                    s = p["schema"]
                    kind = s.get("format") or s["type"]
                    if s["type"] == "array":
                        kind = f"{s['items'].get('format') or s['items']['type']}, repeatable"
                    if "enum" in s:
                        kind = " | ".join(s["enum"])
                    parts.append(f"<tr><td><code>{e(p['name'])}</code></td><td>{e(kind)}</td>"
                                 f"<td>{'yes' if p['required'] else ''}</td>"
                                 f"<td>{e(p['description'])}</td></tr>")
                parts.append("</table>")
            if "requestBody" in op:
                body = op["requestBody"]
                parts.append(f"<p>Body ({e(', '.join(body['content']))}): "
                             f"{e(body['description'])}.</p>")
            answers = ", ".join(f"{code} {r['description']}"
                                for code, r in op["responses"].items())
            parts.append(f"<p>Answers: {e(answers)}.</p>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
