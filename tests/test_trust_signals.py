"""Only the commands that write a site or handouts turn SIGTERM into a clean stop; any other
caller of cli.main() (a test, an editor integration) keeps its own signal handling."""

import shutil
import signal
from pathlib import Path

import pytest

from generator import cli
from generator.render.process_guard import signals_stop_the_command

MINI = Path(__file__).parent / "fixtures" / "mini"


@pytest.fixture()
def broken_root(tmp_path) -> Path:
    """A root whose check fails at once, so the commands stop before writing anything."""
    root = tmp_path / "root"
    shutil.copytree(MINI, root)
    offer = root / "offers" / "traeger-b" / "elterninfo.yaml"
    offer.write_text(offer.read_text(encoding="utf-8") + "unbekannt: 1\n", encoding="utf-8")
    return root


@pytest.fixture()
def sigterm_restored():
    before = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGHUP)
    yield before[0]
    signal.signal(signal.SIGTERM, before[0])
    signal.signal(signal.SIGHUP, before[1])


@pytest.mark.parametrize("command", [["check"], ["report"], ["export", "--format", "daten"]])
def test_other_commands_leave_sigterm_alone(broken_root, sigterm_restored, command):
    assert cli.main([*command, "--root", str(broken_root)]) == cli.EXIT_ERRORS
    assert signal.getsignal(signal.SIGTERM) is sigterm_restored


@pytest.mark.parametrize("command", ["build", "handouts"])
def test_output_commands_give_back_the_callers_handler(broken_root, sigterm_restored, tmp_path,
                                                       command):
    out = ["--out", str(tmp_path / "site")] if command == "build" else []
    assert cli.main([command, "--root", str(broken_root), "--print-out",
                     str(tmp_path / "print"), *out]) == cli.EXIT_ERRORS
    assert signal.getsignal(signal.SIGTERM) is sigterm_restored
    assert not (tmp_path / "site").exists() and not (tmp_path / "print").exists()


def test_while_output_is_written_sigterm_stops_like_ctrl_c(sigterm_restored):
    with signals_stop_the_command():
        handler = signal.getsignal(signal.SIGTERM)
        assert handler is not sigterm_restored
        with pytest.raises(KeyboardInterrupt):
            handler(signal.SIGTERM, None)
    assert signal.getsignal(signal.SIGTERM) is sigterm_restored
