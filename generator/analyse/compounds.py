"""Split German compounds into words that occur on their own in the same texts, so that
"Bewerbungsmappe" also counts as "Bewerbung" and "Mappe".

The dictionary is the data itself: a part counts only if some offer uses it as a word.
That keeps the splitter free of word lists and right for the district's own vocabulary.
"""

from __future__ import annotations

from functools import lru_cache

MIN_PART = 4
# Joints between the parts of a compound ("Bewerbung-s-mappe", "Tage-s-karte", "Schule-n-…").
_JOINTS = ("", "s", "es", "n", "en", "e")


class CompoundSplitter:
    def __init__(self, vocabulary: set[str]):
        self.vocabulary = frozenset(w for w in vocabulary if len(w) >= MIN_PART)
        self.split = lru_cache(maxsize=100_000)(self._split)

    def _is_word(self, head: str) -> str | None:
        """The dictionary word `head` is made of, allowing a joint at its end."""
        for joint in _JOINTS:
            if joint and not head.endswith(joint):
                continue
            base = head[: len(head) - len(joint)] if joint else head
            if len(base) >= MIN_PART and base in self.vocabulary:
                return base
        return None

    def _split(self, word: str) -> tuple[str, ...]:
        """The parts of `word`, longest last part first; () when it is no compound."""
        if len(word) < 2 * MIN_PART:
            return ()
        for cut in range(MIN_PART, len(word) - MIN_PART + 1):
            head, tail = word[:cut], word[cut:]
            if tail not in self.vocabulary and not self.split(tail):
                continue
            base = self._is_word(head)
            if base is None:
                continue
            tails = (tail,) if tail in self.vocabulary else self.split(tail)
            return (base, *tails)
        return ()
