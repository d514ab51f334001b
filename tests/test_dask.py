"""Distributed decisions (``kebijakan-asn[dask]``): a local cluster of two worker
processes gives exactly the single-process result."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from kebijakan_asn import KebijakanError, Resolver
from kebijakan_asn.synthetic import columns

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
frame = pytest.importorskip("kebijakan_asn.frame")

# Workers load what the client sends by reference: the installed national rules.
DAYS = [dt.date(2025, 3, 21) + dt.timedelta(days=i) for i in range(10)]


def normalised(df: pd.DataFrame) -> pd.DataFrame:
    """Categories differ from partition to partition, and Dask may store the string
    index with another missing-value marker: compare the values."""
    out = df.copy()
    out.index = out.index.astype(object)
    for name in ("arrangement", "permitted", "conditions", "policies"):
        out[name] = out[name].astype(str)
    return out


def test_a_two_process_cluster_gives_the_single_process_result() -> None:
    resolver = Resolver(allow=["nasional"])
    people = pd.DataFrame(columns(400, seed=21, ruleset=resolver)).set_index("id", drop=False)
    single = frame.decide_frame(resolver, people, DAYS)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, host="127.0.0.1") as cluster, \
            distributed.Client(cluster) as client:
        pids = set(client.run(os.getpid).values())
        lazy = frame.decide_dask(resolver, dd.from_pandas(people, npartitions=6), DAYS)
        assert isinstance(lazy, dd.DataFrame) and lazy.npartitions == 6
        assert list(lazy.columns) == list(frame.COLUMNS)
        distributed_result = lazy.compute()
        ran_on = set(client.run(lambda: os.getpid()).values())
    assert len(pids) == 2 and os.getpid() not in pids and ran_on == pids
    pd.testing.assert_frame_equal(normalised(distributed_result), normalised(single))
    assert distributed_result["fingerprint"].is_unique


def test_a_worker_with_other_versions_refuses(resolver: Resolver) -> None:
    part = pd.DataFrame({"jurisdiction": ["nasional"], "agency": ["bkn"],
                         "position": ["pelaksana"]})
    here = frame._environment(resolver.ruleset)
    environment = {**here, "holidays": "0.0"}
    with pytest.raises(KebijakanError, match="install the same versions"):
        frame._decide_partition(part, resolver.ruleset, environment, DAYS, False, True)
    ok = frame._decide_partition(part, resolver.ruleset, here, DAYS, False, False)
    assert len(ok) == len(DAYS)


def test_a_worker_with_another_plugin_version_refuses() -> None:
    resolver = Resolver()
    here = frame._environment(resolver.ruleset)
    assert here["plugin kab-bekasi"] == "0.1.0"  # the installed distribution's version
    part = pd.DataFrame({"jurisdiction": ["kab-bekasi"], "agency": ["bappeda"],
                         "position": ["pelaksana"]})
    client = {**here, "plugin kab-bekasi": "0.2.0"}
    with pytest.raises(KebijakanError, match=r"plugin kab-bekasi: client 0\.2\.0, worker 0\.1\.0"):
        frame._decide_partition(part, resolver.ruleset, client, DAYS, False, False)
