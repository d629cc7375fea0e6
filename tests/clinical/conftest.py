"""Print how many clinical cases pass, whether or not they all do."""

from __future__ import annotations


def pytest_terminal_summary(terminalreporter):
    from tests.clinical.test_cases import RESULTS

    if RESULTS:
        passing = sum(not problems for problems in RESULTS.values())
        terminalreporter.write_line(f"clinical cases: {passing} of {len(RESULTS)} pass")
