"""Fixtures: a resolver of the national rule set and the Pemprov Jabar plugin only."""

from __future__ import annotations

import kebijakan_asn_jabar
import pytest

import kebijakan_asn.nasional
from kebijakan_asn import Resolver


@pytest.fixture(scope="session")
def resolver() -> Resolver:
    """The national plugin plus ``prov-jabar``, nothing else installed is loaded."""
    return Resolver(plugins=[kebijakan_asn.nasional.plugin, kebijakan_asn_jabar.plugin])
