"""A leaky bucket whose waiters go by lane (crisis, reply, prompt), then in turn.

Like ``aiolimiter.AsyncLimiter`` it lets ``burst`` through at once, then ``rate`` a second,
so no window goes over the limit; unlike it, a waiter in a lower lane is let through before
every waiter in a higher one, whenever it came. A bucket can also be held for one lane: then
only that lane (and those below it) goes, and the rest wait until the hold ends.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools

AGAIN = 1 << 62  # a retry goes before the first-time waiters of its lane


class Bucket:
    """Let ``burst`` through at once, then ``rate`` a second, the lowest lane first."""

    def __init__(self, burst: float, rate: float) -> None:
        self.burst = burst
        self.rate = rate
        self._level = 0.0
        self._checked = 0.0
        self._waiters: list[tuple[int, int, asyncio.Future[None]]] = []
        self._order = itertools.count()
        self._timer: asyncio.TimerHandle | None = None
        self._holds: list[int] = []  # lanes held for: only those at or below go

    async def acquire(self, lane: int, *, again: bool = False) -> None:
        """Wait for room, behind waiters of lower lanes and earlier ones of the same lane;
        ``again`` (a retry) keeps its place ahead of those that came after it."""
        await self.wait(self.enter(lane, again=again))

    def enter(self, lane: int, *, again: bool = False) -> asyncio.Future[None]:
        """Take a place in the queue now; the future is done when it is this one's turn."""
        future = asyncio.get_running_loop().create_future()
        order = next(self._order) - (AGAIN if again else 0)
        heapq.heappush(self._waiters, (lane, order, future))
        self.wake()
        return future

    async def wait(self, future: asyncio.Future[None]) -> None:
        """Wait for a place taken with ``enter``; giving up leaves no room taken."""
        try:
            await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled():
                self._level -= 1  # let through, then given up: the room is not used
                self.wake()
            raise

    def hold(self, lane: int) -> None:
        """Let only this lane and lower ones through until ``release``."""
        self._holds.append(lane)

    def release(self, lane: int) -> None:
        """End one hold for this lane; whoever waited for it goes on."""
        self._holds.remove(lane)
        # Woken soon, not now: whoever releases and then waits again takes its turn in
        # the queue, not before it.
        asyncio.get_running_loop().call_soon(self.wake)

    def wake(self) -> None:
        """Let through every waiter there is room for; set a timer for the next one."""
        loop = asyncio.get_running_loop()
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._leak(loop.time())
        waiters = self._waiters
        while waiters:
            lane, _, future = waiters[0]
            if future.done():  # given up while waiting
                heapq.heappop(waiters)
                continue
            if self._holds and lane > min(self._holds):
                return  # held for a lower lane: the release wakes the rest
            needed = self._level + 1 - self.burst
            if needed > 0:
                self._timer = loop.call_later(needed / self.rate, self.wake)
                return
            heapq.heappop(waiters)
            self._level += 1
            future.set_result(None)

    def _leak(self, now: float) -> None:
        self._level = max(0.0, self._level - (now - self._checked) * self.rate)
        self._checked = now
