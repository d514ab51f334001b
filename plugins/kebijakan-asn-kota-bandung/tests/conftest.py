"""Fixtures: a resolver over exactly the national rule set and Kota Bandung's."""

from __future__ import annotations

import kebijakan_asn_kota_bandung
import pytest

import kebijakan_asn.nasional
from kebijakan_asn import Resolver


@pytest.fixture(scope="session")
def resolver() -> Resolver:
    """The national plugin and this plugin, nothing else installed is used."""
    return Resolver(plugins=[kebijakan_asn.nasional.plugin, kebijakan_asn_kota_bandung.plugin])
