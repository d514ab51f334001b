"""Every case of ``tests/scenarios/*.toml``: one employee on one date, as the articles say."""

from kebijakan_asn.testing import scenario_tests

# The `resolver` fixture of conftest.py: the national rules and this plugin only.
test_scenario = scenario_tests("scenarios", resolver="resolver")
