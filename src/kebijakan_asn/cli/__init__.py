"""The ``kebijakan-asn`` command line (also ``python -m kebijakan_asn``).

One module per command; each has ``register(subparsers)`` and ``run(args)``.

Exit status: 0 success; 1 verification mismatches or some input records
invalid (all others still processed and written); 2 usage error or
unreadable input; 3 an internal error (a bug).  Errors are one line on
stderr, never a traceback (unless ``--debug``).  SIGTERM stops a run like
Ctrl-C: no temporary file is left behind.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from types import FrameType, ModuleType

from .._errors import KebijakanError, ValidationError
from .._version import __version__
from . import (
    agencies,
    calendar,
    check,
    decide,
    explain,
    keygen,
    plugins,
    policies,
    roster,
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
    roster,
    keygen,
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
                   help="comma-separated allow-list of plugins to load, each NAME or "
                        "NAME=DISTRIBUTION (default: all installed, or "
                        "$KEBIJAKAN_ASN_PLUGINS)")
    p.add_argument("--debug", action="store_true",
                   help="show the traceback of an internal error")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in _MODULES:
        module.register(sub)
    return p


REPORT = ("this is a bug in kebijakan-asn; please report it to the maintainers with the "
          "command line and the output of the same command run with --debug")


class Terminated(BaseException):
    """SIGTERM arrived: unwind like Ctrl-C (temporary files are removed)."""


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise Terminated


@contextlib.contextmanager
def _sigterm_unwinds() -> Iterator[None]:
    """While the command runs, SIGTERM raises :class:`Terminated` (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _error(message: str) -> None:
    sys.stderr.write(f"{PROG}: error: {one_line(message)}\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    options = arguments[:arguments.index("--")] if "--" in arguments else arguments
    debug = "--debug" in options  # known even when parsing the rest fails
    parser = build_parser()
    try:
        with _sigterm_unwinds():
            args = parser.parse_args(arguments)
            if args.command is None:
                parser.print_help()
                return 2
            return COMMANDS[args.command](args)
    except UsageError as exc:
        _error(str(exc))
        return 2
    except (KebijakanError, ValidationError) as exc:
        _error(str(exc))
        return 2
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130
    except Terminated:
        sys.stderr.write(f"{PROG}: terminated\n")
        return 143
    except BrokenPipeError:
        with contextlib.suppress(OSError):
            sys.stdout.close()
        return 0
    except OSError as exc:  # writing to stdout on a full disk, a closed terminal…
        _error(f"{exc.filename or 'output'}: {exc.strerror or exc}")
        return 2
    except BrokenProcessPool:
        _error("a worker process of --jobs stopped before it finished (killed, or out of "
               "memory); nothing more was written; run again with fewer --jobs")
        return 3
    except Exception as exc:
        if debug:
            traceback.print_exc()
        _error(f"internal error ({type(exc).__name__}: {exc}); {REPORT}")
        return 3
