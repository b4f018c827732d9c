"""The eligibility rules, below HTTP and without a database."""

from finder.rules import Answers, Direction, Fit, Rule, evaluate

TVTF = Rule(
    pathway_id=1,
    country="MX",
    purposes=frozenset({"work"}),
    nationalities=frozenset({"GT", "BZ"}),
    job_offer_required=True,
    work_kinds=frozenset({"temporary"}),
)
SAWP = Rule(
    pathway_id=2,
    country="CA",
    purposes=frozenset({"work"}),
    nationalities=frozenset({"MX", "JM", "DM"}),
    work_kinds=frozenset({"seasonal_agriculture"}),
    min_age=18,
)
OPEN_STUDY = Rule(pathway_id=3, country="MX", purposes=frozenset({"study"}))
HOME_PROGRAMME = Rule(
    pathway_id=4,
    country="GT",
    purposes=frozenset({"work"}),
    direction=Direction.OUTBOUND,
    nationalities=frozenset({"GT"}),
)


def guatemalan_worker(**changes) -> Answers:
    values = {
        "nationality": "GT",
        "destination": "MX",
        "purpose": "work",
        "work_kind": "temporary",
        "job_offer": True,
    }
    values.update(changes)
    return Answers(**values)


def test_a_guatemalan_with_a_job_offer_fits_the_border_worker_card():
    verdict = evaluate(TVTF, guatemalan_worker())

    assert verdict.fit is Fit.FITS
    assert [reason.code for reason in verdict.why] == [
        "nationality_included",
        "work_kind",
        "job_offer_required",
    ]


def test_a_honduran_does_not_fit_the_border_worker_card():
    verdict = evaluate(TVTF, guatemalan_worker(nationality="HN"))

    assert verdict.fit is Fit.NO
    assert verdict.failed[0].code == "nationality_not_included"


def test_without_a_job_offer_the_card_almost_fits():
    verdict = evaluate(TVTF, guatemalan_worker(job_offer=False))

    assert verdict.fit is Fit.ALMOST
    assert [reason.code for reason in verdict.missing] == ["job_offer_required"]


def test_unanswered_questions_leave_a_pathway_possible():
    verdict = evaluate(TVTF, Answers(nationality="GT", purpose="work"))

    assert verdict.fit is Fit.POSSIBLE


def test_another_purpose_rules_a_pathway_out():
    assert evaluate(TVTF, guatemalan_worker(purpose="study")).fit is Fit.NO


def test_another_kind_of_work_rules_a_pathway_out():
    verdict = evaluate(SAWP, Answers("MX", "CA", "work", "skilled", age=30))

    assert verdict.fit is Fit.NO
    assert verdict.failed[0].code == "work_kind"


def test_someone_too_young_almost_fits_and_someone_in_range_fits():
    young = evaluate(SAWP, Answers("JM", "CA", "work", "seasonal_agriculture", age=17))
    adult = evaluate(SAWP, Answers("JM", "CA", "work", "seasonal_agriculture", age=18))

    assert young.fit is Fit.ALMOST
    assert adult.fit is Fit.FITS


def test_someone_over_the_maximum_age_is_ruled_out():
    rule = Rule(5, "CA", frozenset({"work"}), min_age=18, max_age=35)

    assert evaluate(rule, Answers("CR", "CA", "work", age=36)).fit is Fit.NO


def test_stateless_people_and_refugees_fit_only_pathways_open_to_all():
    for status in ("stateless", "refugee"):
        assert evaluate(TVTF, guatemalan_worker(nationality=status)).fit is Fit.NO
        study = Answers(nationality=status, destination="MX", purpose="study")
        assert evaluate(OPEN_STUDY, study).fit is Fit.FITS


def test_nationals_of_the_destination_need_no_pathway_into_it():
    verdict = evaluate(OPEN_STUDY, Answers("MX", "MX", "study"))

    assert verdict.fit is Fit.NO
    assert verdict.failed[0].code == "already_national"


def test_excluded_nationalities_are_ruled_out():
    rule = Rule(6, "CR", frozenset({"work"}), excluded_nationalities=frozenset({"NI"}))

    assert evaluate(rule, Answers("NI", "CR", "work")).fit is Fit.NO
    assert evaluate(rule, Answers("SV", "CR", "work")).fit is Fit.FITS


def test_an_outbound_programme_fits_only_its_own_nationals():
    assert evaluate(HOME_PROGRAMME, Answers("GT", "US", "work")).fit is Fit.FITS
    assert evaluate(HOME_PROGRAMME, Answers("HN", "US", "work")).fit is Fit.NO
