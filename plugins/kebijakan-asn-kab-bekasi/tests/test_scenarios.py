"""Every case of ``scenarios/*.toml``: one employee-day each, as the articles describe it."""

from kebijakan_asn.testing import scenario_tests

# The `resolver` fixture of conftest.py: the national rules and this plugin only.
test_scenario = scenario_tests("scenarios", resolver="resolver")
