"""Story grouping and near-duplicate detection (pure functions)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from services.aggregator import stories
from shared.contract import Entity

WIRE = (
    "The city council voted on Tuesday to close two libraries in the north of the city, citing a budget gap "
    "of four million pounds. Campaigners said they would challenge the decision in court, and the mayor said "
    "the closures were the hardest choice of her first term. A final decision on a third branch was delayed."
)


def test_a_lightly_edited_wire_copy_is_a_near_duplicate() -> None:
    edited = WIRE.replace("on Tuesday", "late on Tuesday").replace("hardest", "most difficult")
    original = stories.fingerprint(WIRE)
    assert stories.near_duplicate_of(stories.fingerprint(edited), [("wire", original)]) == "wire"


def test_a_different_article_is_not_a_near_duplicate() -> None:
    other = "Scientists in Norway reported record salmon numbers this spring after a decade of decline."
    assert (
        stories.distance(stories.fingerprint(WIRE), stories.fingerprint(other)) > stories.NEAR_DUPLICATE_BITS
    )
    assert (
        stories.near_duplicate_of(stories.fingerprint(other), [("wire", stories.fingerprint(WIRE))]) is None
    )


def _entities(*names: str) -> list[Entity]:
    return [Entity(name=n, type="PERSON", count=10 - i) for i, n in enumerate(names)]


def test_articles_sharing_their_main_actors_join_one_story() -> None:
    first = stories.signature(_entities("Ann Lee", "Bo Chan", "Leeds Council", "Mia Roy"))
    second = stories.signature(_entities("Bo Chan", "Ann Lee", "Leeds Council", "Tom Ng"))
    assert stories.assign_story(second, [("story-1", first)]) == "story-1"


def test_one_shared_ubiquitous_actor_does_not_merge_stories() -> None:
    first = stories.signature(_entities("United States", "Ann Lee", "Bo Chan", "Mia Roy"))
    second = stories.signature(_entities("United States", "Kim Park", "Lars Berg", "Tom Ng"))
    assert stories.assign_story(second, [("story-1", first)]) is None


def test_signature_keeps_the_most_mentioned_actors_only() -> None:
    many = [Entity(name=f"Person {i}", type="PERSON", count=i) for i in range(20)]
    many.append(Entity(name="Some Date", type="DATE", count=100))
    sig = stories.signature(many)
    assert len(sig) == stories.SIGNATURE_SIZE
    assert sig[0] == "Person 19" and "Some Date" not in sig


@given(st.text(max_size=500))
def test_fingerprint_is_always_16_hex_digits(text: str) -> None:
    value = stories.fingerprint(text)
    assert len(value) == 16
    int(value, 16)
