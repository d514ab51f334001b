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
``pns``), ``direct_service`` (default false), ``rotation_group``, ``unit`` and one
``fact:NAME`` column per fact; a missing value means the default (a blank ``unit``
is none, as in ``decide --input``).

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

How it stays columnar: the key columns are factorised and each distinct
value is checked once; rows that agree on every key column form a group,
each group is decided once per date (the resolver shares that work further
between groups the rules in force cannot tell apart), and the categorical
columns are a ``take`` of the groups' outcome codes.  NIPs are checked on
the bytes of the Arrow column, and the ``id`` column is written as Arrow
buffers, each id repeated once per date.  Large output arrays come from
Arrow's memory pool, which reuses memory between calls.  Only the
fingerprint, which covers each employee's own id and NIP, is computed row
by row, from a hash state shared by all the rows of one outcome.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ._codes import Position, Status
from ._decision import Decision, Outcome
from ._errors import KebijakanError, ValidationError
from ._model import Employee, parse_code
from ._nip import check_pppk_number, parse_nip
from ._resolver import _NOTHING, DateLike, Resolver, _Plan, as_date
from ._ruleset import ENTRY_POINT_GROUP, RuleSet
from ._serial import RecordEncoder, employee_json, employee_parts, json_string
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
                 "direct_service", "rotation_group", "unit")
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
        ",".join(dict.fromkeys(b.policy for b in outcome.basis)),
    )


def _pooled(size: int, dtype: Any) -> Any:
    """A new 1-d array of *size* items, in Arrow's memory pool when pyarrow is
    there.  The pool keeps the memory it is given back and hands it out again,
    where the system allocator maps fresh pages for every large array (and
    the first write to each page is a page fault: on the benchmark machine
    that costs more than writing the columns)."""
    try:
        import pyarrow as pa
    except ImportError:  # pragma: no cover - pandas without pyarrow
        return np.empty(size, dtype=dtype)
    dtype = np.dtype(dtype)
    buffer = pa.allocate_buffer(max(size * dtype.itemsize, 1))
    return np.frombuffer(buffer, dtype=dtype, count=size)


def _categorical(values: Sequence[str], table: Any, rows: Any = None) -> pd.Categorical:
    """A categorical column: *values* are the values of the outcome indices 0…k-1
    and *table* holds an outcome index per row or, with *rows*, a row of
    outcome indices per group of rows (the column is ``table[rows]``, flattened)."""
    order = sorted(set(values))
    where = {v: i for i, v in enumerate(order)}
    narrow = np.int8 if len(order) < 127 else np.int16 if len(order) < 32_000 else np.int32
    remap = np.array([where[v] for v in values], dtype=narrow)
    dtype = pd.CategoricalDtype(pd.Index(order, dtype="string"))
    codes = remap[table] if len(remap) else table.astype(narrow)
    if rows is not None:
        out = _pooled(len(rows) * codes.shape[1], narrow)
        codes = np.take(codes, rows, axis=0, out=out.reshape(len(rows), codes.shape[1]))
    return pd.Categorical.from_codes(codes.reshape(-1), dtype=dtype, validate=False)


def _dates(days: Sequence[dt.date]) -> Any:
    return np.array([d.isoformat() for d in days], dtype="datetime64[D]").astype(
        "datetime64[s]")


def _frame(ids: Any, dates: Any, summaries: Sequence[tuple[str, str, str, str]],
           table: Any, fingerprints: Sequence[str] | None, index: Any = None,
           rows: Any = None) -> pd.DataFrame:
    data: dict[str, Any] = {
        "id": ids if isinstance(ids, pd.api.extensions.ExtensionArray)
        else pd.array(ids, dtype="string"),
        "date": dates,
    }
    for k, name in enumerate(_CATEGORICAL):
        data[name] = _categorical([s[k] for s in summaries], table, rows)
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


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


class _Column:
    """One input column, factorised: a code per row and the distinct values,
    each checked once (an error names the first row holding it)."""

    __slots__ = ("codes", "name", "values")

    def __init__(self, name: str, series: pd.Series | None, index: pd.Index,
                 convert: Callable[[object], object], default: object) -> None:
        self.name = name
        if series is None:
            self.codes: Any = np.zeros(len(index), dtype=np.int64)
            self.values: list[object] = [default]
            return
        raw: list[object]
        if isinstance(series.dtype, np.dtype) and series.dtype == np.bool_:
            # numpy booleans: nothing missing, and the codes are the values
            codes: Any = series.to_numpy().astype(np.int64)
            raw = [False, True]
        elif isinstance(series.dtype, pd.StringDtype) and series.dtype.storage == "pyarrow":
            # Arrow strings: dictionary-encoded by Arrow (as pd.factorize does,
            # without its conversions), missing values last
            encoded = _arrow_text(series).dictionary_encode()
            raw = encoded.dictionary.to_pylist()
            indices = encoded.indices
            if indices.null_count:
                indices = indices.fill_null(len(raw))
                raw.append(None)
            codes = indices.to_numpy().astype(np.int64)
        else:
            codes, uniques = pd.factorize(series, use_na_sentinel=True)
            codes = codes.astype(np.int64, copy=False)
            raw = uniques.tolist()
            if (codes < 0).any():  # missing values take the default
                codes = np.where(codes < 0, len(raw), codes)
                raw.append(None)
        self.codes = codes
        self.values = []
        for u, value in enumerate(raw):
            if _missing(value):
                if default is _REQUIRED:
                    raise ValidationError(name, None, "this field is required").at(
                        self._row(index, u))
                self.values.append(default)
                continue
            try:
                self.values.append(convert(value))
            except ValidationError as exc:
                raise exc.at(self._row(index, u)) from None

    def _row(self, index: pd.Index, code: int) -> str:
        """The first row holding *code*, for an error."""
        return f"row {index[int(np.flatnonzero(self.codes == code)[0])]!r}"


def _first_rows(codes: Any, size: int) -> Any:
    """For each code 0…size-1, the first row holding it."""
    first: Any = np.full(size, -1, dtype=np.int64)
    first[codes[::-1]] = np.arange(len(codes) - 1, -1, -1)
    return first


def _combine(codes: Sequence[Any], sizes: Sequence[int]) -> Any:
    """One int64 code per row for the tuple of *codes* (each below its size):
    equal codes for equal tuples, never overflowing."""
    out: Any = np.zeros(len(codes[0]) if codes else 0, dtype=np.int64)
    radix = 1
    for c, size in zip(codes, sizes, strict=True):
        if radix * size >= 2**62:  # renumber what is combined so far: fewer than len(out)
            out = pd.factorize(out)[0].astype(np.int64)
            radix = len(out) + 1
        out = out * size + c
        radix *= size
    return out


_REQUIRED = object()


def _group_name(value: object) -> str:
    text = _text(value)
    Employee("x", "x", Position.PELAKSANA, rotation_group=text)  # the same validator
    return text


def _unit_name(value: object) -> str | None:
    """The employee's unit, as :class:`Employee` takes it (stripped; blank is none)."""
    return Employee("x", "x", Position.PELAKSANA, unit=_text(value).strip() or None).unit


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
    # The unit: not read by the rules, but part of the employee (and of its fingerprint).
    cols.append(_Column("unit", get("unit"), index, _unit_name, None))
    return cols


class _Keys:
    """The key columns of a table, and its rows grouped by all of them: the
    rows of a group are the same employee but for the id and the NIP, so
    they have the same decisions.  Groups are numbered in order of their
    first row."""

    __slots__ = ("codes", "cols", "first", "group")

    def __init__(self, cols: list[_Column]) -> None:
        self.cols = cols
        group, uniques = pd.factorize(_combine([c.codes for c in cols],
                                               [len(c.values) for c in cols]))
        self.group: Any = group
        self.first: Any = _first_rows(group, len(uniques))
        self.codes: list[Any] = [c.codes[self.first] for c in cols]
        """Per column, the code of each group."""

    def value(self, column: int, group: int) -> object:
        return self.cols[column].values[int(self.codes[column][group])]


def _keys(df: pd.DataFrame, resolver: Resolver) -> _Keys:
    """The key columns checked (each distinct value, then each distinct
    jurisdiction and agency against the rule set) and grouped."""
    keys = _Keys(_columns(df, resolver))
    rs = resolver.ruleset
    pairs = keys.codes[0] * len(keys.cols[1].values) + keys.codes[1]
    at = np.sort(np.unique(pairs, return_index=True)[1])
    jurisdictions, agencies = keys.cols[0].values, keys.cols[1].values
    for g, j, a in zip(at.tolist(), keys.codes[0][at].tolist(), keys.codes[1][at].tolist(),
                       strict=True):
        jurisdiction, agency = jurisdictions[j], agencies[a]
        if jurisdiction in rs.jurisdictions and (jurisdiction, agency) in rs.agencies:
            continue  # codes of the rule set, so slugs: Employee takes them
        try:
            resolver.check(Employee(str(jurisdiction), str(agency), Position.PELAKSANA))
        except ValidationError as exc:
            raise exc.at(f"row {df.index[int(keys.first[g])]!r}") from None
    return keys


def _employee(keys: _Keys, group: int) -> Employee:
    """The employee of *group* without id and NIP (its key values are all checked)."""
    v = [keys.value(i, group) for i in range(len(keys.cols))]
    facts = {c.name[5:]: value for c, value in zip(keys.cols[6:], v[6:], strict=True)
             if value is not None and c.name.startswith("fact:")}
    return Employee(jurisdiction=v[0], agency=v[1], position=v[2],  # type: ignore[arg-type]
                    status=v[3], direct_service=v[4],  # type: ignore[arg-type]
                    rotation_group=v[5], facts=facts, unit=v[-1])  # type: ignore[arg-type]


def _arrow_text(series: pd.Series) -> Any:
    """The Arrow string array (one chunk) behind a ``string`` column, or ``None``."""
    try:
        import pyarrow as pa
    except ImportError:  # pragma: no cover - pandas without pyarrow
        return None
    try:
        arr = pa.array(series.array)
    except (TypeError, ValueError, pa.ArrowException):  # pragma: no cover
        return None
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    if not (pa.types.is_large_string(arr.type) or pa.types.is_string(arr.type)):
        return None  # pragma: no cover - string views and the like
    return arr


def _buffers(arr: Any) -> tuple[Any, Any]:
    """The offsets (``int64``, one more than the values) and the bytes of *arr*."""
    import pyarrow as pa

    width = np.int64 if pa.types.is_large_string(arr.type) else np.int32
    buffers = arr.buffers()
    if buffers[1] is None:  # pragma: no cover - an empty array may have none
        return np.zeros(len(arr) + 1, dtype=np.int64), np.zeros(0, dtype=np.uint8)
    offsets = np.frombuffer(buffers[1], dtype=width)[arr.offset:arr.offset + len(arr) + 1]
    data = np.frombuffer(buffers[2] or b"", dtype=np.uint8)
    return offsets.astype(np.int64, copy=False), data


def _text_column(df: pd.DataFrame, name: str) -> pd.Series:
    """The *name* column (``id`` or ``nip``) as ``string`` (``<NA>`` where missing),
    each value a non-empty text."""
    if name not in df.columns:
        return pd.Series(pd.array([None] * len(df), dtype="string"))
    series = df[name]
    if isinstance(series.dtype, pd.CategoricalDtype) and not all(
            isinstance(v, str) for v in series.cat.categories):
        series = series.astype(object)
    if not isinstance(series.dtype, (pd.StringDtype, pd.CategoricalDtype)):
        present = series.notna()
        if not series[present].map(lambda v: isinstance(v, str)).all():
            series = series.map(_text, na_action="ignore")
    series = series.astype("string").reset_index(drop=True)
    blank = _blank(series)
    if blank.any():
        row = int(np.argmax(blank))
        raise ValidationError(name, series[row], "expected a non-empty text or nothing").at(
            f"row {df.index[row]!r}")
    return series


def _blank(series: pd.Series) -> Any:
    """The rows of the ``string`` column *series* that are empty or white space
    (``not value.strip()``, as :class:`Employee` checks).  A value starting
    with a printable ASCII character is not blank; the others are checked one
    by one."""
    present = series.notna().to_numpy(dtype=bool)
    arr = _arrow_text(series)
    check: Any = np.flatnonzero(present)
    if arr is not None and len(arr):
        offsets, data = _buffers(arr)
        if len(data):
            lead = data[np.minimum(offsets[:-1], len(data) - 1)]
            sure = (offsets[1:] > offsets[:-1]) & (lead > 0x20) & (lead < 0x7F)
            check = np.flatnonzero(present & ~sure)
    blank: Any = np.zeros(len(series), dtype=bool)
    if len(check):
        blank[check] = [not v.strip() for v in series.iloc[check].tolist()]
    return blank


_DAYS_IN_MONTH = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
_NIP_WIDTH = 18


def _digits(starts: Any, data: Any) -> Any:
    """The 18 bytes at each of *starts* in *data*, as digit values: an
    ``18 × m`` array (``uint8``; above 9 where the byte is not an ASCII digit)."""
    m = len(starts)
    if int(starts[-1] - starts[0]) == _NIP_WIDTH * (m - 1) and (
            np.diff(starts) == _NIP_WIDTH).all():  # one block, as when every NIP is given
        block = data[starts[0]:starts[0] + _NIP_WIDTH * m].reshape(m, _NIP_WIDTH)
    else:
        block = data[starts[:, None] + np.arange(_NIP_WIDTH)]
    digits: Any = np.array(block.T, order="C")
    digits -= 48
    return digits


def _valid_pns(d: Any) -> Any:
    """Which of the NIPs with these digits (``18 × m``) are valid PNS NIPs, by
    the rules of :func:`~kebijakan_asn._nip.parse_nip` (meaningless for a
    column with a digit above 9: the caller checks those apart)."""

    def number(a: int, b: int) -> Any:
        out = d[a].astype(np.int32)
        for k in range(a + 1, b):
            out *= 10
            out += d[k]
        return out

    year, month, day = number(0, 4), number(4, 6), number(6, 8)
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    month_ok = (month >= 1) & (month <= 12)
    last = _DAYS_IN_MONTH[np.where(month_ok, month, 0)] + ((month == 2) & leap)
    start_year, start_month = number(8, 12), number(12, 14)
    return ((year >= 1) & month_ok & (day >= 1) & (day <= last)
            & (start_month >= 1) & (start_month <= 12)
            & (start_year * 100 + start_month > year * 100 + month)
            & ((d[14] == 1) | (d[14] == 2)) & (number(15, 18) > 0))


def _check_nips(index: pd.Index, nips: pd.Series, status: _Column) -> None:
    """Check every NIP as :class:`~kebijakan_asn.Employee` does.  Columnar: the
    rows that pass the vectorised test (on the bytes of the Arrow column) are
    valid; the others are checked one by one, and the first that really
    fails is reported."""
    arr = _arrow_text(nips)
    present = (nips.notna().to_numpy(dtype=bool) if arr is None
               else arr.is_valid().to_numpy(zero_copy_only=False))
    if not present.any():
        return
    kind_of = np.array([0 if v is Status.PNS else 1 if v is Status.PPPK else 2
                        for v in status.values], dtype=np.int8)
    kind = kind_of[status.codes]  # 0: PNS, 1: PPPK, 2: non-ASN
    ok: Any = np.zeros(len(present), dtype=bool)
    if arr is not None:
        offsets, data = _buffers(arr)
        rows = np.flatnonzero(present & (np.diff(offsets) == _NIP_WIDTH))
        if len(rows):
            d = _digits(offsets[:-1][rows], data)
            k = kind[rows]
            # PPPK: 18 digits; PNS: 18 digits that parse (garbage where not digits)
            ok[rows] = (d <= 9).all(axis=0) & ((k == 1) | ((k == 0) & _valid_pns(d)))
    for row in np.flatnonzero(present & ~ok).tolist():
        value = str(nips[row])
        try:
            if kind[row] == 0:
                parse_nip(value)
            elif kind[row] == 1:
                check_pppk_number(value)
            else:
                raise ValidationError("nip", value, "non-ASN staff have no NIP; "
                                      "identify them with id instead")
        except ValidationError as exc:
            raise exc.at(f"row {index[row]!r}") from None


# --------------------------------------------------------------------------- output


def _repeat_text(values: pd.Series, times: int) -> Any:
    """The ``string`` column *values* with each value repeated *times* times in a
    row, written as Arrow buffers (no Python string per row)."""
    arr = _arrow_text(values)
    if arr is None:  # pragma: no cover - pandas without pyarrow
        return values.array.take(np.repeat(np.arange(len(values)), times))
    import pyarrow as pa
    import pyarrow.compute as pc

    n = len(arr)
    size = n * times
    offsets, data = _buffers(arr)
    lengths = np.diff(offsets)
    out = _pooled(size + 1, np.int64)
    grid = out[:-1].reshape(n, times)
    validity = None
    if n and arr.null_count == 0 and lengths[0] > 0 and (lengths == lengths[0]).all():
        # one length: the bytes are a block, each of its rows repeated
        step = int(lengths[0])
        item = np.dtype((np.void, step))  # a value's bytes as one item: a fast copy
        body: Any = _pooled(size * step, np.uint8)
        body.view(item).reshape(n, times)[:] = data[offsets[0]:offsets[0] + n * step].view(
            item).reshape(n, 1)
        np.add(np.arange(0, size * step, times * step, dtype=np.int64)[:, None],
               np.arange(0, times * step, step, dtype=np.int64), out=grid)
        out[-1] = size * step
        body = pa.py_buffer(body)
    else:
        # each value repeated end to end is the run of bytes of its rows
        repeated = pc.binary_repeat(arr.cast(pa.large_string()), times)
        starts, _ = _buffers(repeated)
        np.multiply((np.diff(starts) // times)[:, None], np.arange(times, dtype=np.int64),
                    out=grid)
        grid += starts[:-1, None]
        out[-1] = starts[-1]
        body = repeated.buffers()[2]
        if arr.null_count:
            present: Any = np.repeat(values.notna().to_numpy(dtype=bool), times)
            validity = pa.py_buffer(np.packbits(present, bitorder="little"))
    result = pa.Array.from_buffers(pa.large_string(), size,
                                   [validity, pa.py_buffer(out), body],
                                   null_count=arr.null_count * times)
    return pd.arrays.ArrowStringArray(result)


def _repeat_dates(days: Sequence[dt.date], times: int) -> Any:
    """The dates of *days* as ``datetime64[s]``, the whole run *times* times."""
    one = _dates(days)
    out = _pooled(len(one) * times, one.dtype)
    out.reshape(times, len(one))[:] = one
    return out


def _repeat_index(index: pd.Index, times: int) -> pd.Index:
    """``index.repeat(times)``; a ``RangeIndex`` written straight into the pool."""
    if not isinstance(index, pd.RangeIndex):
        return index.repeat(times)
    out = _pooled(len(index) * times, np.int64)
    out.reshape(len(index), times)[:] = np.arange(index.start, index.stop, index.step,
                                                  dtype=np.int64)[:, None]
    return pd.Index(out, name=index.name, copy=False)


# --------------------------------------------------------------------------- deciding

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
    keys = _keys(df, resolver)
    n, width = len(df), len(days)
    ids = _text_column(df, "id")
    nips = _text_column(df, "nip")
    _check_nips(df.index, nips, keys.cols[3])
    if n == 0 or width == 0:
        return _frame(ids.array[:0], _dates([]), [], np.zeros(0, dtype=np.int64),
                      [] if fingerprints else None, index=df.index[:0])
    table, outcomes = _decide_groups(resolver, keys, days, include_drafts)
    prints: list[str] | None = None
    if fingerprints:
        prints = _fingerprints(resolver, keys, days, include_drafts, table, outcomes,
                               ids.to_numpy(dtype=object, na_value=None),
                               nips.to_numpy(dtype=object, na_value=None))
    return _frame(_repeat_text(ids, width), _repeat_dates(days, n),
                  [_summary(o) for o in outcomes], table, prints,
                  index=_repeat_index(df.index, width), rows=keys.group)


def _decide_groups(resolver: Resolver, keys: _Keys, days: list[dt.date],
                   include_drafts: bool) -> tuple[Any, list[Outcome]]:
    """The outcome index of every group of rows (see :class:`_Keys`) on every
    date, a groups × dates table, and the outcomes.

    Date by date and jurisdiction by jurisdiction, the groups are grouped
    further by the columns the rules in force that day can read (the
    resolver's plan: none on a non-working day), and each of those is
    decided once, for its first group, by the resolver's shared memo.
    """
    cols, codes = keys.cols, keys.codes
    table: Any = np.empty((len(days), len(keys.first)), dtype=np.int32)
    seen: dict[int, int] = {}
    outcomes: list[Outcome] = []
    reps: dict[int, Employee] = {}
    fact_cols = [(c.name[5:], i) for i, c in enumerate(cols)
                 if i >= 6 and c.name.startswith("fact:")]
    shared, memo = resolver._shared_outcome, resolver._shared.get

    def features_of(groups: list[int], plan: _Plan) -> list[tuple[object, ...]]:
        at = np.array(groups, dtype=np.int64)

        def column(i: int) -> list[object]:
            values = cols[i].values
            return [values[c] for c in codes[i][at].tolist()]

        facts = {name: column(i) for name, i in fact_cols}

        def fact_of(k: int) -> Callable[[str], bool]:
            return lambda name: bool(facts[name][k]) if name in facts else False

        return [plan.features(agency, status, position, direct, rotation, fact_of(k))
                for k, (agency, status, position, direct, rotation) in enumerate(zip(
                    column(1), column(3), column(2), column(4), column(5), strict=True))]

    def employee_of(g: int) -> Callable[[], Employee]:
        def employee() -> Employee:
            made = reps.get(g)
            if made is None:
                made = reps[g] = _employee(keys, g)
            return made
        return employee

    def indices(jurisdiction: str, day: dt.date, groups: list[int],
                features: list[tuple[object, ...]]) -> list[int]:
        """The outcome index of each of *groups* (one per distinct *features*)."""
        out = []
        for g, f in zip(groups, features, strict=True):
            # the memo of _shared_outcome read directly (a miss goes through it)
            outcome = memo((jurisdiction, day, include_drafts, f))
            if outcome is None:
                outcome = shared(jurisdiction, day, include_drafts, f, employee_of(g))
            k = seen.get(id(outcome))
            if k is None:
                k = seen[id(outcome)] = len(outcomes)
                outcomes.append(outcome)
            out.append(k)
        return out

    jur = cols[0]
    members = [(u, str(jur.values[u]), np.flatnonzero(codes[0] == u))
               for u in range(len(jur.values))]
    members = [m for m in members if len(m[2])]
    groupings: dict[tuple[int, int], tuple[Any, list[int], list[tuple[object, ...]]]] = {}
    for j, day in enumerate(days):
        on_day = table[j]
        for u, code, rows in members:
            plan = resolver._plan(code, day, include_drafts)
            if plan is _NOTHING:
                on_day[rows] = indices(code, day, [int(rows[0])], [()])[0]
                continue
            grouping = groupings.get((u, id(plan)))
            if grouping is None:  # the same for every day with this plan
                chosen = [1, 3]
                if plan.position:
                    chosen.append(2)
                if plan.direct_service:
                    chosen.append(4)
                if plan.rotation:
                    chosen.append(5)
                chosen += [i for name, i in fact_cols if name in plan.facts]
                group, uniques = pd.factorize(_combine(
                    [codes[i][rows] for i in chosen], [len(cols[i].values) for i in chosen]))
                firsts = rows[_first_rows(group, len(uniques))].tolist()
                grouping = groupings[(u, id(plan))] = (group, firsts,
                                                       features_of(firsts, plan))
            group, firsts, features = grouping
            found = np.array(indices(code, day, firsts, features), dtype=np.int32)
            on_day[rows] = found[group]
    return np.ascontiguousarray(table.T), outcomes


def _fingerprints(resolver: Resolver, keys: _Keys, days: list[dt.date],
                  include_drafts: bool, table: Any, outcomes: list[Outcome], ids: Any,
                  nips: Any) -> list[str]:
    """Each row's record fingerprint: the shared hash state of its outcome and date,
    updated with the employee's own JSON and the shared tail."""
    encoder = RecordEncoder()
    ref = resolver._ref
    # The rows of a group share their outcomes, and their JSON around the id
    # and the NIP.
    reps = [_employee(keys, g) for g in range(len(keys.first))]
    hashers: dict[tuple[int, int], tuple[Any, bytes] | None] = {}
    per_group = []
    for g, rep in enumerate(reps):
        states = []
        for j, k in enumerate(table[g].tolist()):
            state = hashers.get((k, j), False)
            if state is False:  # one per outcome and date (an outcome may span dates)
                state = hashers[(k, j)] = encoder.hasher(
                    Decision(rep, days[j], outcomes[k], ref, include_drafts))
            states.append(state)
        per_group.append(states)
    parts = [employee_parts(r) for r in reps]
    checked = [False] * len(reps)
    out: list[str] = []
    append = out.append
    for g, ident, nip in zip(keys.group.tolist(), ids.tolist(), nips.tolist(), strict=True):
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
                append(Decision(employee, days[j], outcomes[int(table[g, j])], ref,
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
                    rotation_group=rep.rotation_group, facts=rep.facts, unit=rep.unit)


# --------------------------------------------------------------------------- dask

_WORKER_RESOLVERS: dict[str, Resolver] = {}


def _environment(ruleset: RuleSet) -> dict[str, str]:
    """What a worker must share with the client for its decisions to be the same:
    the versions of kebijakan-asn, of the calendar library and of the installed
    distribution of each plugin of *ruleset* (found by its entry point)."""
    try:
        holidays = importlib.metadata.version("holidays")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - a dependency
        holidays = "0"
    installed = {ep.name: ep.dist.version if ep.dist is not None else "0"
                 for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)}
    plugins = {f"plugin {p.name}": installed.get(p.name, "not installed")
               for p in ruleset.plugins}
    return {"kebijakan-asn": __version__, "holidays": holidays, **plugins}


def _decide_partition(part: pd.DataFrame, ruleset: RuleSet, environment: dict[str, str],
                      days: list[dt.date], include_drafts: bool, fingerprints: bool
                      ) -> pd.DataFrame:
    here = _environment(ruleset)
    if here != environment:
        differ = "; ".join(f"{name}: client {environment.get(name, 'absent')}, worker "
                           f"{here.get(name, 'absent')}"
                           for name in sorted(set(here) | set(environment))
                           if here.get(name) != environment.get(name))
        raise KebijakanError(
            f"a Dask worker differs from the client ({differ}): install the same "
            "versions of kebijakan-asn, holidays and the rule-set plugins everywhere "
            "(see 'Shipping plugins to a cluster' in docs/scale.md)")
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
        _decide_partition, ruleset, _environment(resolver.ruleset), days, include_drafts,
        fingerprints,
        meta=meta, enforce_metadata=False, align_dataframes=False,
    )
