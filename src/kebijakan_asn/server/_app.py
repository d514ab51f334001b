"""The HTTP service: one route table drives the routes, the checks of every request
and the OpenAPI document (:mod:`._openapi`).

Every answer comes from the library functions the command line uses; the handlers
only read parameters and write responses.  Handlers run on the event loop (a
decision takes microseconds); the batch streams its output in chunks, so other
requests are served between them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hmac
import io
import json
import logging
import os
import tempfile
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import attrs
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response, StreamingResponse
from starlette.routing import Route

from .. import _audit, schemas
from .._audit import Chainer
from .._canonical import MAX_DEPTH, canonical_json, parse_json_line, to_plain
from .._codes import Arrangement, Position
from .._decision import RuleSetRef
from .._errors import ConflictError, KebijakanError, ValidationError
from .._explain import LANGS
from .._model import Employee, parse_code
from .._resolver import Resolver, as_date
from .._seal import seal_record
from .._serial import RecordEncoder
from .._verify import LogVerifier
from .._version import __version__
from ..cli._common import UsageError, date_range, fact_arg, one_line, parse_bool
from ..cli._input import _jsonl_rows, _Lines, employee_from_row, error_body, error_record
from ..cli.calendar import calendar_summary
from ..cli.plugins import plugins_summary
from ..cli.policies import _policy_rows, policy_summary
from ..roster import Roster, check_roster, plan_roster

__all__ = ["ENDPOINTS", "Endpoint", "Limits", "Param", "app_from_env", "create_app"]

LOG = logging.getLogger("kebijakan_asn.server")

JSON = "application/json"
JSONL = "application/jsonl"
_CHUNK = 1 << 16
"""Bytes of output gathered before a streamed response sends them."""
_SPOOL = 1 << 20
"""Bytes of a streamed request body kept in memory before it spills to a temporary file."""

#: Environment variables read by :func:`app_from_env` (``kebijakan-asn serve --workers``).
ENV_TOKEN_FILE = "KEBIJAKAN_ASN_SERVER_TOKEN_FILE"
ENV_MAX_BODY = "KEBIJAKAN_ASN_SERVER_MAX_BODY"
ENV_MAX_BATCH = "KEBIJAKAN_ASN_SERVER_MAX_BATCH"


def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValidationError(attribute.name, value, "expected a whole number from 1")


@attrs.frozen
class Limits:
    """Bounds on what one request may ask for."""

    max_body: int = attrs.field(default=64 << 20, validator=_positive)
    """Bytes of a JSON Lines request body (batch, verify)."""
    max_batch: int = attrs.field(default=1_000_000, validator=_positive)
    """Decision records of one batch (employees × days), and days of one timeline."""
    max_json: int = attrs.field(default=64 << 10, validator=_positive)
    """Bytes of a single JSON request body (one employee)."""


class HttpError(Exception):
    """A request the service refuses, with its status and one-line message."""

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None
                 ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})


@attrs.frozen
class Param:
    """A query parameter of an endpoint."""

    name: str
    description: str
    required: bool = False
    kind: str = "string"
    """``string``, ``boolean``, ``integer`` or ``date``."""
    enum: tuple[str, ...] = ()
    repeat: bool = False


@attrs.frozen
class _Service:
    resolver: Resolver
    limits: Limits
    token: str | None
    encoder: RecordEncoder
    """Shared by the single decisions: handlers run on the one event-loop thread."""


@attrs.frozen
class Call:
    """One request as a handler sees it: checked query parameters and the language."""

    request: Request
    service: _Service
    query: Mapping[str, list[str]]
    lang: str

    def get(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[-1] if values else None

    def require(self, name: str) -> str:
        value = self.get(name)
        if value is None:  # not reached for a parameter the table marks required
            raise ValidationError(name, None, "this parameter is required")
        return value

    def flag(self, name: str) -> bool:
        value = self.get(name)
        return value is not None and parse_bool(value, name)


Handler = Callable[[Call], Awaitable[Response]]


@attrs.frozen
class Endpoint:
    """A route: method, path, parameters, handler and what the OpenAPI document says."""

    method: str
    path: str
    name: str
    summary: str
    description: str
    handler: Handler
    params: tuple[Param, ...] = ()
    body: tuple[str, str] | None = None
    """The request body: media type and description."""
    responses: tuple[tuple[str, str, str], ...] = ((JSON, "", "the answer"),)
    """The 200 answers: media type, schema (a component name or ``""``), description."""
    public: bool = False
    """Served without the bearer token (health, the contract, the docs)."""


# ---------------------------------------------------------------------------- parameters

def _lang_of(query: Mapping[str, list[str]], request: Request) -> str:
    """The ``lang`` parameter, else the best of ``Accept-Language``, else ``id``."""
    if query.get("lang"):
        return query["lang"][-1]
    best, best_q = "id", 0.0
    for part in request.headers.get("accept-language", "").split(","):
        tag, _, rest = part.strip().partition(";")
        q = 1.0
        for item in rest.split(";"):
            key, _, value = item.strip().partition("=")
            if key == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in LANGS and q > best_q:
            best, best_q = primary, q
    return best


def _query_checker(endpoint: Endpoint) -> Callable[[Request], dict[str, list[str]]]:
    """The check of *endpoint*'s query parameters: unknown, repeated, missing or invalid
    ones are a :class:`ValidationError`; the values by name otherwise."""
    known = {p.name: p for p in endpoint.params}
    required = [p for p in endpoint.params if p.required]
    checked = [p for p in endpoint.params if p.enum or p.kind == "boolean" or not p.repeat]

    def check(request: Request) -> dict[str, list[str]]:
        query: dict[str, list[str]] = {}
        for key, value in request.query_params.multi_items():
            if key not in known:
                raise ValidationError.invalid("parameter", key, known,
                                              "unknown query parameter; expected one of")
            query.setdefault(key, []).append(value)
        for p in required:
            if not any(v.strip() for v in query.get(p.name, ())):
                raise ValidationError(p.name, None,
                                      f"this parameter is required ({p.description})")
        for p in checked:
            values = query.get(p.name)
            if not values:
                continue
            if len(values) > 1 and not p.repeat:
                raise ValidationError(p.name, values, "given more than once; expected one value")
            for value in values:
                if p.enum and value not in p.enum:
                    raise ValidationError.invalid(p.name, value, p.enum)
                if p.kind == "boolean":
                    parse_bool(value, p.name)
        return query

    return check


def _authorize(service: _Service, request: Request) -> None:
    if service.token is None:
        return
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    challenge = {"WWW-Authenticate": 'Bearer realm="kebijakan-asn"'}
    if scheme.lower() != "bearer" or not given:
        raise HttpError(401, "authorization: this service needs a bearer token "
                             "(header 'Authorization: Bearer <token>')", challenge)
    if not hmac.compare_digest(given.strip().encode(), service.token.encode()):
        raise HttpError(401, "authorization: the bearer token is not valid", challenge)


def _message(exc: ValidationError) -> str:
    """The CLI's message, naming a query parameter where the CLI names an option."""
    if exc.field.startswith("--"):
        exc = ValidationError(exc.field[2:], exc.value, exc.expected, exc.where)
    return one_line(str(exc))


def _error(status: int, message: str, headers: Mapping[str, str] | None = None,
           **extra: str) -> Response:
    body = json.dumps({"error": message, **extra}, ensure_ascii=False, sort_keys=True)
    return Response(body + "\n", status, headers=dict(headers or {}), media_type=JSON)


def _internal(request: Request) -> Response:
    ref = uuid.uuid4().hex[:16]
    LOG.exception("internal error %s on %s %s", ref, request.method, request.url.path)
    return _error(500, f"internal error (a bug in kebijakan-asn), reference {ref}; "
                       "the server log has the details", id=ref)


def _route(service: _Service, endpoint: Endpoint) -> Callable[[Request], Awaitable[Response]]:
    check_query = _query_checker(endpoint)

    async def run(request: Request) -> Response:
        try:
            if not endpoint.public:
                _authorize(service, request)
            query = check_query(request)
            return await endpoint.handler(Call(request, service, query,
                                               _lang_of(query, request)))
        except HttpError as exc:
            return _error(exc.status, exc.message, exc.headers)
        except ValidationError as exc:
            return _error(400, _message(exc))
        except UsageError as exc:
            return _error(400, one_line(str(exc)))
        except ConflictError as exc:
            return _error(409, one_line(str(exc)))
        except KebijakanError as exc:
            return _error(422, one_line(str(exc)))
        except Exception:
            return _internal(request)

    run.__name__ = endpoint.name
    return run


# ---------------------------------------------------------------------------- responses

def _dumps(value: Any) -> str:
    """JSON as the CLI's ``--json`` prints it."""
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _json(value: Any) -> Response:
    return Response(_dumps(value), media_type=JSON)


def _text(text: str, lang: str, media_type: str = "text/plain") -> Response:
    return Response(text if text.endswith("\n") else text + "\n", media_type=media_type,
                    headers={"Content-Language": lang})


def _too_large(limit: int, size: int | None = None) -> HttpError:
    said = f"{size} bytes is" if size is not None else "it is"
    return HttpError(413, f"body: {said} more than the limit of {limit} bytes; "
                          "split the input")


async def _chunks(call: Call, limit: int) -> AsyncIterator[bytes]:
    """The request body in chunks, refused (413) as soon as it is known to be over
    *limit* bytes: from its ``Content-Length``, or as it arrives."""
    declared = call.request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(limit, int(declared))
    size = 0
    async for chunk in call.request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        if chunk:
            yield chunk


async def _read_body(call: Call, limit: int) -> bytes:
    return b"".join([chunk async for chunk in _chunks(call, limit)])


async def _spool(call: Call) -> tuple[IO[bytes], int]:
    """The request body in a spooled temporary file (memory bounded), and its line count.

    The body is taken in whole before the answer starts: clients that send their
    whole request before reading the answer (curl, PHP, Java's HttpClient) would
    otherwise deadlock with a server that streams its answer while they still send.
    """
    spool: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=_SPOOL)  # noqa: SIM115
    lines, last = 0, b"\n"
    try:
        async for chunk in _chunks(call, call.service.limits.max_body):
            spool.write(chunk)
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    return spool, lines + (last != b"\n")


_BODY = Path("body")
"""How errors name the request body (``body:3: agency: …``, as the CLI names a file)."""


def _employee_rows(spool: IO[bytes]) -> Iterator[tuple[int, Employee | ValidationError, Any]]:
    """``(line, employee or error, raw record)`` for each line of a JSON Lines body: what
    ``read_employees`` yields for a file (fields that are not input fields ignored)."""
    yield from _jsonl_rows(_BODY, _Lines(spool, _BODY), lambda note: None)


def _stream(request: Request, spool: IO[bytes],
            produce: Callable[[IO[bytes]], Iterator[tuple[int, str]]]) -> StreamingResponse:
    """Stream the output lines ``produce(spool)`` yields with the input line of each."""

    async def chunks() -> AsyncIterator[bytes]:
        line = 1
        try:
            buffer: list[str] = []
            size = 0
            for item in produce(spool):
                line, text = item  # the line is named if the stream fails after it
                buffer.append(text)
                size += len(text)
                if size >= _CHUNK:
                    yield "".join(buffer).encode("utf-8")
                    buffer, size = [], 0
            if buffer:
                yield "".join(buffer).encode("utf-8")
        except Exception:
            ref = uuid.uuid4().hex[:16]
            LOG.exception("internal error %s in the stream of %s", ref, request.url.path)
            yield error_record(line, f"internal error (a bug in kebijakan-asn), reference "
                                     f"{ref}; the output stops here", None).encode()
        finally:
            spool.close()

    return StreamingResponse(chunks(), media_type=JSONL)


# ---------------------------------------------------------------------------- handlers

_EMPLOYEE_FIELDS = ("jurisdiction", "agency", "position", "status", "direct_service",
                    "rotation_group", "unit", "id", "nip")


def _employee(call: Call) -> Employee:
    row: dict[str, Any] = {k: v for k in _EMPLOYEE_FIELDS if (v := call.get(k)) is not None}
    facts = dict(fact_arg(f) for f in call.query.get("fact", []))
    if facts:
        row["facts"] = facts
    return employee_from_row(row)


def _decision(call: Call, employee: Employee) -> Response:
    d = call.service.resolver.decide(employee, as_date(call.require("date"), "date"),
                                     include_drafts=call.flag("include_drafts"))
    if call.get("format") == "text":
        return _text(d.explain(call.lang), call.lang)
    return Response(call.service.encoder.line(d), media_type=JSON)


async def decide_get(call: Call) -> Response:
    try:
        return _decision(call, _employee(call))
    except ValidationError as exc:
        if exc.field != "facts":
            raise
        # The query gives facts as fact=NAME=VALUE: name the parameter the caller wrote.
        raise ValidationError("fact", exc.value, exc.expected, exc.where) from None


async def decide_post(call: Call) -> Response:
    body = await _read_body(call, call.service.limits.max_json)
    for _, employee, record in _employee_rows(io.BytesIO(body)):
        if isinstance(record, dict) and "date" in record:
            raise ValidationError("date", record["date"], "give the date as a query parameter "
                                  "(POST /v1/decide?date=YYYY-MM-DD); the body is the "
                                  "employee").at(str(_BODY))
        if isinstance(employee, ValidationError):
            raise employee
        return _decision(call, employee)
    raise ValidationError("body", body.decode("utf-8", "replace")[:40],
                          "expected one employee as a JSON object").at(str(_BODY))


def _range(call: Call) -> list[dt.date]:
    start, end = date_range(argparse.Namespace(date_from=call.require("from"),
                                               date_to=call.require("to")))
    days = (end - start).days + 1
    if days > call.service.limits.max_batch:
        raise HttpError(413, f"to: {days} days is more than the limit of "
                             f"{call.service.limits.max_batch}; shorten the range")
    return [start + dt.timedelta(days=i) for i in range(days)]


async def decide_batch(call: Call) -> Response:
    days = _range(call)
    drafts, chained = call.flag("include_drafts"), call.flag("chain")
    spool, lines = await _spool(call)
    limit = call.service.limits.max_batch
    if lines * len(days) > limit:
        spool.close()
        raise HttpError(413, f"batch: up to {lines} employees × {len(days)} days is more "
                             f"than the limit of {limit} decision records per request; "
                             "split the input or shorten the range")
    resolver = call.service.resolver
    records = RecordEncoder()
    chain = Chainer() if chained else None

    def invalid(line: int, message: str, raw: Any) -> str:
        body = error_body(line, message, raw)
        return canonical_json(chain.link_record(body) if chain is not None else body) + "\n"

    def produce(spool: IO[bytes]) -> Iterator[tuple[int, str]]:
        line = 1
        for line, item, raw in _employee_rows(spool):
            if isinstance(item, ValidationError):
                yield line, invalid(line, str(item), raw)
                continue
            try:
                decisions = [resolver.decide(item, d, include_drafts=drafts) for d in days]
            except KebijakanError as exc:
                yield line, invalid(line, f"{_BODY}:{line}: {exc}", raw)
                continue
            for decision in decisions:
                yield line, records.line(chain.link(decision) if chain is not None else decision)
        if chain is not None:
            yield line, canonical_json(seal_record(chain.index, chain.head)) + "\n"

    return _stream(call.request, spool, produce)


async def verify(call: Call) -> Response:
    checker = LogVerifier(call.service.resolver, head=call.get("head"))
    spool, _ = await _spool(call)

    def produce(spool: IO[bytes]) -> Iterator[tuple[int, str]]:
        verdicts = checker.run(spool)
        for v in verdicts:
            yield v.line, canonical_json(v.to_dict()) + "\n"

    return _stream(call.request, spool, produce)


def _workforce(call: Call, rows: Iterator[tuple[int, Employee | ValidationError, Any]],
               where: str) -> list[Employee]:
    """The employees of a roster request, each checked against the rule set; the first
    bad one is the request's error (a roster is planned or checked on the whole unit)."""
    staff: list[Employee] = []
    for line, item, _ in rows:
        if isinstance(item, ValidationError):
            raise item
        try:
            call.service.resolver.check(item)
        except ValidationError as exc:
            raise exc.at(f"{where}:{line}") from None
        staff.append(item)
    return staff


async def roster_plan(call: Call) -> Response:
    """A roster under the policy's quota for the posted workforce (``roster plan``)."""
    spool, _ = await _spool(call)
    with spool:
        staff = _workforce(call, _employee_rows(spool), str(_BODY))
    start, end = call.get("from"), call.get("to")
    plan = plan_roster(call.service.resolver, staff, call.require("policy"),
                       start=as_date(start, "from") if start else None,
                       end=as_date(end, "to") if end else None,
                       share=call.get("share") or None,
                       include_drafts=call.flag("include_drafts"))
    return _json({
        "policy": plan.policy, "quota": plan.quota.describe(call.lang),
        "from": plan.start.isoformat(), "to": plan.end.isoformat(),
        "days": [d.isoformat() for d in plan.days],
        "fingerprint": plan.roster.fingerprint,
        "roster": [r.to_dict() for r in plan.roster],
        "units": to_plain(list(plan.units)), "without_id": plan.without_id,
    })


async def roster_check(call: Call) -> Response:
    """Every violation of a posted roster (``roster check``).  The body is one JSON
    object: ``{"employees": [employee, ...], "roster": [{"id", "date",
    "arrangement"}, ...]}``."""
    body = await _read_body(call, call.service.limits.max_body)
    try:
        data = parse_json_line(body.decode("utf-8"), MAX_DEPTH)
    except (UnicodeDecodeError, ValueError) as exc:
        raise ValidationError("body", body[:40].decode("utf-8", "replace"),
                              f"not a JSON object: {exc}") from None
    if (not isinstance(data, dict) or not isinstance(data.get("employees"), list)
            or not isinstance(data.get("roster"), list)):
        raise ValidationError("body", type(data).__name__, 'expected {"employees": [...], '
                              '"roster": [{"id", "date", "arrangement"}, ...]}')
    lines = "".join(canonical_json(e) + "\n" for e in data["employees"]).encode("utf-8")
    staff = _workforce(call, _employee_rows(io.BytesIO(lines)), "employees")
    roster, errors = Roster.parse("".join(canonical_json(r) + "\n" for r in data["roster"]),
                                  "roster", jsonl=True)
    if errors:
        raise errors[0]
    report = check_roster(call.service.resolver, staff, roster,
                          include_drafts=call.flag("include_drafts"))
    return _json({
        "ok": report.ok, "fingerprint": report.fingerprint, "rows": report.rows,
        "violations": [{**{k: v for k, v in to_plain(v).items() if k != "reason"},
                        "message": v.message(call.lang)} for v in report.violations],
        "units": to_plain(list(report.units)),
    })


async def policies(call: Call) -> Response:
    on = call.get("on")
    resolver = call.service.resolver
    rows = _policy_rows(resolver, call.get("jurisdiction"), as_date(on, "on") if on else None)
    return _json([policy_summary(resolver, p) for p in rows])


def _jurisdiction(call: Call) -> str:
    code = call.require("jurisdiction")
    known = call.service.resolver.ruleset.jurisdictions
    if code not in known:
        raise ValidationError.invalid("jurisdiction", code, known)
    return code


async def calendar(call: Call) -> Response:
    year = call.require("year")
    if not year.strip().isdigit():
        raise ValidationError("year", year, "expected a year from 1946 to 2100")
    return _json(calendar_summary(call.service.resolver, _jurisdiction(call), int(year),
                                  field="year"))


async def agencies(call: Call) -> Response:
    return _json(to_plain(call.service.resolver.ruleset.agencies_of(_jurisdiction(call))))


async def plugins(call: Call) -> Response:
    return _json(plugins_summary(call.service.resolver))


async def rulebook(call: Call) -> Response:
    from .._rulebook import render_rulebook

    resolver = call.service.resolver
    codes = call.query.get("jurisdiction") or None
    for code in codes or ():
        if code not in resolver.ruleset.jurisdictions:
            raise ValidationError.invalid("jurisdiction", code, resolver.ruleset.jurisdictions)
    fmt = call.get("format") or "md"
    return _text(render_rulebook(resolver, codes, call.lang, fmt), call.lang,
                 "text/html" if fmt == "html" else "text/markdown")


async def why_not(call: Call) -> Response:
    target = parse_code(Arrangement, call.require("arrangement"), "arrangement")
    answer = _audit.why_not(call.service.resolver, _employee(call),
                            as_date(call.require("date"), "date"), target,
                            include_drafts=call.flag("include_drafts"))
    if call.get("format") == "text":
        return _text(answer.explain(call.lang), call.lang)
    return _json(answer.to_dict())


async def timeline(call: Call) -> Response:
    days = _range(call)
    line = _audit.timeline(call.service.resolver, _employee(call), days[0], days[-1],
                           include_drafts=call.flag("include_drafts"))
    if call.get("format") == "text":
        return _text(line.explain(call.lang), call.lang)
    return _json(line.to_dict())


def ruleset_ref(resolver: Resolver) -> dict[str, Any]:
    """The ``ruleset`` part of the records *resolver* writes."""
    rs = resolver.ruleset
    return RuleSetRef(rs.fingerprint, tuple((p.name, p.version) for p in rs.plugins)).to_dict()


async def health(call: Call) -> Response:
    return _json({"status": "ok", "version": __version__,
                  "ruleset": ruleset_ref(call.service.resolver)})


def _schema(name: str) -> Handler:
    async def handler(call: Call) -> Response:
        return _json(schemas.load(name))

    return handler


async def openapi(call: Call) -> Response:
    from ._openapi import openapi_document

    return _json(openapi_document(ENDPOINTS, token=call.service.token is not None))


async def docs(call: Call) -> Response:
    from ._openapi import docs_page, openapi_document

    return _text(docs_page(openapi_document(ENDPOINTS, token=call.service.token is not None)),
                 "en", "text/html")


# ---------------------------------------------------------------------------- the table

_E = (
    Param("jurisdiction", "instansi code, e.g. kab-bekasi", required=True),
    Param("agency", "agency code, e.g. bappeda", required=True),
    Param("position", "jabatan", required=True, enum=tuple(p.value for p in Position)),
    Param("status", "pns (default), pppk or non-asn", enum=("pns", "pppk", "non-asn")),
    Param("direct_service", "the employee's own duties are direct public service",
          kind="boolean"),
    Param("fact", "a fact about the employee, NAME=VALUE, e.g. office_access_cut=true",
          repeat=True),
    Param("rotation_group", "rotation group, e.g. A"),
    Param("unit", "the employee's unit inside the agency (bidang, subbagian…)"),
    Param("id", "employee id"),
    Param("nip", "18-digit NIP (PNS) or NI PPPK"),
)
_DATE = Param("date", "the day, YYYY-MM-DD", required=True, kind="date")
_FROM = Param("from", "first date, YYYY-MM-DD", required=True, kind="date")
_TO = Param("to", "last date, YYYY-MM-DD", required=True, kind="date")
_DRAFTS = Param("include_drafts", "also apply draft policies (the decision says so)",
                kind="boolean")
_LANG = Param("lang", "language of text answers (default: Accept-Language, else id)",
              enum=LANGS)
_FORMAT = Param("format", "json (default) or text: the explanation in lang",
                enum=("json", "text"))
_TEXT = ("text/plain", "", "the explanation (format=text)")

ENDPOINTS: tuple[Endpoint, ...] = (
    Endpoint("GET", "/v1/decide", "decide", "One decision (the CLI's decide options)",
             "The decision record, byte for byte the line `kebijakan-asn decide --input` "
             "writes for the same employee and date (canonical JSON and a newline).",
             decide_get, (*_E, _DATE, _DRAFTS, _LANG, _FORMAT),
             responses=((JSON, "Decision", "the decision record"), _TEXT)),
    Endpoint("POST", "/v1/decide", "decide_post", "One decision of a posted employee",
             "The body is one employee as a JSON object (the fields of a JSON Lines batch "
             "line: id, nip, jurisdiction, agency, position, status, direct_service, "
             "rotation_group, unit, facts).",
             decide_post, (_DATE, _DRAFTS, _LANG, _FORMAT),
             body=(JSON, "one employee"),
             responses=((JSON, "Decision", "the decision record"), _TEXT)),
    Endpoint("POST", "/v1/decide/batch", "decide_batch",
             "Every posted employee on every date from..to, streamed",
             "JSON Lines in (one employee per line), JSON Lines out: employees in input "
             "order, then dates; a line that cannot be read or decided gives one error "
             "record and every other line is still decided.  With chain=true the records "
             "(error records too) are linked into a tamper-evident chain that ends in its "
             "seal record, as `decide --chain` writes it.",
             decide_batch, (_FROM, _TO, _DRAFTS,
                            Param("chain", "link the records into a chain", kind="boolean")),
             body=(JSONL, "employees, one JSON object per line"),
             responses=((JSONL, "DecisionOrError", "decision records and error records"),)),
    Endpoint("POST", "/v1/verify", "verify", "Replay posted decision records",
             "JSON Lines of decision records in; one verdict per line out, as "
             "`kebijakan-asn verify --json` prints them: reproduced, altered, different, "
             "other-ruleset, input-error, unreadable, sealed, seal-broken, and chain-broken "
             "where a chain breaks (or does not end at head).",
             verify, (Param("head", "a chained file must end at this record fingerprint"),),
             body=(JSONL, "decision records, one per line"),
             responses=((JSONL, "Verdict", "one verdict per record"),)),
    Endpoint("POST", "/v1/roster/plan", "roster_plan",
             "A fair roster under a policy's quota for the posted workforce",
             "As `kebijakan-asn roster plan`: JSON Lines employees in (with `id`, and "
             "`unit` where the quota counts per unit); out: the roster rows, its "
             "fingerprint and the per-unit summary.", roster_plan,
             (Param("policy", "the policy id whose quota is planned", required=True),
              Param("from", "first date (default: the policy's period)", kind="date"),
              Param("to", "last date (default: the policy's period)", kind="date"),
              Param("share", "a lower share than the quota's, e.g. 1/4"), _DRAFTS, _LANG),
             body=(JSONL, "employees, one JSON object per line")),
    Endpoint("POST", "/v1/roster/check", "roster_check", "Every violation of a roster",
             "As `kebijakan-asn roster check`: the body is one JSON object "
             '`{"employees": [...], "roster": [{"id", "date", "arrangement"}, ...]}`; '
             "out: ok, the violations (each with its one-line message and citation) and "
             "the per-unit summary.", roster_check, (_DRAFTS, _LANG),
             body=(JSON, "the employees and the roster")),
    Endpoint("GET", "/v1/policies", "policies", "The policies of the rule set",
             "As `kebijakan-asn policies --json`.", policies,
             (Param("jurisdiction", "national policies and those of this instansi"),
              Param("on", "only policies in force on this date", kind="date"))),
    Endpoint("GET", "/v1/calendar", "calendar", "Holidays and cuti bersama of a year",
             "As `kebijakan-asn calendar --json`.", calendar,
             (Param("jurisdiction", "instansi code", required=True),
              Param("year", "a year from 1946 to 2100", required=True, kind="integer"))),
    Endpoint("GET", "/v1/agencies", "agencies", "The agency catalog of an instansi",
             "As `kebijakan-asn agencies --json`.", agencies,
             (Param("jurisdiction", "instansi code", required=True),)),
    Endpoint("GET", "/v1/plugins", "plugins", "The plugins and the rule-set fingerprint",
             "As `kebijakan-asn plugins --json`.", plugins),
    Endpoint("GET", "/v1/rulebook", "rulebook", "The rule set as a readable document",
             "As `kebijakan-asn rulebook`.", rulebook,
             (Param("jurisdiction", "only this instansi (repeatable; default: all)",
                    repeat=True),
              Param("format", "md (default) or html", enum=("md", "html")), _LANG),
             responses=(("text/markdown", "", "format=md"), ("text/html", "", "format=html"))),
    Endpoint("GET", "/v1/why-not", "why_not", "Why an arrangement was not given",
             "As `kebijakan-asn explain --why-not ARRANGEMENT --json`.", why_not,
             (*_E, _DATE, Param("arrangement", "wfo, wfh, wfa or libur", required=True,
                                enum=tuple(a.value for a in Arrangement)),
              _DRAFTS, _LANG, _FORMAT),
             responses=((JSON, "", "the answer"), _TEXT)),
    Endpoint("GET", "/v1/timeline", "timeline", "An employee's days in runs decided alike",
             "As `kebijakan-asn timeline --json`.", timeline,
             (*_E, _FROM, _TO, _DRAFTS, _LANG, _FORMAT),
             responses=((JSON, "", "the runs"), _TEXT)),
    Endpoint("GET", "/v1/health", "health", "Liveness and the rule set served",
             "The rule-set fingerprint and plugin versions, as in every record's ruleset.",
             health, public=True),
    *(Endpoint("GET", f"/v1/schemas/{file}", f"schema_{name}",
               f"JSON Schema of the {name} record", f"`kebijakan_asn/schemas/{file}`.",
               _schema(name), public=True)
      for name, file in sorted(schemas.FILES.items())),
    Endpoint("GET", "/openapi.json", "openapi", "This API's OpenAPI document", "",
             openapi, public=True),
    Endpoint("GET", "/docs", "docs", "This API's documentation as one HTML page", "",
             docs, public=True, responses=(("text/html", "", "the page"),)),
)


async def _http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        return _error(404, f"{request.url.path}: no such endpoint; see /openapi.json or /docs")
    if exc.status_code == 405:
        allowed = (exc.headers or {}).get("Allow", "")
        return _error(405, f"{request.url.path}: method {request.method} not allowed; "
                           f"allowed: {allowed}", exc.headers)
    return _error(exc.status_code, one_line(str(exc.detail)), exc.headers)


async def _server_error(request: Request, exc: Exception) -> Response:
    return _internal(request)


def create_app(resolver: Resolver | None = None, *, token: str | None = None,
               limits: Limits | None = None) -> Starlette:
    """The ASGI application serving *resolver* (default: the installed plugins, or the
    allow-list in ``$KEBIJAKAN_ASN_PLUGINS``).  With *token*, every endpoint but
    health, the schemas and the docs needs ``Authorization: Bearer <token>``."""
    if token is not None and not token.strip():
        raise ValidationError("token", token, "expected a non-empty token")
    service = _Service(resolver if resolver is not None else Resolver(),
                       limits if limits is not None else Limits(),
                       token.strip() if token is not None else None, RecordEncoder())
    routes = [Route(e.path, _route(service, e), methods=[e.method], name=e.name)
              for e in ENDPOINTS]
    routes.append(Route("/", lambda request: RedirectResponse("/docs"), methods=["GET"]))
    return Starlette(routes=routes, exception_handlers={
        HTTPException: _http_exception, Exception: _server_error})


def read_token(path: str) -> str:
    """The bearer token in the file *path* (its first line)."""
    try:
        with open(path, encoding="utf-8") as fh:
            token = fh.readline().strip()
    except OSError as exc:
        raise ValidationError("--token-file", path, f"cannot read it: {exc.strerror or exc}"
                              ) from None
    if not token:
        raise ValidationError("--token-file", path, "the file is empty; expected a token "
                                                    "on its first line")
    return token


def app_from_env() -> Starlette:
    """The application configured by the environment (for ``uvicorn --factory`` and
    ``kebijakan-asn serve --workers``): ``KEBIJAKAN_ASN_PLUGINS``,
    ``KEBIJAKAN_ASN_SERVER_TOKEN_FILE``, ``…_MAX_BODY``, ``…_MAX_BATCH``."""
    token_file = os.environ.get(ENV_TOKEN_FILE)
    defaults = Limits()
    limits = Limits(max_body=_env_int(ENV_MAX_BODY, defaults.max_body),
                    max_batch=_env_int(ENV_MAX_BATCH, defaults.max_batch))
    return create_app(token=read_token(token_file) if token_file else None, limits=limits)


def _env_int(name: str, default: int) -> int:
    text = os.environ.get(name, "").strip()
    if not text:
        return default
    if not text.isdigit() or int(text) < 1:
        raise ValidationError(name, text, "expected a whole number from 1")
    return int(text)
