"""The HTTP service against a real uvicorn on 127.0.0.1, with a real HTTP client.

Every answer is compared with what the command line (or the library) gives for
the same question: the decision record byte for byte, the error message line for
line.  Needs the ``server`` extra and httpx (the ``tests`` nox session installs
both); without them the module is skipped.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette")
uvicorn = pytest.importorskip("uvicorn")
httpx = pytest.importorskip("httpx")

from kebijakan_asn import Employee, Resolver, _cli  # noqa: E402
from kebijakan_asn.server import ENDPOINTS, Limits, create_app  # noqa: E402
from kebijakan_asn.testing import ServeError, serving  # noqa: E402

from .conftest import collect_record  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PLUGINS = ("nasional", "kab-bekasi", "prov-jabar")
EMPLOYEE = {"jurisdiction": "kab-bekasi", "agency": "bappeda", "position": "pelaksana"}
QUERY = {**EMPLOYEE, "date": "2025-03-25"}



@pytest.fixture(scope="module")
def resolver() -> Resolver:
    try:
        return Resolver(allow=PLUGINS)
    except Exception as exc:  # a plugin of the allow-list is not installed
        pytest.skip(f"needs the region plugins: {exc}")


class Running:
    """A uvicorn server in a thread, on a free loopback port."""

    def __init__(self, app: Any) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="critical", lifespan="off",
                                timeout_graceful_shutdown=10)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]},
                                       daemon=True)

    def __enter__(self) -> Running:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()


@pytest.fixture(scope="module")
def server(resolver: Resolver) -> Iterator[Running]:
    with Running(create_app(resolver)) as running:
        yield running


@pytest.fixture(scope="module")
def client(server: Running) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = _cli.main(["--plugins", ",".join(PLUGINS), *argv])
    return code, out.getvalue(), err.getvalue()


def cli_error(*argv: str) -> str:
    code, _, err = cli(*argv)
    assert code == 2, err
    return err.removeprefix("kebijakan-asn: error: ").rstrip("\n")


def records(text: str) -> list[dict[str, Any]]:
    for line in text.splitlines():
        if '"schema":"kebijakan-asn/decision/1"' in line or '"kebijakan-asn/error/1"' in line:
            collect_record(line)  # checked against the JSON Schemas at the end of the run
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def records_of(text: str) -> list[Any]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def batch_file(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "staff.jsonl"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


STAFF = [
    json.dumps({**EMPLOYEE, "id": "e1"}),
    json.dumps({"id": "e2", "jurisdiction": "prov-jabar", "agency": "bapenda",
                "position": "pelaksana", "rotation_group": "B"}),
    json.dumps({"id": "e3", "jurisdiction": "kab-bekasi", "agency": "bapeda",
                "position": "pelaksana"}),
    "not json",
    json.dumps({"id": "e5", "jurisdiction": "kab-bekasi", "agency": "dinkes",
                "position": "fungsional", "direct_service": True,
                "facts": {"office_access_cut": True}}),
]


# ------------------------------------------------------------------------- decisions

def test_get_decide_is_the_cli_batch_line_byte_for_byte(
        client: httpx.Client, tmp_path: Path) -> None:
    path = batch_file(tmp_path, [json.dumps(EMPLOYEE)])
    out = tmp_path / "out.jsonl"
    code, _, _ = cli("decide", "--input", str(path), "--from", "2025-03-25", "--to",
                     "2025-03-25", "--output", str(out))
    assert code == 0
    expected = out.read_bytes()
    got = client.get("/v1/decide", params=QUERY)
    assert got.status_code == 200
    assert got.headers["content-type"] == "application/json"
    assert got.content == expected
    posted = client.post("/v1/decide", params={"date": "2025-03-25"}, json=EMPLOYEE)
    assert posted.content == expected
    records(got.text)
    # and the same record as `decide --json` prints it
    _, single, _ = cli("decide", "--json", *[f"--{k}={v}" for k, v in QUERY.items()])
    assert json.loads(got.content) == json.loads(single)


def test_decide_takes_every_cli_option(client: httpx.Client, resolver: Resolver) -> None:
    params: dict[str, Any] = {
        "jurisdiction": "kab-bekasi", "agency": "dinkes", "position": "fungsional",
        "status": "pppk", "direct_service": "ya", "fact": ["office_access_cut=true"],
        "rotation_group": "A", "unit": "igd", "id": "x-1", "date": "2026-01-27",
        "include_drafts": "true"}
    got = client.get("/v1/decide", params=params)
    assert got.status_code == 200, got.text
    employee = Employee(jurisdiction="kab-bekasi", agency="dinkes", position="fungsional",
                        status="pppk", direct_service=True, rotation_group="A", unit="igd",
                        id="x-1",
                        facts={"office_access_cut": True})
    decision = resolver.decide(employee, "2026-01-27", include_drafts=True)
    assert got.text == decision.to_json() + "\n"
    records(got.text)


def test_decide_takes_the_unit_in_the_query_and_in_the_body(
        client: httpx.Client, resolver: Resolver) -> None:
    """``unit`` reaches the employee (and so the record and its fingerprint) either way, as
    ``decide --unit`` gives it."""
    query = {**QUERY, "unit": " Subbagian Umum "}
    got = client.get("/v1/decide", params=query)
    posted = client.post("/v1/decide", params={"date": "2025-03-25"},
                         json={**EMPLOYEE, "unit": "Subbagian Umum"})
    assert got.status_code == posted.status_code == 200, (got.text, posted.text)
    decision = resolver.decide(Employee(**EMPLOYEE, unit="Subbagian Umum"), "2025-03-25")
    assert got.text == posted.text == decision.to_json() + "\n"
    assert json.loads(got.text)["employee"]["unit"] == "Subbagian Umum"
    without = client.get("/v1/decide", params=QUERY)
    assert json.loads(without.text)["fingerprint"] != decision.fingerprint
    _, single, _ = cli("decide", "--json", *[f"--{k}={v}" for k, v in query.items()])
    assert json.loads(single) == json.loads(got.text)
    bad = client.post("/v1/decide", params={"date": "2025-03-25"},
                      json={**EMPLOYEE, "unit": "a\nb"})
    assert bad.status_code == 400 and "unit: invalid value" in bad.text


def test_text_answers_follow_lang_and_accept_language(client: httpx.Client) -> None:
    en = client.get("/v1/decide", params={**QUERY, "format": "text"},
                    headers={"Accept-Language": "fr;q=1, en-GB;q=0.8, id;q=0.5"})
    assert en.status_code == 200
    assert en.headers["content-language"] == "en"
    assert en.text.startswith("Decision: WFO")
    default = client.get("/v1/decide", params={**QUERY, "format": "text"})
    assert default.headers["content-language"] == "id"
    assert default.text.startswith("Keputusan: WFO")
    forced = client.get("/v1/decide", params={**QUERY, "format": "text", "lang": "id"},
                        headers={"Accept-Language": "en"})
    assert forced.text == default.text
    _, cli_text, _ = cli("decide", "--lang", "en", *[f"--{k}={v}" for k, v in QUERY.items()])
    assert en.text == cli_text


@pytest.mark.parametrize(("params", "argv"), [
    ({**QUERY, "position": "bos"}, ["--position", "bos"]),
    ({**QUERY, "agency": "bapeda"}, ["--agency", "bapeda"]),
    ({**QUERY, "status": "honorer"}, ["--status", "honorer"]),
    ({**QUERY, "fact": "banjir=true"}, ["--fact", "banjir=true"]),
    ({**QUERY, "fact": "office_access_cut=maybe"}, ["--fact", "office_access_cut=maybe"]),
    ({**QUERY, "nip": "1234"}, ["--nip", "1234"]),
])
def test_bad_input_is_a_400_with_the_cli_message(
        client: httpx.Client, params: dict[str, str], argv: list[str]) -> None:
    got = client.get("/v1/decide", params=params)
    assert got.status_code == 400
    assert got.headers["content-type"] == "application/json"
    base = [f"--{k}={v}" for k, v in QUERY.items()]
    message = cli_error("decide", *base, *argv)
    # the same line; where the CLI names an option (--position, --fact), the service names
    # the query parameter (position, fact)
    served = message.removeprefix("--")
    assert got.json() == {"error": served}
    assert "Traceback" not in got.text


@pytest.mark.parametrize(("params", "expected"), [
    ({**QUERY, "date": "2025-02-30"}, r"^date: invalid value '2025-02-30'; .*YYYY-MM-DD"),
    ({**QUERY, "colour": "red"}, r"^parameter: invalid value 'colour'; unknown query "
                                 r"parameter; expected one of .*jurisdiction"),
    ({k: v for k, v in QUERY.items() if k != "agency"},
     r"^agency: invalid value None; this parameter is required \(agency code"),
    ({**QUERY, "include_drafts": "perhaps"}, r"^include_drafts: invalid value 'perhaps'"),
    ({**QUERY, "lang": "fr"}, r"^lang: invalid value 'fr'; expected one of en, id"),
])
def test_bad_parameters_are_named(client: httpx.Client, params: dict[str, str],
                                  expected: str) -> None:
    got = client.get("/v1/decide", params=params)
    assert got.status_code == 400
    assert re.search(expected, got.json()["error"]), got.json()


def test_a_bad_body_is_a_400(client: httpx.Client) -> None:
    for body, expected in [
        (b"{not json", "body:1: json: invalid value '{not json'; not valid JSON"),
        (b"[1, 2]", "body:1: record: invalid value 'list'; expected a JSON object"),
        (b"\xff\xfe", "body:1: line: invalid value "),  # byte 0xff … is not UTF-8
        (b"", "body: body: invalid value ''; expected one employee as a JSON object"),
        (json.dumps({**EMPLOYEE, "date": "2025-03-25"}).encode(),
         "body: date: invalid value '2025-03-25'; give the date as a query parameter"),
    ]:
        got = client.post("/v1/decide", params={"date": "2025-03-25"}, content=body)
        assert got.status_code == 400, body
        assert got.json()["error"].startswith(expected), got.json()


def test_unknown_paths_and_methods_answer_json(client: httpx.Client) -> None:
    missing = client.get("/v1/decisions")
    assert missing.status_code == 404
    assert missing.json() == {"error": "/v1/decisions: no such endpoint; see /openapi.json "
                                       "or /docs"}
    wrong = client.get("/v1/decide/batch")
    assert wrong.status_code == 405
    assert "allowed: POST" in wrong.json()["error"]


# ------------------------------------------------------------------------- batch

def test_batch_streams_what_the_cli_writes(client: httpx.Client, tmp_path: Path) -> None:
    path = batch_file(tmp_path, STAFF)
    out = tmp_path / "out.jsonl"
    code, _, _ = cli("decide", "--input", str(path), "--from", "2025-03-21", "--to",
                     "2025-03-31", "--output", str(out))
    assert code == 1  # two bad lines
    expected = out.read_text(encoding="utf-8").splitlines()
    with client.stream("POST", "/v1/decide/batch", params={"from": "2025-03-21",
                                                          "to": "2025-03-31"},
                       content=path.read_bytes()) as got:
        assert got.status_code == 200
        assert got.headers["content-type"] == "application/jsonl"
        lines = "".join(got.iter_text()).splitlines()
    records("\n".join(lines))
    assert len(lines) == len(expected) == 3 * 11 + 2
    for mine, theirs in zip(lines, expected, strict=True):
        if '"kebijakan-asn/error/1"' in theirs:
            a, b = json.loads(mine), json.loads(theirs)
            # the CLI locates the error in its file, the service by line of the body
            assert a["error"] == b["error"].replace(f"{path}:{a['line']}", f"body:{a['line']}")
            assert {**a, "error": ""} == {**b, "error": ""}
        else:
            assert mine == theirs


def test_a_batch_body_larger_than_memory_holds_streams_in_order(client: httpx.Client) -> None:
    """Over 1 MiB the body spills to a temporary file; the answer is the same."""
    body = "".join(json.dumps({**EMPLOYEE, "id": f"pegawai-{i:06d}-" + "x" * 40}) + "\n"
                   for i in range(12_000)).encode()
    assert len(body) > 1 << 20
    with client.stream("POST", "/v1/decide/batch", content=body,
                       params={"from": "2025-03-25", "to": "2025-03-25"}) as got:
        assert got.status_code == 200
        ids = [json.loads(line)["employee"]["id"][:14] for line in got.iter_lines() if line]
    assert ids == [f"pegawai-{i:06d}" for i in range(12_000)]


def test_batch_chain_verifies(client: httpx.Client, tmp_path: Path) -> None:
    body = "\n".join(STAFF[:2])
    got = client.post("/v1/decide/batch", params={"from": "2025-03-24", "to": "2025-03-27",
                                                 "chain": "true"}, content=body)
    rows = records(got.text)
    assert rows[-1]["schema"] == "kebijakan-asn/seal/1"  # the chain ends in its seal
    rows = rows[:-1]
    assert [r["chain"]["index"] for r in rows] == list(range(8))
    out = tmp_path / "chained.jsonl"
    out.write_text(got.text, encoding="utf-8")
    code, _, err = cli("verify", str(out), "--head", rows[-1]["fingerprint"])
    assert code == 0, err
    served = client.post("/v1/verify", params={"head": rows[-1]["fingerprint"]},
                         content=got.text)
    assert {json.loads(x)["verdict"] for x in served.text.splitlines()} == {"reproduced",
                                                                           "sealed"}
    cut = "".join(got.text.splitlines(keepends=True)[:-2])  # the last record removed
    out.write_text(cut, encoding="utf-8")
    _, expected, _ = cli("verify", "--json", "--head", rows[-1]["fingerprint"], str(out))
    served = client.post("/v1/verify", params={"head": rows[-1]["fingerprint"]}, content=cut)
    assert records_of(served.text) == records_of(expected)
    assert "chain-broken" in {json.loads(x)["verdict"] for x in served.text.splitlines()}


def test_batch_bad_range_is_a_400(client: httpx.Client) -> None:
    got = client.post("/v1/decide/batch", params={"from": "2025-03-31", "to": "2025-03-01"},
                      content=STAFF[0])
    assert got.status_code == 400
    assert got.json()["error"].startswith("to: invalid value '2025-03-01'; the range runs "
                                          "backwards")


def test_verify_reports_as_the_cli(client: httpx.Client, tmp_path: Path) -> None:
    good = client.get("/v1/decide", params=QUERY).text
    record = json.loads(good)
    record["arrangement"] = "wfh"
    body = good + json.dumps(record) + "\n" + "{broken\n" + json.dumps(
        {"error": "x", "input": None, "line": 3, "schema": "kebijakan-asn/error/1"},
        separators=(",", ":")) + "\n"
    path = tmp_path / "records.jsonl"
    path.write_text(body, encoding="utf-8")
    _, expected, _ = cli("verify", "--json", str(path))
    got = client.post("/v1/verify", content=body)
    assert got.status_code == 200
    assert records_of(got.text) == records_of(expected)  # the CLI escapes non-ASCII
    assert [json.loads(x)["verdict"] for x in got.text.splitlines()] == [
        "reproduced", "altered", "unreadable", "input-error"]


# ------------------------------------------------------------------------- the rest

@pytest.mark.parametrize(("path", "params", "argv"), [
    ("/v1/policies", {}, ["policies", "--json"]),
    ("/v1/policies", {"jurisdiction": "kab-bekasi", "on": "2025-03-25"},
     ["policies", "--json", "--jurisdiction", "kab-bekasi", "--on", "2025-03-25"]),
    ("/v1/calendar", {"jurisdiction": "kab-bekasi", "year": "2025"},
     ["calendar", "--json", "--jurisdiction", "kab-bekasi", "--year", "2025"]),
    ("/v1/agencies", {"jurisdiction": "prov-jabar"},
     ["agencies", "--json", "--jurisdiction", "prov-jabar"]),
    ("/v1/plugins", {}, ["plugins", "--json"]),
    ("/v1/rulebook", {"jurisdiction": "kab-bekasi"},
     ["rulebook", "--jurisdiction", "kab-bekasi"]),
    ("/v1/rulebook", {"jurisdiction": "kab-bekasi", "format": "html", "lang": "en"},
     ["rulebook", "--jurisdiction", "kab-bekasi", "--format", "html", "--lang", "en"]),
    ("/v1/why-not", {**QUERY, "arrangement": "wfh"},
     ["explain", "--json", "--why-not", "wfh", *[f"--{k}={v}" for k, v in QUERY.items()]]),
    ("/v1/why-not", {**QUERY, "arrangement": "wfh", "format": "text", "lang": "en"},
     ["explain", "--lang", "en", "--why-not", "wfh",
      *[f"--{k}={v}" for k, v in QUERY.items()]]),
    ("/v1/timeline", {**EMPLOYEE, "from": "2025-03-20", "to": "2025-04-10"},
     ["timeline", "--json", "--from", "2025-03-20", "--to", "2025-04-10",
      *[f"--{k}={v}" for k, v in EMPLOYEE.items()]]),
])
def test_endpoints_answer_what_the_cli_prints(
        client: httpx.Client, path: str, params: dict[str, str], argv: list[str]) -> None:
    got = client.get(path, params=params)
    assert got.status_code == 200, got.text
    code, expected, _ = cli(*argv)
    assert code == 0
    assert got.text == expected


@pytest.mark.parametrize(("path", "params", "argv"), [
    ("/v1/calendar", {"jurisdiction": "kab-bekasi", "year": "1900"},
     ["calendar", "--json", "--jurisdiction", "kab-bekasi", "--year", "1900"]),
    ("/v1/agencies", {"jurisdiction": "kab-bekas"},
     ["agencies", "--json", "--jurisdiction", "kab-bekas"]),
    ("/v1/policies", {"jurisdiction": "jabar"}, ["policies", "--jurisdiction", "jabar"]),
    ("/v1/why-not", {**QUERY, "arrangement": "wfx"},
     ["explain", "--why-not", "wfx", *[f"--{k}={v}" for k, v in QUERY.items()]]),
])
def test_endpoint_errors_are_the_cli_messages(
        client: httpx.Client, path: str, params: dict[str, str], argv: list[str]) -> None:
    got = client.get(path, params=params)
    message = cli_error(*argv)
    for option in ("--year", "--jurisdiction", "--why-not"):
        message = message.replace(option, option[2:])
    if path == "/v1/why-not":  # the parameter is named for what it holds
        got_message = got.json()["error"]
        assert got.status_code == 400
        assert got_message.removeprefix("arrangement") == message.removeprefix("why-not")
        return
    assert got.status_code == 400
    assert got.json() == {"error": message}


def test_health_reports_the_ruleset_of_the_records(client: httpx.Client) -> None:
    health = client.get("/v1/health").json()
    record = json.loads(client.get("/v1/decide", params=QUERY).text)
    assert health["status"] == "ok"
    assert health["ruleset"] == record["ruleset"]
    assert sorted(p["name"] for p in health["ruleset"]["plugins"]) == sorted(PLUGINS)


def test_openapi_lists_every_endpoint_and_parameter(client: httpx.Client) -> None:
    doc = client.get("/openapi.json").json()
    assert doc["openapi"].startswith("3.1")
    for e in ENDPOINTS:
        op = doc["paths"][e.path][e.method.lower()]
        assert [p["name"] for p in op["parameters"]] == [p.name for p in e.params]
    for pinned in ("/v1/decide", "/v1/decide/batch", "/v1/health"):
        assert pinned in doc["paths"]
    assert set(doc["paths"]["/v1/decide"]) == {"get", "post"}


def test_openapi_document_is_valid() -> None:
    validator = pytest.importorskip("openapi_spec_validator")
    from kebijakan_asn.server import openapi_document

    validator.validate(openapi_document(ENDPOINTS, token=True))  # with the security scheme


def test_docs_page_loads_nothing_from_the_network(client: httpx.Client) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "<script" not in page.text
    links = re.findall(r'(?:src|href)="([^"]*)"', page.text)
    assert links and all(link.startswith("/") for link in links)
    for e in ENDPOINTS:
        assert f"<code>{e.path}</code>" in page.text
    assert client.get("/", follow_redirects=False).headers["location"] == "/docs"


def test_schemas_are_served(client: httpx.Client) -> None:
    from kebijakan_asn import schemas

    for name, file in schemas.FILES.items():
        assert client.get(f"/v1/schemas/{file}").json() == schemas.load(name)


def test_concurrent_clients_get_their_own_answers(server: Running,
                                                  resolver: Resolver) -> None:
    days = [dt.date(2025, 3, 17) + dt.timedelta(days=i) for i in range(25)]
    agencies = ["bappeda", "dinkes", "bpbd", "setda"]
    expected = {(a, d): resolver.decide(Employee(jurisdiction="kab-bekasi", agency=a,
                                                 position="pelaksana"), d).to_json() + "\n"
                for a in agencies for d in days}
    failures: list[str] = []

    def worker(n: int) -> None:
        with httpx.Client(base_url=server.url, timeout=30) as c:
            for i in range(50):
                agency, day = agencies[(n + i) % 4], days[(n * 7 + i) % 25]
                got = c.get("/v1/decide", params={**EMPLOYEE, "agency": agency,
                                                  "date": day.isoformat()})
                if got.text != expected[agency, day]:
                    failures.append(f"{n}/{i}: {got.status_code} {got.text[:80]}")

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert failures == []


# ------------------------------------------------------------------------- limits, token

@pytest.fixture(scope="module")
def small(resolver: Resolver) -> Iterator[httpx.Client]:
    limits = Limits(max_body=4096, max_batch=40, max_json=512)
    with Running(create_app(resolver, limits=limits, token="s3cret")) as running, \
            httpx.Client(base_url=running.url, timeout=30,
                         headers={"Authorization": "Bearer s3cret"}) as c:
        yield c


def test_bodies_and_batches_are_bounded(small: httpx.Client) -> None:
    big = small.post("/v1/decide/batch", params={"from": "2025-03-24", "to": "2025-03-24"},
                     content=(STAFF[0] + "\n") * 200)
    assert big.status_code == 413
    assert big.json()["error"].startswith("body: ") and "limit of 4096 bytes" in \
        big.json()["error"]

    def chunked() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        for _ in range(200):
            yield (STAFF[0] + "\n").encode()

    streamed = small.post("/v1/decide/batch", params={"from": "2025-03-24",
                                                     "to": "2025-03-24"}, content=chunked())
    assert streamed.status_code == 413
    many = small.post("/v1/decide/batch", params={"from": "2025-03-24", "to": "2025-03-27"},
                      content="\n".join([STAFF[0]] * 11))
    assert many.status_code == 413
    assert "11 employees × 4 days is more than the limit of 40" in many.json()["error"]
    fits = small.post("/v1/decide/batch", params={"from": "2025-03-24", "to": "2025-03-27"},
                      content="\n".join([STAFF[0]] * 10))
    assert fits.status_code == 200 and len(records(fits.text)) == 40
    long = small.get("/v1/timeline", params={**EMPLOYEE, "from": "2025-01-01",
                                             "to": "2025-12-31"})
    assert long.status_code == 413
    one = small.post("/v1/decide", params={"date": "2025-03-25"},
                     json={**EMPLOYEE, "id": "x" * 600})
    assert one.status_code == 413


def test_the_token_guards_all_but_health_and_the_contract(small: httpx.Client) -> None:
    url = str(small.base_url)
    with httpx.Client(base_url=url, timeout=30) as anonymous:
        refused = anonymous.get("/v1/decide", params=QUERY)
        assert refused.status_code == 401
        assert refused.headers["www-authenticate"].startswith("Bearer")
        assert "bearer token" in refused.json()["error"]
        wrong = anonymous.get("/v1/decide", params=QUERY,
                              headers={"Authorization": "Bearer s3cre"})
        assert wrong.status_code == 401
        assert wrong.json() == {"error": "authorization: the bearer token is not valid"}
        for path in ("/v1/health", "/openapi.json", "/docs", "/v1/schemas/decision-1.json"):
            assert anonymous.get(path).status_code == 200, path
        doc = anonymous.get("/openapi.json").json()
        assert doc["paths"]["/v1/decide"]["get"]["security"] == [{"bearer": []}]
    assert small.get("/v1/decide", params=QUERY).status_code == 200


class Broken(Resolver):
    def decide(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret internals")


def test_an_internal_error_is_a_500_with_an_id_and_no_traceback(
        caplog: pytest.LogCaptureFixture) -> None:
    with Running(create_app(Broken(allow=PLUGINS))) as running, \
            httpx.Client(base_url=running.url, timeout=30) as c:
        got = c.get("/v1/decide", params=QUERY)
        assert got.status_code == 500
        body = got.json()
        assert set(body) == {"error", "id"}
        assert body["id"] in body["error"]
        assert "secret internals" not in got.text and "Traceback" not in got.text
        streamed = c.post("/v1/decide/batch", params={"from": "2025-03-24",
                                                     "to": "2025-03-24"}, content=STAFF[0])
        assert streamed.status_code == 200  # the answer had started: the stream says it
        last = records(streamed.text)[-1]
        assert last["schema"] == "kebijakan-asn/error/1"
        assert last["error"].startswith("internal error (a bug in kebijakan-asn), reference ")
        assert "secret internals" not in streamed.text
    assert body["id"] in caplog.text and "secret internals" in caplog.text


def test_graceful_shutdown_finishes_a_streamed_batch(resolver: Resolver) -> None:
    people = [json.dumps({**EMPLOYEE, "id": f"p{i}"}) for i in range(150)]
    running = Running(create_app(resolver))
    with running, httpx.Client(base_url=running.url, timeout=30) as c:
        with c.stream("POST", "/v1/decide/batch",
                      params={"from": "2025-03-01", "to": "2025-03-31"},
                      content="\n".join(people)) as got:
            chunks = got.iter_bytes()
            received = next(chunks)
            running.server.should_exit = True  # as on SIGTERM, mid-stream
            for chunk in chunks:
                received += chunk
        lines = received.decode().splitlines()
        assert len(lines) == 150 * 31
        assert json.loads(lines[-1])["employee"]["id"] == "p149"
        running.thread.join(10)
        assert not running.thread.is_alive()
        with pytest.raises(httpx.TransportError):
            httpx.get(f"{running.url}/v1/health", timeout=2)


# ------------------------------------------------------------------------- the command

def test_serve_without_the_extra_says_how_to_install_it() -> None:
    code = ("import sys; sys.modules['uvicorn'] = None\n"
            "from kebijakan_asn import _cli\n"
            "sys.exit(_cli.main(['serve']))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 2
    assert done.stderr == ('kebijakan-asn: error: serve needs the server extra: '
                           'pip install "kebijakan-asn[server]"\n')
    assert done.stdout == ""


def serve_command(*options: str) -> contextlib.AbstractContextManager[str]:
    """``kebijakan-asn --plugins … serve OPTIONS…`` in a process of its own (the console
    script where it is installed), stopped cleanly at the end."""
    exe = Path(sys.executable).with_name("kebijakan-asn")
    return serving(*options, plugins=PLUGINS, command=[str(exe)] if exe.exists() else None)


def test_done_when_serve_answers_curl_and_verify_accepts_it(tmp_path: Path) -> None:
    """ISSUE 13: `kebijakan-asn serve` serves a decision that curl fetches and whose
    fingerprint `kebijakan-asn verify` accepts."""
    out = tmp_path / "decision.jsonl"
    with serve_command() as url:
        health = httpx.get(f"{url}/v1/health").json()
        assert sorted(p["name"] for p in health["ruleset"]["plugins"]) == sorted(PLUGINS)
        query = "&".join(f"{k}={v}" for k, v in QUERY.items())
        if shutil.which("curl"):
            subprocess.run(["curl", "-sSf", "-o", str(out), f"{url}/v1/decide?{query}"],
                           check=True, timeout=30)
        else:  # pragma: no cover - machines without curl
            out.write_bytes(httpx.get(f"{url}/v1/decide?{query}").content)
    records(out.read_text(encoding="utf-8"))
    code, _, err = cli("verify", str(out))
    assert code == 0
    assert err == "kebijakan-asn: 1 records: 1 reproduced\n"


@pytest.mark.skipif(shutil.which("curl") is None, reason="needs curl")
def test_curl_examples_of_the_docs_page_run(server: Running, tmp_path: Path) -> None:
    """Every ```console block of docs/server.md starting with ``$ curl`` runs against a
    live server; the lines after it, where given, are its exact output."""
    page = (ROOT / "docs" / "server.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```console\n(.*?)^```", page, re.M | re.S)
    ran = 0
    for block in blocks:
        lines = block.rstrip("\n").split("\n")
        if not lines[0].startswith("$ curl "):
            continue
        command = lines[0][2:].replace("http://127.0.0.1:8000", server.url)
        done = subprocess.run(shlex.split(command), capture_output=True, text=True,
                              timeout=30, cwd=ROOT, env={**os.environ, "LC_ALL": "C"})
        assert done.returncode == 0, (command, done.stderr)
        expected = "\n".join(lines[1:])
        if expected:
            assert done.stdout.rstrip("\n") == expected, command
        for line in done.stdout.splitlines():
            if line.startswith('{"arrangement"') or '"kebijakan-asn/error/1"' in line:
                collect_record(line)
        ran += 1
    assert ran >= 3


def test_serve_with_workers_and_a_token_file(tmp_path: Path) -> None:
    token = tmp_path / "token"
    token.write_text("rahasia-123\n", encoding="utf-8")
    with serve_command("--workers", "2", "--token-file", str(token), "--max-batch", "5"
                       ) as url:
        assert httpx.get(f"{url}/v1/decide", params=QUERY).status_code == 401
        auth = {"Authorization": "Bearer rahasia-123"}
        with httpx.Client(base_url=url, headers=auth, timeout=30) as c:
            answers = {c.get("/v1/decide", params=QUERY).text for _ in range(10)}
            assert len(answers) == 1  # every worker gives the same bytes
            records(answers.pop())
            too_many = c.post("/v1/decide/batch", params={"from": "2025-03-24",
                                                         "to": "2025-03-29"},
                              content=STAFF[0])
            assert too_many.status_code == 413


def test_serving_a_server_that_fails_to_start_says_why() -> None:
    with pytest.raises(ServeError) as failed, serving("--workers", "0", plugins=PLUGINS):
        pytest.fail("the block ran")
    assert str(failed.value).startswith("kebijakan-asn serve exited with status 2 before "
                                        "answering on http://127.0.0.1:")
    assert str(failed.value).endswith("; its output:\nkebijakan-asn: error: serve: --workers "
                                      "0: expected 1 to 64")


def test_serving_gives_up_after_the_timeout_and_stops_the_process() -> None:
    started = time.monotonic()
    silent = [sys.executable, "-c", "import time; print('ready?', flush=True); time.sleep(60)"]
    with pytest.raises(ServeError, match=r"^kebijakan-asn serve did not answer on "
                                         r"http://127\.0\.0\.1:\d+ within 1 s; its output:\n"
                                         r"ready\?$"), serving(command=silent, timeout=1):
        pytest.fail("the block ran")
    assert time.monotonic() - started < 20  # stopped, not waited for


# A stand-in for the server: answers every request (404), and logs a traceback first.
FAULTY = ("import http.server as h, sys\n"
          "print('Traceback (most recent call last):', flush=True)\n"
          "port = int(sys.argv[sys.argv.index('--port') + 1])\n"
          "h.HTTPServer(('127.0.0.1', port), h.BaseHTTPRequestHandler).serve_forever()\n")


def test_serving_fails_a_server_that_logged_a_traceback() -> None:
    with pytest.raises(ServeError, match=r"serve on http://127\.0\.0\.1:\d+ logged a "
                                         r"traceback; its output:\nTraceback"), \
            serving(command=[sys.executable, "-c", FAULTY]) as url:
        assert url.startswith("http://127.0.0.1:")
    # …but an error of the test itself is not hidden by it.
    with pytest.raises(ZeroDivisionError), serving(command=[sys.executable, "-c", FAULTY]):
        1 / 0  # noqa: B018


@pytest.mark.parametrize(("options", "message"), [
    (["--max-body", "0"], "serve: --max-body 0: expected a whole number from 1"),
    (["--workers", "0"], "serve: --workers 0: expected 1 to 64"),
    (["--token-file", "/nonexistent/token"], "--token-file: invalid value "
                                             "'/nonexistent/token'; cannot read it"),
])
def test_serve_options_are_checked_before_it_listens(options: list[str], message: str) -> None:
    code, _, err = cli("serve", *options)
    assert code == 2
    assert err.startswith(f"kebijakan-asn: error: {message}")


def test_app_from_env_reads_and_checks_its_variables(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    from kebijakan_asn import ValidationError
    from kebijakan_asn.server import app_from_env

    monkeypatch.setenv("KEBIJAKAN_ASN_PLUGINS", ",".join(PLUGINS))
    monkeypatch.setenv("KEBIJAKAN_ASN_SERVER_MAX_BODY", "lots")
    with pytest.raises(ValidationError, match="KEBIJAKAN_ASN_SERVER_MAX_BODY: invalid value "
                                              "'lots'; expected a whole number from 1"):
        app_from_env()
    monkeypatch.setenv("KEBIJAKAN_ASN_SERVER_MAX_BODY", "100")
    token = tmp_path / "token"
    token.write_text("t0k3n\n", encoding="utf-8")
    monkeypatch.setenv("KEBIJAKAN_ASN_SERVER_TOKEN_FILE", str(token))
    with Running(app_from_env()) as running:
        big = httpx.post(f"{running.url}/v1/verify", content=b"x" * 101,
                         headers={"Authorization": "Bearer t0k3n"})
        assert big.status_code == 413
        assert httpx.get(f"{running.url}/v1/plugins").status_code == 401


# ---------------------------------------------------------------------------- rosters

TAHAP_2 = "prov-jabar/2025-wfh-tahap-2"
JABAR = [{"id": f"JB-{i:02}", "jurisdiction": "prov-jabar", "agency": agency,
          "position": "pelaksana"}
         for i, agency in enumerate(["bappeda"] * 5 + ["bkd"] * 3 + ["rsud-al-ihsan"], 1)]


def test_roster_plan_is_the_cli_roster_and_checks_clean(
        client: httpx.Client, tmp_path: Path) -> None:
    source = tmp_path / "pegawai.jsonl"
    source.write_text("".join(json.dumps(e) + "\n" for e in JABAR), encoding="utf-8")
    out = tmp_path / "jadwal.csv"
    window = {"from": "2025-12-02", "to": "2025-12-05"}
    code, _, _ = cli("roster", "plan", "--input", str(source), "--policy", TAHAP_2,
                     "--from", window["from"], "--to", window["to"], "--output", str(out))
    assert code == 0
    got = client.post("/v1/roster/plan", params={"policy": TAHAP_2, **window},
                      content=source.read_bytes())
    assert got.status_code == 200, got.text
    plan = got.json()
    rows = [f"{r['id']},{r['date']},{r['arrangement']}" for r in plan["roster"]]
    assert ["id,date,arrangement", *rows] == out.read_text(encoding="utf-8").splitlines()
    assert plan["quota"] == "paling banyak 50% pegawai setiap perangkat daerah"
    assert not any(r["id"] == "JB-09" for r in plan["roster"])  # RSUD: direct service
    check = client.post("/v1/roster/check", json={"employees": JABAR, "roster": plan["roster"]})
    assert check.status_code == 200, check.text
    assert check.json()["ok"] is True
    assert check.json()["fingerprint"] == plan["fingerprint"]


def test_roster_check_names_each_violation_as_the_cli(client: httpx.Client) -> None:
    roster = [{"id": f"JB-0{i}", "date": "2025-12-03", "arrangement": "wfh"}
              for i in range(1, 5)]                                        # 4 of 5: cap 2
    roster += [{"id": "JB-09", "date": "2025-12-03", "arrangement": "wfh"},   # RSUD
               {"id": "JB-99", "date": "2025-12-03", "arrangement": "wfh"}]   # unknown id
    got = client.post("/v1/roster/check", params={"lang": "en"},
                      json={"employees": JABAR, "roster": roster})
    assert got.status_code == 200, got.text
    report = got.json()
    assert report["ok"] is False
    kinds = [v["kind"] for v in report["violations"]]
    assert kinds == ["ineligible", "unknown-id", "over-quota"]
    over = report["violations"][-1]
    assert (over["unit"], over["count"], over["cap"], over["headcount"]) == ("bappeda", 4, 2, 5)
    assert "serves the public directly" in report["violations"][0]["message"]
    bad = client.post("/v1/roster/check", json={"employees": JABAR, "roster": [
        {"id": "JB-01", "date": "2025-12-32", "arrangement": "wfh"}]})
    assert bad.status_code == 400
    assert "2025-12-32" in bad.json()["error"]
    assert client.post("/v1/roster/check", json=[]).status_code == 400
