"""Work split between two processes gives exactly the results of one (forked.py)."""

from __future__ import annotations

import os
import time

import pytest

from generator.analyse import forked


@pytest.fixture
def always_fork(monkeypatch):
    monkeypatch.setattr(forked, "MIN_ITEMS", 1)
    if not forked.can_fork():
        pytest.skip("this machine or process does not fork (one core or threads)")


def test_results_in_the_order_of_the_items(always_fork):
    items = [(n, f"offer-{n}") for n in range(1, 2001)]
    assert forked.forked_map(lambda item: (item[0] ** 2, item[1].upper()), items) == \
        [(n ** 2, f"OFFER-{n}") for n in range(1, 2001)]


def test_meanwhile_runs_once_in_this_process(always_fork):
    calls = []
    results = forked.forked_map(lambda n: n + 1, list(range(100)), lambda: calls.append(1))
    assert results == list(range(1, 101))
    assert calls == [1]


def test_a_short_list_is_worked_on_in_turn():
    calls = []
    assert forked.forked_map(str, [1, 2, 3], lambda: calls.append(1)) == ["1", "2", "3"]
    assert calls == [1]


def test_an_error_in_the_work_reaches_the_caller(always_fork):
    def judge(n):
        if n == 7:
            raise ValueError("kaputt")
        return n

    with pytest.raises(ValueError, match="kaputt"):
        forked.forked_map(judge, list(range(10)))


def test_a_worker_takes_part_of_the_items(always_fork):
    where = forked.forked_map(lambda n: os.getpid(), list(range(100)))
    assert os.getpid() in where and len(set(where)) == 2  # this process and its worker


def test_no_worker_beyond_the_memory_budget(always_fork, monkeypatch):
    """A process that holds more than the budget allows next to a worker's copy works on
    the items itself (at 100k offers the report would otherwise need 2.1 GiB)."""
    monkeypatch.setattr(forked, "MEMORY_BUDGET", forked._resident_bytes())
    assert not forked.can_fork()
    assert set(forked.forked_map(lambda n: os.getpid(), list(range(100)))) == {os.getpid()}


def test_a_forked_call_gives_its_value_from_a_worker(always_fork):
    """The report's analyses that need no pairs run in a worker from the start."""
    with forked.ForkedCall(lambda: (os.getpid(), {"cells": [1, 2]})) as call:
        where, value = call.result()
    assert where != os.getpid() and value == {"cells": [1, 2]}


def test_a_failed_forked_call_fails_here(always_fork):
    def analyse():
        raise ValueError("kaputt")

    with forked.ForkedCall(analyse) as call, pytest.raises(ValueError, match="kaputt"):
        call.result()


def test_a_forked_call_not_asked_for_is_waited_for(always_fork):
    """This process failed before it asked: the worker is waited for, none is left
    behind."""
    with pytest.raises(RuntimeError), forked.ForkedCall(lambda: "x" * 10**6) as call:
        raise RuntimeError("meanwhile")
    assert call.pid == 0 and call.file.closed


def test_a_forked_call_leaves_room_for_a_second_worker(always_fork, monkeypatch):
    """It forks only when this process grown twice, its copy and a forked_map worker's fit
    the budget (at 100k offers the report's analyses run in one process): above it, the
    call runs here when its value is asked for."""
    monkeypatch.setattr(forked, "MEMORY_BUDGET", int(forked._resident_bytes() * 2.5))
    assert forked.can_fork(workers=2) and not forked.can_fork(workers=2, growth=forked.GROWTH)
    with forked.ForkedCall(os.getpid) as call:
        assert call.pid == 0
        assert call.result() == os.getpid()


def test_a_second_step_runs_in_the_worker_after_the_value_is_taken(always_fork, tmp_path):
    """The report's worker makes the JSON of the coverage at the end, once this process
    has taken the analyses: until then it waits. The mark is written before the value is
    taken, a while after the fork: a worker that did not wait would look before it exists
    (writing it after result() raced with the worker on a fast machine)."""
    mark = tmp_path / "taken"

    def then(value):
        return value, os.getpid(), mark.exists()

    with forked.ForkedCall(lambda: os.getpid(), then) as call:
        time.sleep(0.3)
        mark.write_text("taken")
        worker = call.result()
        assert call.later() == (worker, worker, True)
    assert worker != os.getpid()


def test_a_second_step_without_a_worker_runs_here(always_fork, monkeypatch):
    monkeypatch.setattr(forked, "MEMORY_BUDGET", 0)
    with forked.ForkedCall(lambda: 2, lambda value: (value * 3, os.getpid())) as call:
        assert not call.forked
        assert call.later() == (6, os.getpid())


def test_a_failed_second_step_fails_here(always_fork):
    def then(value):
        raise ValueError(f"kaputt {value}")

    with forked.ForkedCall(lambda: 1, then) as call:
        assert call.result() == 1
        with pytest.raises(ValueError, match="kaputt 1"):
            call.later()


def test_a_value_not_taken_ends_the_worker_waiting_to_hand_it_over(always_fork):
    with pytest.raises(RuntimeError), forked.ForkedCall(lambda: "x" * 10**6, len) as call:
        assert call.forked
        raise RuntimeError("meanwhile")
    assert call.pid == 0 and call.file.closed


def test_a_failed_first_step_fails_here(always_fork):
    def analyse():
        raise ValueError("kaputt")

    with forked.ForkedCall(analyse, len) as call, pytest.raises(ValueError, match="kaputt"):
        call.result()
