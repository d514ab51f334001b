"""The ``kebijakan-asn`` command line (also ``python -m kebijakan_asn``).

One module per command; each has ``register(subparsers)`` and ``run(args)``.

Exit status: 0 success; 1 verification mismatches or some input records
invalid (all others still processed and written); 2 usage error or
unreadable input.  Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Sequence
from types import ModuleType

from .._errors import KebijakanError, ValidationError
from .._version import __version__
from . import (
    agencies,
    calendar,
    check,
    decide,
    explain,
    plugins,
    policies,
    rulebook,
    serve,
    timeline,
    verify,
)
from ._common import PROG, Parser, UsageError, one_line

__all__ = ["COMMANDS", "main"]

#: The commands in the order ``--help`` lists them.
_MODULES: tuple[ModuleType, ...] = (
    decide, verify, explain, timeline, policies, calendar, agencies, rulebook, plugins, check,
    serve,
)
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    m.__name__.rsplit(".", 1)[1]: m.run for m in _MODULES
}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    p = Parser(prog=PROG, description="Keputusan sistem kerja ASN (WFO/WFH/WFA/libur) "
               "dengan dasar hukumnya. Decisions on how Indonesian civil servants work, "
               "with their legal basis.")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    p.add_argument("--plugins", metavar="NAMES",
                   help="comma-separated allow-list of plugins to load "
                        "(default: all installed, or $KEBIJAKAN_ASN_PLUGINS)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in _MODULES:
        module.register(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return 2
        return COMMANDS[args.command](args)
    except UsageError as exc:
        sys.stderr.write(f"{PROG}: error: {one_line(str(exc))}\n")
        return 2
    except (KebijakanError, ValidationError) as exc:
        sys.stderr.write(f"{PROG}: error: {one_line(str(exc))}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130
    except BrokenPipeError:
        with contextlib.suppress(OSError):
            sys.stdout.close()
        return 0
