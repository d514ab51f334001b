"""Columnar decisions: a table of employees over dates, without an object per row.

Install the extra: ``pip install "kebijakan-asn[frame]"`` (pandas), or
``"kebijakan-asn[dask]"`` for :func:`decide_dask`.

* :func:`decide_frame` decides a pandas ``DataFrame`` (or an Arrow table) of
  employees on every date and returns one row per employee and date.
* :func:`to_frame` turns :class:`~kebijakan_asn.Decision` objects (from
  :meth:`Resolver.decide_many <kebijakan_asn.Resolver.decide_many>`) into the
  same columns, so the two can be compared.
* :func:`decide_dask` does :func:`decide_frame` partition by partition on a
  Dask DataFrame.

Input columns are those of ``kebijakan-asn decide --input``: ``jurisdiction``,
``agency``, ``position`` (required), ``id``, ``nip``, ``status`` (default
``pns``), ``direct_service`` (default false), ``rotation_group`` and one
``fact:NAME`` column per fact; a missing value means the default.

Output columns, in this order:

``id``
    the employee id (``string``; ``<NA>`` where none was given)
``date``
    the date (``datetime64[s]``)
``arrangement``
    ``wfo``, ``wfh``, ``wfa`` or ``libur`` (categorical)
``permitted``
    the permitted arrangements, sorted, joined with ``,`` (categorical)
``conditions``
    the condition codes, sorted and unique, joined with ``,`` (categorical)
``policies``
    the ids of the policies the decision rests on, in the order of its basis,
    joined with ``,`` (categorical)
``fingerprint``
    the fingerprint of the employee's decision record (``string``; only with
    ``fingerprints=True``)

Rows come employee by employee in input order, then date by date in the order
given.  The result of :func:`decide_frame` keeps the input's index labels,
each repeated once per date, so it joins back to the input.

How it stays columnar: the key columns are factorised, each distinct
combination is decided once per date (the resolver shares that work further
between employees the rules in force cannot tell apart), and every output
column is a ``take`` of those few outcomes.  Only the fingerprint, which
covers each employee's own id and NIP, is computed row by row, from a hash
state shared by all the rows of one outcome.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ._canonical import canonical_json
from ._codes import Position, Status
from ._decision import Decision, Outcome
from ._errors import KebijakanError, ValidationError
from ._model import Employee, parse_code
from ._nip import check_pppk_number, parse_nip
from ._resolver import _NOTHING, DateLike, Resolver, _Plan, as_date
from ._ruleset import RuleSet
from ._serial import RecordEncoder, employee_json, json_string
from ._version import __version__

try:
    import numpy as np
    import pandas as pd
except ImportError as exc:  # pragma: no cover - exercised without the extra
    raise ImportError(
        "kebijakan_asn.frame needs pandas: pip install 'kebijakan-asn[frame]'"
    ) from exc

if TYPE_CHECKING:  # pragma: no cover
    import dask.dataframe as dd

__all__ = ["COLUMNS", "INPUT_COLUMNS", "decide_dask", "decide_frame", "to_frame"]

COLUMNS = ("id", "date", "arrangement", "permitted", "conditions", "policies", "fingerprint")
"""The output columns (``fingerprint`` only when asked for)."""

INPUT_COLUMNS = ("id", "nip", "jurisdiction", "agency", "position", "status",
                 "direct_service", "rotation_group")
"""The input columns besides ``fact:NAME``."""

_CATEGORICAL = ("arrangement", "permitted", "conditions", "policies")
_TRUE = {"true", "1", "ya", "yes", "y", "benar"}
_FALSE = {"false", "0", "tidak", "no", "n", "salah", ""}


# --------------------------------------------------------------------------- summaries


def _summary(outcome: Outcome) -> tuple[str, str, str, str]:
    """The categorical values of an outcome: arrangement, permitted, conditions, policies."""
    return (
        outcome.arrangement.value,
        ",".join(a.value for a in outcome.permitted),
        ",".join(sorted({c.code.value for c in outcome.conditions})),
        ",".join(b.policy for b in outcome.basis),
    )


def _categorical(values: Sequence[str], codes: Any) -> pd.Categorical:
    """A categorical column: *values* are the values of the codes 0…k-1."""
    order = sorted(set(values))
    where = {v: i for i, v in enumerate(order)}
    narrow = np.int8 if len(order) < 127 else np.int16 if len(order) < 32_000 else np.int32
    remap = np.array([where[v] for v in values], dtype=narrow)
    dtype = pd.CategoricalDtype(pd.Index(order, dtype="string"))
    return pd.Categorical.from_codes(remap[codes] if len(remap) else codes, dtype=dtype,
                                     validate=False)


def _dates(days: Sequence[dt.date]) -> Any:
    return np.array([d.isoformat() for d in days], dtype="datetime64[D]").astype(
        "datetime64[s]")


def _frame(ids: Any, dates: Any, summaries: Sequence[tuple[str, str, str, str]],
           codes: Any, fingerprints: Sequence[str] | None, index: Any = None
           ) -> pd.DataFrame:
    data: dict[str, Any] = {
        "id": ids if isinstance(ids, pd.api.extensions.ExtensionArray)
        else pd.array(ids, dtype="string"),
        "date": dates,
    }
    for k, name in enumerate(_CATEGORICAL):
        data[name] = _categorical([s[k] for s in summaries], codes)
    if fingerprints is not None:
        data["fingerprint"] = pd.array(fingerprints, dtype="string")
    return pd.DataFrame(data, index=index, copy=False)


def to_frame(decisions: Iterable[Decision], *, fingerprints: bool = True) -> pd.DataFrame:
    """The columns of :func:`decide_frame` for *decisions* (one row each, in order)."""
    ids: list[str | None] = []
    days: list[dt.date] = []
    codes: list[int] = []
    seen: dict[int, int] = {}
    outcomes: list[Outcome] = []
    prints: list[str] | None = [] if fingerprints else None
    encoder = RecordEncoder()
    for d in decisions:
        ids.append(d.employee.id)
        days.append(d.date)
        k = seen.get(id(d.outcome))
        if k is None:
            k = seen[id(d.outcome)] = len(outcomes)
            outcomes.append(d.outcome)
        codes.append(k)
        if prints is not None:
            prints.append(encoder.fingerprint(d))
    summaries = [_summary(o) for o in outcomes]
    return _frame(np.array(ids, dtype=object), _dates(days), summaries,
                  np.array(codes, dtype=np.int64), prints)


# --------------------------------------------------------------------------- input


def _as_pandas(employees: Any) -> pd.DataFrame:
    if isinstance(employees, pd.DataFrame):
        return employees
    to_pandas = getattr(employees, "to_pandas", None)
    if callable(to_pandas):  # a pyarrow Table or RecordBatch
        frame = to_pandas()
        if isinstance(frame, pd.DataFrame):
            return frame
    raise ValidationError("employees", type(employees).__name__,
                          "expected a pandas DataFrame or an Arrow table")


def _bool(value: object, field: str) -> bool:
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise ValidationError(field, value, "expected true or false (also 1/0, ya/tidak, yes/no)")


def _text(value: object) -> str:
    return value if isinstance(value, str) else str(value)


class _Column:
    """One input column, factorised: a code per row and the distinct values."""

    __slots__ = ("codes", "name", "values")

    def __init__(self, name: str, series: pd.Series | None, index: pd.Index,
                 convert: Callable[[object], object], default: object) -> None:
        self.name = name
        if series is None:
            self.codes: Any = np.zeros(len(index), dtype=np.int64)
            self.values: list[object] = [default]
            return
        codes, uniques = pd.factorize(series, use_na_sentinel=True)
        codes = codes.astype(np.int64, copy=False)
        raw = uniques.tolist()
        if (codes < 0).any():  # missing values take the default
            codes = np.where(codes < 0, len(raw), codes)
            raw.append(None)
        self.codes = codes
        first = _first_rows(codes, len(raw))
        self.values = []
        for u, value in enumerate(raw):
            if value is None or value is pd.NA or (isinstance(value, float) and value != value):
                if default is _REQUIRED:
                    raise ValidationError(name, None, "this field is required").at(
                        f"row {index[int(first[u])]!r}")
                self.values.append(default)
                continue
            try:
                self.values.append(convert(value))
            except ValidationError as exc:
                raise exc.at(f"row {index[int(first[u])]!r}") from None


def _first_rows(codes: Any, size: int) -> Any:
    """For each code 0…size-1, the first row holding it."""
    first: Any = np.full(size, -1, dtype=np.int64)
    first[codes[::-1]] = np.arange(len(codes) - 1, -1, -1)
    return first


_REQUIRED = object()


def _group_name(value: object) -> str:
    text = _text(value)
    Employee("x", "x", Position.PELAKSANA, rotation_group=text)  # the same validator
    return text


def _columns(df: pd.DataFrame, resolver: Resolver) -> list[_Column]:
    """The key columns, each distinct value checked as :class:`Employee` checks it."""
    rs = resolver.ruleset
    facts: list[str] = []
    for name in (str(c) for c in df.columns):
        if name.startswith("fact:"):
            facts.append(name[5:])
        elif name not in INPUT_COLUMNS:
            raise ValidationError.invalid("column", name, [*INPUT_COLUMNS, "fact:NAME"],
                                          "unknown field; expected")
    for fact in facts:
        if fact not in rs.facts:
            raise ValidationError.invalid("facts", fact, rs.facts, "undeclared fact; expected")
    index = df.index

    def get(name: str) -> pd.Series | None:
        return df[name] if name in df.columns else None

    def fact_value(name: str) -> Callable[[object], object]:
        return lambda v: _bool(v, f"fact:{name}")

    cols = [
        _Column("jurisdiction", get("jurisdiction"), index, _text, _REQUIRED),
        _Column("agency", get("agency"), index, _text, _REQUIRED),
        _Column("position", get("position"), index,
                lambda v: parse_code(Position, v, "position"), _REQUIRED),
        _Column("status", get("status"), index,
                lambda v: parse_code(Status, v, "status"), Status.PNS),
        _Column("direct_service", get("direct_service"), index,
                lambda v: _bool(v, "direct_service"), False),
        _Column("rotation_group", get("rotation_group"), index, _group_name, None),
    ]
    cols += [_Column(f"fact:{f}", df[f"fact:{f}"], index, fact_value(f), None) for f in facts]
    # Every distinct (jurisdiction, agency) must be in the rule set.
    jur, agency = cols[0], cols[1]
    pairs, uniques = pd.factorize(jur.codes * len(agency.values) + agency.codes)
    for row in _first_rows(pairs, len(uniques)).tolist():
        try:
            resolver.check(Employee(str(jur.values[jur.codes[row]]),
                                    str(agency.values[agency.codes[row]]), Position.PELAKSANA))
        except ValidationError as exc:
            raise exc.at(f"row {index[row]!r}") from None
    return cols


def _employee(cols: list[_Column], row: int) -> Employee:
    """The employee of *row* without id and NIP (its key values are all checked)."""
    v = [c.values[int(c.codes[row])] for c in cols]
    facts = {c.name[5:]: value for c, value in zip(cols[6:], v[6:], strict=True)
             if value is not None}
    return Employee(jurisdiction=v[0], agency=v[1], position=v[2],  # type: ignore[arg-type]
                    status=v[3], direct_service=v[4],  # type: ignore[arg-type]
                    rotation_group=v[5], facts=facts)  # type: ignore[arg-type]


def _text_column(df: pd.DataFrame, name: str) -> pd.Series:
    """The *name* column (``id`` or ``nip``) as ``string`` (``<NA>`` where missing),
    each value a non-empty text."""
    if name not in df.columns:
        return pd.Series(pd.array([None] * len(df), dtype="string"))
    series = df[name]
    if not isinstance(series.dtype, pd.StringDtype):
        present = series.notna()
        if not series[present].map(lambda v: isinstance(v, str)).all():
            series = series.map(_text, na_action="ignore")
    series = series.astype("string").reset_index(drop=True)
    blank = (series.str.strip() == "").fillna(False).to_numpy(dtype=bool)
    if blank.any():
        row = int(np.argmax(blank))
        raise ValidationError(name, series[row], "expected a non-empty text or nothing").at(
            f"row {df.index[row]!r}")
    return series


def _digit_rows(nips: pd.Series, present: Any) -> tuple[Any, Any] | None:
    """The rows whose value is 18 ASCII digits, and those digits (an ``m × 18``
    integer matrix), read straight from the Arrow buffers; ``None`` when the
    column is not Arrow-backed."""
    try:
        import pyarrow as pa
    except ImportError:  # pragma: no cover - pandas without pyarrow
        return None
    try:
        arr = pa.array(nips.array)
    except (TypeError, ValueError, pa.ArrowException):  # pragma: no cover
        return None
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    if pa.types.is_large_string(arr.type):
        width = np.int64
    elif pa.types.is_string(arr.type):
        width = np.int32
    else:  # pragma: no cover - string views and the like
        return None
    offsets = np.frombuffer(arr.buffers()[1], dtype=width)[arr.offset:arr.offset + len(arr) + 1]
    data = np.frombuffer(arr.buffers()[2] or b"", dtype=np.uint8)
    rows = np.flatnonzero(present & (np.diff(offsets) == 18))
    raw = data[offsets[:-1][rows][:, None] + np.arange(18)]
    digits = ((raw >= 48) & (raw <= 57)).all(axis=1)
    return rows[digits], raw[digits].astype(np.int64) - 48


_DAYS_IN_MONTH = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])


def _number(d: Any, a: int, b: int) -> Any:
    """The decimal number in digit columns a…b-1 of *d*."""
    return d[:, a:b] @ (10 ** np.arange(b - a - 1, -1, -1, dtype=np.int64))


def _check_nips(df: pd.DataFrame, nips: pd.Series, cols: list[_Column]) -> None:
    """Check every NIP as :class:`~kebijakan_asn.Employee` does.  Columnar: the
    rows that pass the vectorised test are valid; the others (and every row
    when the column is not Arrow-backed) are checked one by one, and the first
    that really fails is reported."""
    present = nips.notna().to_numpy(dtype=bool)
    if not present.any():
        return
    status_col = cols[3]
    status = np.array([str(x) for x in status_col.values], dtype=object)[status_col.codes]
    ok: Any = np.zeros(len(present), dtype=bool)
    found = _digit_rows(nips, present)
    if found is not None:
        rows, d = found
        kind = status[rows]
        ok[rows[kind == Status.PPPK.value]] = True
        pns = kind == Status.PNS.value
        rows, d = rows[pns], d[pns]
        year, month, day = _number(d, 0, 4), _number(d, 4, 6), _number(d, 6, 8)
        leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
        month_ok = (month >= 1) & (month <= 12)
        last = _DAYS_IN_MONTH[np.where(month_ok, month, 0)] + ((month == 2) & leap)
        start_year, start_month = _number(d, 8, 12), _number(d, 12, 14)
        good = ((year >= 1) & month_ok & (day >= 1) & (day <= last)
                & (start_month >= 1) & (start_month <= 12)
                & (start_year * 100 + start_month > year * 100 + month)
                & ((d[:, 14] == 1) | (d[:, 14] == 2)) & (_number(d, 15, 18) > 0))
        ok[rows[good]] = True
    for row in np.flatnonzero(present & ~ok).tolist():
        value = str(nips[row])
        try:
            if status[row] == Status.PNS.value:
                parse_nip(value)
            elif status[row] == Status.PPPK.value:
                check_pppk_number(value)
            else:
                raise ValidationError("nip", value, "non-ASN staff have no NIP; "
                                      "identify them with id instead")
        except ValidationError as exc:
            raise exc.at(f"row {df.index[row]!r}") from None


# --------------------------------------------------------------------------- deciding

_ID = "\x00kebijakan-asn:id\x00"
_NIP = "\x00kebijakan-asn:nip\x00"


def _employee_parts(rep: Employee) -> tuple[str, str, str] | None:
    """The canonical JSON of *rep*'s employee part, cut where the id and NIP go."""
    data = rep.to_dict()
    data["id"], data["nip"] = _ID, _NIP
    text = canonical_json(data)
    qi, qn = json_string(_ID), json_string(_NIP)
    if text.count(qi) != 1 or text.count(qn) != 1 or text.index(qi) > text.index(qn):
        return None
    a, _, rest = text.partition(qi)
    b, _, c = rest.partition(qn)
    return a, b, c


def decide_frame(resolver: Resolver, employees: Any, dates: Iterable[DateLike], *,
                 include_drafts: bool = False, fingerprints: bool = True) -> pd.DataFrame:
    """Decide every employee of the table *employees* on every date in *dates*.

    Returns the columns described in :mod:`kebijakan_asn.frame`, equal to
    ``to_frame(resolver.decide_many(...))`` for the same employees.  Raises
    :class:`~kebijakan_asn.ValidationError` naming the row, the field and
    the value for input the rule set does not know.
    """
    df = _as_pandas(employees)
    days = [as_date(d) for d in dates]
    cols = _columns(df, resolver)
    n, width = len(df), len(days)
    ids = _text_column(df, "id")
    nips = _text_column(df, "nip")
    _check_nips(df, nips, cols)
    if n == 0 or width == 0:
        return _frame(ids.array[:0], _dates([]), [], np.zeros(0, dtype=np.int64),
                      [] if fingerprints else None, index=df.index[:0])
    table, outcomes = _decide_columns(resolver, cols, days, include_drafts)
    prints: list[str] | None = None
    if fingerprints:
        prints = _fingerprints(resolver, cols, days, include_drafts, table, outcomes,
                               ids.to_numpy(dtype=object, na_value=None),
                               nips.to_numpy(dtype=object, na_value=None))
    return _frame(ids.array.take(np.repeat(np.arange(n), width)), np.tile(_dates(days), n),
                  [_summary(o) for o in outcomes], table.reshape(-1), prints,
                  index=df.index.repeat(width))


def _decide_columns(resolver: Resolver, cols: list[_Column], days: list[dt.date],
                    include_drafts: bool) -> tuple[Any, list[Outcome]]:
    """The outcome index of every row (employee) and date, and the outcomes.

    Date by date and jurisdiction by jurisdiction, the rows are grouped by
    the columns the rules in force that day can read (the resolver's plan:
    none on a non-working day), and each group is decided once, for its
    first row, by the resolver's shared memo.
    """
    n = len(cols[0].codes)
    table: Any = np.empty((n, len(days)), dtype=np.int32)
    seen: dict[int, int] = {}
    outcomes: list[Outcome] = []
    reps: dict[int, Employee] = {}
    fact_cols = [(c.name[5:], c) for c in cols[6:]]

    def features_of(row: int, plan: _Plan) -> tuple[object, ...]:
        facts = {name: c.values[c.codes[row]] for name, c in fact_cols}
        return plan.features(
            cols[1].values[cols[1].codes[row]], cols[3].values[cols[3].codes[row]],
            cols[2].values[cols[2].codes[row]], cols[4].values[cols[4].codes[row]],
            cols[5].values[cols[5].codes[row]], lambda name: bool(facts.get(name)))

    def index_of(jurisdiction: str, row: int, day: dt.date,
                 features: tuple[object, ...]) -> int:
        def employee() -> Employee:
            made = reps.get(row)
            if made is None:
                made = reps[row] = _employee(cols, row)
            return made

        outcome = resolver._shared_outcome(jurisdiction, day, include_drafts, features,
                                           employee)
        k = seen.get(id(outcome))
        if k is None:
            k = seen[id(outcome)] = len(outcomes)
            outcomes.append(outcome)
        return k

    jur = cols[0]
    members = [np.flatnonzero(jur.codes == u) for u in range(len(jur.values))]
    groupings: dict[tuple[int, int], tuple[Any, list[int], list[tuple[object, ...]]]] = {}
    for j, day in enumerate(days):
        for u, rows in enumerate(members):
            if not len(rows):
                continue
            code = str(jur.values[u])
            plan = resolver._plan(code, day, include_drafts)
            if plan is _NOTHING:
                table[rows, j] = index_of(code, int(rows[0]), day, ())
                continue
            grouping = groupings.get((u, id(plan)))
            if grouping is None:  # the same for every day with this plan
                chosen = [cols[1], cols[3]]
                if plan.position:
                    chosen.append(cols[2])
                if plan.direct_service:
                    chosen.append(cols[4])
                if plan.rotation:
                    chosen.append(cols[5])
                chosen += [c for name, c in fact_cols if name in plan.facts]
                combined: Any = np.zeros(len(rows), dtype=np.int64)
                for col in chosen:
                    combined = combined * len(col.values) + col.codes[rows]
                group, uniques = pd.factorize(combined)
                firsts = rows[_first_rows(group, len(uniques))].tolist()
                grouping = groupings[(u, id(plan))] = (
                    group, firsts, [features_of(r, plan) for r in firsts])
            group, firsts, features = grouping
            found = np.array([index_of(code, r, day, f)
                              for r, f in zip(firsts, features, strict=True)], dtype=np.int32)
            table[rows, j] = found[group]
    return table, outcomes


def _fingerprints(resolver: Resolver, cols: list[_Column], days: list[dt.date],
                  include_drafts: bool, table: Any, outcomes: list[Outcome], ids: Any,
                  nips: Any) -> list[str]:
    """Each row's record fingerprint: the shared hash state of its outcome and date,
    updated with the employee's own JSON and the shared tail."""
    encoder = RecordEncoder()
    ref = resolver._ref
    # Rows agreeing on every key column share their outcomes, and their JSON
    # around the id and the NIP.
    combined: Any = np.zeros(len(table), dtype=np.int64)
    for col in cols:
        combined = combined * len(col.values) + col.codes
    group, uniques = pd.factorize(combined)
    first = _first_rows(group, len(uniques)).tolist()
    reps = [_employee(cols, row) for row in first]
    hashers: dict[tuple[int, int], tuple[Any, bytes] | None] = {}
    per_group = []
    for g, row in enumerate(first):
        states = []
        for j, k in enumerate(table[row].tolist()):
            state = hashers.get((k, j), False)
            if state is False:  # one per outcome and date (an outcome may span dates)
                state = hashers[(k, j)] = encoder.hasher(
                    Decision(reps[g], days[j], outcomes[k], ref, include_drafts))
            states.append(state)
        per_group.append(states)
    parts = [_employee_parts(r) for r in reps]
    checked = [False] * len(reps)
    out: list[str] = []
    append = out.append
    for g, ident, nip in zip(group.tolist(), ids.tolist(), nips.tolist(), strict=True):
        cut = parts[g]
        employee: Employee | None = None
        emp = b""
        if cut is not None:
            text = cut[0] + json_string(ident) + cut[1] + json_string(nip) + cut[2]
            if not checked[g]:  # the first employee of a key checks the cut once
                checked[g] = True
                employee = _with_identity(reps[g], ident, nip)
                if employee_json(employee) != text:
                    parts[g] = cut = None
            emp = text.encode("utf-8")
        if cut is None:
            employee = employee or _with_identity(reps[g], ident, nip)
            emp = employee_json(employee).encode("utf-8")
        for j, hashed in enumerate(per_group[g]):
            if hashed is None:  # only the slow path is safe for this outcome
                employee = employee or _with_identity(reps[g], ident, nip)
                append(Decision(employee, days[j], outcomes[int(table[first[g], j])], ref,
                                include_drafts).fingerprint)
                continue
            h = hashed[0].copy()
            h.update(emp)
            h.update(hashed[1])
            append("sha256:" + h.hexdigest())
    return out


def _with_identity(rep: Employee, ident: str | None, nip: str | None) -> Employee:
    return Employee(jurisdiction=rep.jurisdiction, agency=rep.agency, position=rep.position,
                    status=rep.status, id=ident, nip=nip, direct_service=rep.direct_service,
                    rotation_group=rep.rotation_group, facts=rep.facts)


# --------------------------------------------------------------------------- dask

_WORKER_RESOLVERS: dict[str, Resolver] = {}


def _environment() -> dict[str, str]:
    """What a worker must share with the client for its decisions to be the same."""
    try:
        holidays = importlib.metadata.version("holidays")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - a dependency
        holidays = "0"
    return {"kebijakan-asn": __version__, "holidays": holidays}


def _decide_partition(part: pd.DataFrame, ruleset: RuleSet, environment: dict[str, str],
                      days: list[dt.date], include_drafts: bool, fingerprints: bool
                      ) -> pd.DataFrame:
    here = _environment()
    if here != environment:
        raise KebijakanError(
            f"a Dask worker has {here} but the client has {environment}: install the same "
            "versions of kebijakan-asn, holidays and the rule-set plugins everywhere")
    resolver = _WORKER_RESOLVERS.get(ruleset.fingerprint)
    if resolver is None:  # one resolver per worker process, warm across partitions
        resolver = _WORKER_RESOLVERS[ruleset.fingerprint] = Resolver(ruleset=ruleset)
    return decide_frame(resolver, part, days, include_drafts=include_drafts,
                        fingerprints=fingerprints)


def decide_dask(resolver: Resolver, employees: dd.DataFrame, dates: Iterable[DateLike], *,
                include_drafts: bool = False, fingerprints: bool = True) -> dd.DataFrame:
    """:func:`decide_frame` on every partition of the Dask DataFrame *employees*.

    Lazy: returns a Dask DataFrame with the columns of :func:`decide_frame`
    (categorical columns with unknown categories; index labels repeated
    once per date).  The rule set of *resolver* travels to the workers once
    (by value; the plugins' code must be importable there, the same versions
    as on the client); each worker process keeps one resolver, so its memo
    stays warm from one partition to the next.
    """
    try:
        import dask
    except ImportError as exc:  # pragma: no cover - exercised without the extra
        raise ImportError("decide_dask needs dask: pip install 'kebijakan-asn[dask]'"
                          ) from exc
    days = [as_date(d) for d in dates]
    ruleset = dask.delayed(resolver.ruleset, pure=True,
                           name=f"kebijakan-asn-ruleset-{resolver.ruleset.fingerprint}")
    meta = decide_frame(resolver, employees._meta, days, include_drafts=include_drafts,
                        fingerprints=fingerprints)
    for name in _CATEGORICAL:
        meta[name] = pd.Categorical([], categories=pd.Index([], dtype="string"))
    return employees.map_partitions(
        _decide_partition, ruleset, _environment(), days, include_drafts, fingerprints,
        meta=meta, enforce_metadata=False, align_dataframes=False,
    )
