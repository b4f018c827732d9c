"""Snippets mark the matched words and escape everything else."""

from search import analysis
from search.snippets import snippet


def test_matched_words_are_marked_whatever_their_accents():
    terms = set(analysis.terms("agricola", "es"))
    cut = snippet("Trabajo agrícola temporal en Canadá.", terms, "es")
    assert cut.marked == ["agrícola"]
    assert "<mark>agrícola</mark>" in cut.html()


def test_markup_in_the_content_is_escaped():
    terms = set(analysis.terms("visa", "en"))
    html = snippet('<img src=x onerror="alert(1)"> visa & more', terms, "en").html()
    assert "<img" not in html
    assert "&lt;img" in html
    assert "<mark>visa</mark> &amp; more" in html


def test_a_long_text_is_cut_around_the_matches():
    text = "Intro words. " * 40 + "The work permit is issued here. " + "Tail. " * 40
    terms = set(analysis.terms("permit", "en"))
    cut = snippet(text, terms, "en")
    assert cut.starts_inside and cut.ends_inside
    assert "permit" in cut.marked
    assert len(cut.text()) < 260


def test_a_text_without_matches_starts_at_its_beginning():
    cut = snippet("Plain text here.", {"zzz"}, "en")
    assert cut.text() == "Plain text here."
    assert cut.marked == []
