"""A query is read into concepts with synonyms and corrected spellings."""

from search import query
from search.query import Source
from search.synonyms import Lexicon, curated_groups, group_of
from search.vocabulary import Vocabulary, Word


def _vocabulary(*words: str) -> Vocabulary:
    return Vocabulary(Word(word, "es", 3) for word in words)


def _plan(text: str, *vocabulary: str) -> query.Plan:
    return query.plan(text, Lexicon(curated_groups()), _vocabulary(*vocabulary))


def test_a_synonym_phrase_becomes_one_concept_with_both_languages():
    plan = _plan("permiso de trabajo costa rica", "costa", "rica")

    assert [concept.text for concept in plan.concepts] == [
        "permiso trabajo",
        "costa",
        "rica",
    ]
    english = {alt.terms for alt in plan.concepts[0].alternatives["en"]}
    assert ("work", "permit") in english


def test_english_phrases_are_not_used_on_spanish_text():
    plan = _plan("work permit")
    spanish = {alt.terms for alt in plan.concepts[0].alternatives["es"]}
    assert ("permit",) not in spanish
    assert ("permis", "trabaj") in spanish


def test_a_long_unknown_word_is_corrected_to_a_known_one():
    plan = _plan("guatamala", "guatemala")

    assert plan.corrected == {"guatamala": "guatemala"}
    sources = {alt.source for alt in plan.concepts[0].alternatives["es"]}
    assert sources == {Source.TYPED, Source.TYPO}


def test_short_words_are_not_corrected():
    assert _plan("vsa", "visa").corrected == {}


def test_a_known_word_is_left_alone():
    assert _plan("trabajadoras", "trabajador").corrected == {}


def test_editors_groups_join_the_lexicon():
    group = group_of({"en": ["gig work"], "es": ["trabajo por encargo"]})
    plan = query.plan("gig work", Lexicon([group]), _vocabulary())
    spanish = {alt.terms for alt in plan.concepts[0].alternatives["es"]}
    assert ("trabaj", "encarg") in spanish


def test_a_group_needs_two_phrases():
    assert group_of({"en": ["alone"]}) is None


def test_huge_queries_are_cut_to_a_bounded_plan():
    plan = _plan("visa " * 50_000)
    assert len(plan.concepts) <= query.MAX_CONCEPTS
    assert len(plan.text) <= query.MAX_QUERY_LENGTH


def test_full_text_syntax_is_read_as_plain_words():
    plan = _plan('"visa" OR (NEAR* -canada) AND NOT ^x:y')
    words = [word for concept in plan.concepts for word in concept.words]
    assert words == ["visa", "near", "canada"]  # single letters are dropped
