"""Every case of the scenario files in ``scenarios/`` (one file per policy)."""

from kebijakan_asn.testing import scenario_tests

# The `resolver` fixture of conftest.py: the national rules and this plugin only.
test_scenario = scenario_tests("scenarios", resolver="resolver")
